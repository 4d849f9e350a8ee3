import { SaxesParser, type XMLDecl } from 'saxes';

/**
 * A package part as a tree, for editing the docx library's output by element rather than by text.
 * saxes parses, and namespaces are resolved, so elements are matched by namespace and local name,
 * whatever prefix the writer chose; the tree keeps everything it read — the declaration, attribute order,
 * comments and processing instructions — and writes it back byte for byte when nothing was edited.
 * Pure JS, no DOM: it runs in Node and in the renderer alike, and costs a fraction of a DOM
 * (tens of ms for a 200-page document.xml).
 */

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface XmlAttribute {
  /** As written, prefix included (`w:val`). */
  name: string;
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  kind: 'element';
  /** As written, prefix included (`w:pPr`). */
  name: string;
  prefix: string;
  uri: string;
  local: string;
  attributes: XmlAttribute[];
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

export interface XmlTree {
  declaration: XMLDecl | null;
  /** Comments or processing instructions before and after the root element. */
  before: XmlMarkup[];
  root: XmlElement;
  after: XmlMarkup[];
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

function splitName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon === -1 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/**
 * Parses a part; `part` names it in errors. A DOCTYPE is refused: the docx library never writes
 * one. Namespaces are resolved here rather than by saxes, whose own resolution takes five times as
 * long as the parse on a large document.xml: bindings are copied only where an element declares one.
 */
export function parseXmlTree(xml: string, part: string): XmlTree {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let declaration: XMLDecl | null = null;
  const before: XmlMarkup[] = [];
  const after: XmlMarkup[] = [];
  let root: XmlElement | null = null;
  const open: XmlElement[] = [];
  const scopes: ReadonlyMap<string, string>[] = [new Map([['xml', XML_NAMESPACE], ['xmlns', XMLNS_NAMESPACE]])];
  const resolve = (scope: ReadonlyMap<string, string>, prefix: string, name: string): string => {
    const uri = scope.get(prefix);
    if (uri === undefined) throw new Error(`undeclared prefix in <${name}>`);
    return uri;
  };
  const add = (node: XmlNode) => {
    const parent = open[open.length - 1];
    if (parent) parent.children.push(node);
    else if (node.kind === 'markup') (root ? after : before).push(node);
    // Text outside the root element can only be whitespace (saxes refuses anything else).
  };
  parser.on('xmldecl', (decl) => (declaration = decl));
  parser.on('doctype', () => {
    throw new Error('unexpected DOCTYPE');
  });
  parser.on('opentag', (tag) => {
    const parentScope = scopes[scopes.length - 1]!;
    let scope = parentScope;
    const attributes: XmlAttribute[] = [];
    for (const name in tag.attributes) {
      const value = tag.attributes[name]!;
      const [prefix, local] = splitName(name);
      if (prefix === 'xmlns' || name === 'xmlns') {
        if (scope === parentScope) scope = new Map(parentScope);
        (scope as Map<string, string>).set(prefix ? local : '', value);
      }
      attributes.push({ name, uri: prefix, local, value });
    }
    // Unprefixed attributes are in no namespace; the default namespace is for elements only.
    for (const a of attributes) a.uri = a.name === 'xmlns' ? XMLNS_NAMESPACE : a.uri === '' ? '' : resolve(scope, a.uri, tag.name);
    const [prefix, local] = splitName(tag.name);
    const element: XmlElement = { kind: 'element', name: tag.name, prefix, uri: prefix || scope.has('') ? resolve(scope, prefix, tag.name) : '', local, attributes, children: [] };
    add(element);
    if (!root) root = element;
    open.push(element);
    scopes.push(scope);
  });
  parser.on('closetag', () => {
    open.pop();
    scopes.pop();
  });
  parser.on('text', (text) => add({ kind: 'text', text }));
  parser.on('cdata', (text) => add({ kind: 'text', text }));
  parser.on('comment', (text) => add({ kind: 'markup', xml: `<!--${text}-->` }));
  parser.on('processinginstruction', (pi) => add({ kind: 'markup', xml: `<?${pi.target}${pi.body ? ` ${pi.body}` : ''}?>` }));
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new Error(`docx export: ${part} is not well-formed XML (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!root) throw new Error(`docx export: ${part} has no root element`);
  return { declaration, before, root, after };
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
  for (const a of element.attributes) out.push(' ', a.name, '="', escapeAttribute(a.value), '"');
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

export function serializeXmlTree(tree: XmlTree): string {
  const out: string[] = [];
  const d = tree.declaration;
  if (d) {
    out.push(`<?xml version="${d.version ?? '1.0'}"`);
    if (d.encoding !== undefined) out.push(` encoding="${d.encoding}"`);
    if (d.standalone !== undefined) out.push(` standalone="${d.standalone}"`);
    out.push('?>');
  }
  for (const m of tree.before) out.push(m.xml);
  write(tree.root, out);
  for (const m of tree.after) out.push(m.xml);
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

/** Every WordprocessingML element named `local` below `root`, in document order. */
export function wDescendants(root: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.kind !== 'element') continue;
      if (child.local === local && child.uri === W) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** A w: attribute's value by local name. */
export function wAttr(element: XmlElement, local: string): string | undefined {
  return element.attributes.find((a) => a.local === local && a.uri === W)?.value;
}

/** Sets a w: attribute, written with the element's own prefix when it is new. */
export function setWAttr(element: XmlElement, local: string, value: string): void {
  const existing = element.attributes.find((a) => a.local === local && a.uri === W);
  if (existing) existing.value = value;
  else element.attributes.push({ name: element.prefix ? `${element.prefix}:${local}` : local, uri: W, local, value });
}

/** A new, empty w:`local` element (not yet inserted), written with `parent`'s prefix. */
export function wElement(parent: XmlElement, local: string): XmlElement {
  return { kind: 'element', name: parent.prefix ? `${parent.prefix}:${local}` : local, prefix: parent.prefix, uri: W, local, attributes: [], children: [] };
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
