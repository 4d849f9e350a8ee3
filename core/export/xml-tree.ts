import { scanXml, textValue, type XmlEvents } from './xml-scan.ts';

/**
 * Editing a package part by element rather than by text. The whole part is parsed (xml-scan.ts:
 * it must be well-formed), namespaces are resolved (elements are matched by namespace and local name,
 * whatever prefix the writer chose), and the elements a caller picks are built as trees, edited,
 * and written back in place of their source text; every other byte of the part stays as it was.
 * Only the picked subtrees are kept in memory: the w:pPr of a 200-page document.xml, not its
 * 30,000 elements. Pure JS, no DOM: it runs in Node and in the renderer alike.
 */

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface XmlElement {
  kind: 'element';
  /** As written, prefix included (`w:pPr`). */
  name: string;
  prefix: string;
  uri: string;
  local: string;
  /** By name as written (`w:val`), in the order written; wAttr() looks one up by namespace. */
  attributes: Record<string, string>;
  /** The namespace bindings in scope, by prefix ('' the default namespace). */
  scope: ReadonlyMap<string, string>;
  /** Filled only inside a picked element. */
  children: XmlNode[];
}

/** Character data, entity references resolved (CDATA included); escaped again on output. */
export interface XmlText {
  kind: 'text';
  text: string;
}

/** Comments and processing instructions, kept as written. */
export interface XmlMarkup {
  kind: 'markup';
  xml: string;
}

export type XmlNode = XmlElement | XmlText | XmlMarkup;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
/** The bindings every document has. */
const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([['xml', XML_NAMESPACE], ['xmlns', XMLNS_NAMESPACE]]);

function splitName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon === -1 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/**
 * The part with each element that `pick` picks edited by `edit`; `part` names it in errors.
 * `pick` sees every element outside a picked one, with its ancestors (root first, without their
 * children); a picked element's descendants are not offered. A DOCTYPE is refused: the docx
 * library never writes one. Namespaces are resolved here: bindings are copied only where an
 * element declares one.
 */
export function editElements(xml: string, part: string, pick: (element: XmlElement, ancestors: readonly XmlElement[]) => boolean, edit: (element: XmlElement) => void): string {
  const open: XmlElement[] = [];
  const picked: { element: XmlElement; start: number; end: number }[] = [];
  let inside: { element: XmlElement; start: number } | null = null;
  const add = (node: XmlNode) => {
    if (inside) open[open.length - 1]!.children.push(node);
  };
  const events: XmlEvents = {
    open(name, attributes, start) {
      const parentScope = open[open.length - 1]?.scope ?? ROOT_SCOPE;
      let scope = parentScope;
      for (const attribute in attributes) {
        if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
          if (scope === parentScope) scope = new Map(parentScope);
          (scope as Map<string, string>).set(attribute.slice(6), attributes[attribute]!);
        }
      }
      for (const attribute in attributes) {
        const colon = attribute.indexOf(':');
        if (colon !== -1) resolve(scope, attribute.slice(0, colon), name);
      }
      const [prefix, local] = splitName(name);
      const element: XmlElement = { kind: 'element', name, prefix, uri: prefix || scope.has('') ? resolve(scope, prefix, name) : '', local, attributes, scope, children: [] };
      if (inside) add(element);
      else if (pick(element, open)) inside = { element, start };
      open.push(element);
    },
    close(end) {
      const element = open.pop()!;
      if (inside && inside.element === element) {
        picked.push({ element, start: inside.start, end });
        inside = null;
      }
    },
    text(start, end) {
      if (inside) add({ kind: 'text', text: textValue(xml.slice(start, end)) });
    },
    cdata(text) {
      add({ kind: 'text', text });
    },
    markup(start, end) {
      add({ kind: 'markup', xml: xml.slice(start, end) });
    },
  };
  try {
    scanXml(xml, events);
  } catch (error) {
    throw new Error(`docx export: ${part} is not well-formed XML (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const out: string[] = [];
  let at = 0;
  for (const { element, start, end } of picked) {
    edit(element);
    out.push(xml.slice(at, start));
    write(element, out);
    at = end;
  }
  out.push(xml.slice(at));
  return out.join('');
}

function resolve(scope: ReadonlyMap<string, string>, prefix: string, name: string): string {
  const uri = scope.get(prefix);
  if (uri === undefined) throw new Error(`undeclared prefix in <${name}>`);
  return uri;
}

/** Throws unless `element` is w:`local`: a part whose docx output no longer has what an edit expects. */
export function expectW(element: XmlElement, local: string, part: string): void {
  if (element.uri !== W || element.local !== local) throw new Error(`docx export: ${part} has <${element.name}> where <w:${local}> belongs; the docx library's output changed`);
}

/** A part edited as one tree: its root element, which must be w:`local`. */
export function editRoot(xml: string, part: string, local: string, edit: (root: XmlElement) => void): string {
  return editElements(
    xml,
    part,
    (_, ancestors) => ancestors.length === 0,
    (root) => {
      expectW(root, local, part);
      edit(root);
    },
  );
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Tabs and line breaks as character references: a parser would otherwise read them as spaces. */
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function escapeAttribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/gu, (c) => ATTRIBUTE_ESCAPES[c]!);
}

function write(element: XmlElement, out: string[]): void {
  out.push('<', element.name);
  for (const name in element.attributes) out.push(' ', name, '="', escapeAttribute(element.attributes[name]!), '"');
  if (element.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of element.children) {
    if (child.kind === 'element') write(child, out);
    else if (child.kind === 'text') out.push(escapeText(child.text));
    else out.push(child.xml);
  }
  out.push('</', element.name, '>');
}

/** An element (a picked one, or one of its descendants) as XML text, its prefixes as written. */
export function serializeElement(element: XmlElement): string {
  const out: string[] = [];
  write(element, out);
  return out.join('');
}

export function isElement(node: XmlNode | undefined, uri: string, local: string): node is XmlElement {
  return node?.kind === 'element' && node.local === local && node.uri === uri;
}

/** The element's child elements named `local` in WordprocessingML. */
export function wChildren(parent: XmlElement, local: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => isElement(c, W, local));
}

export function wChild(parent: XmlElement, local: string): XmlElement | undefined {
  return parent.children.find((c): c is XmlElement => isElement(c, W, local));
}

/** The name as written of a w: attribute (`w:val`), if the element has it. Unprefixed attributes are in no namespace. */
function wAttrName(element: XmlElement, local: string): string | undefined {
  for (const name in element.attributes) {
    const colon = name.indexOf(':');
    if (colon !== -1 && name.slice(colon + 1) === local && element.scope.get(name.slice(0, colon)) === W) return name;
  }
  return undefined;
}

/** A w: attribute's value by local name. */
export function wAttr(element: XmlElement, local: string): string | undefined {
  const name = wAttrName(element, local);
  return name === undefined ? undefined : element.attributes[name];
}

/** Sets a w: attribute, written with the element's own prefix when it is new. */
export function setWAttr(element: XmlElement, local: string, value: string): void {
  element.attributes[wAttrName(element, local) ?? `${wPrefix(element)}${local}`] = value;
}

/** A prefix bound to WordprocessingML where `element` stands, with its colon: an attribute needs one. */
function wPrefix(element: XmlElement): string {
  if (element.uri === W && element.prefix) return `${element.prefix}:`;
  for (const [prefix, uri] of element.scope) if (uri === W && prefix) return `${prefix}:`;
  throw new Error(`docx export: no prefix is bound to WordprocessingML at <${element.name}>`);
}

/** A new, empty w:`local` element (not yet inserted) for `parent`, a WordprocessingML element, written with its prefix. */
export function wElement(parent: XmlElement, local: string): XmlElement {
  if (parent.uri !== W) throw new Error(`docx export: <${parent.name}> is not a WordprocessingML element`);
  return { kind: 'element', name: parent.prefix ? `${parent.prefix}:${local}` : local, prefix: parent.prefix, uri: W, local, attributes: {}, scope: parent.scope, children: [] };
}

/**
 * A schema's content model, as the order of its child elements' local names (a sequence of
 * optional elements, as CT_PPrBase is). Throws on a child the model does not list: a docx upgrade
 * writing something unknown there is a package Word may refuse, and must be looked at.
 */
export class ChildOrder {
  private readonly rank: ReadonlyMap<string, number>;

  constructor(
    readonly type: string,
    names: readonly string[],
  ) {
    this.rank = new Map(names.map((name, i) => [name, i]));
  }

  private rankOf(element: XmlElement, part: string): number {
    const rank = element.uri === W ? this.rank.get(element.local) : undefined;
    if (rank === undefined) throw new Error(`docx export: ${part} has a <${element.name}> in a ${this.type}, which its schema does not allow; the docx library's output changed`);
    return rank;
  }

  /**
   * The child w:`local` of `parent`, added where the schema puts it if there is none. The new
   * element takes the parent's prefix.
   */
  child(parent: XmlElement, local: string, part: string): XmlElement {
    const existing = wChild(parent, local);
    if (existing) return existing;
    const element = wElement(parent, local);
    const rank = this.rankOf(element, part);
    const at = parent.children.findIndex((c) => c.kind === 'element' && this.rankOf(c, part) > rank);
    parent.children.splice(at === -1 ? parent.children.length : at, 0, element);
    return element;
  }

  /** Puts the children of `parent` in schema order (a stable sort: repeated elements keep theirs). */
  sort(parent: XmlElement, part: string): void {
    const elements = parent.children.filter((c): c is XmlElement => c.kind === 'element');
    const sorted = elements.map((element, i) => ({ element, i, rank: this.rankOf(element, part) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
    if (sorted.every((s, i) => s.i === i)) return;
    let next = 0;
    parent.children = parent.children.map((c) => (c.kind === 'element' ? sorted[next++]!.element : c));
  }
}
