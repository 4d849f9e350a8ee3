import { strFromU8 } from 'fflate';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ImportError } from './import-error.ts';

/**
 * A thin streaming layer over saxes for the XML parts of a .docx. Namespaces are resolved, so
 * WordprocessingML is recognised by its namespace (Transitional or Strict), whatever prefix a
 * generator chose. Nothing is ever expanded or fetched: a DOCTYPE — the only way to declare an
 * entity, internal (billion laughs) or external (XXE) — aborts the part, and so does any
 * reference to an entity XML does not predefine, or any other well-formedness error.
 */
export const W_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export type XmlElement = SaxesTagNS;

export interface XmlHandlers {
  open(element: XmlElement): void;
  close?(element: XmlElement): void;
  /** Character data (entity references already resolved, CDATA included). */
  text?(text: string): void;
}

export const XML_MALFORMED = '文档内容格式有误（XML 无法解析），文件可能已损坏，无法导入';
export const XML_DOCTYPE = '文档含有不允许的 DTD 或实体声明（可能是恶意构造的文件），已拒绝导入';

let lastUri = '';
let lastIsWord = false;

/** Whether a namespace is WordprocessingML's (a one-entry cache: a part uses the same string throughout). */
export function isWordNamespace(uri: string): boolean {
  if (uri !== lastUri) {
    lastUri = uri;
    lastIsWord = W_NAMESPACES.has(uri);
  }
  return lastIsWord;
}

/** Whether the element is in WordprocessingML's namespace. */
export function isWord(element: XmlElement): boolean {
  return isWordNamespace(element.uri);
}

/** mc:Fallback: the copy for older readers of what its mc:Choice says (the Choice is read instead). */
export function isFallback(element: XmlElement): boolean {
  return element.uri === MC_NAMESPACE && element.local === 'Fallback';
}

/** Elements whose content is never shown in Word's final view, or is an earlier version of properties. */
export const SKIPPED = new Set([
  'del', 'moveFrom', 'rt', 'pPrChange', 'rPrChange', 'tblPrChange', 'tblPrExChange', 'trPrChange', 'tcPrChange',
  'sectPrChange', 'numberingChange', 'tblGridChange',
]);

/** A WordprocessingML attribute (`w:val`) by its local name; an unqualified one is accepted too. */
export function wAttr(element: XmlElement, local: string): string | undefined {
  for (const key in element.attributes) {
    const attribute = element.attributes[key]!;
    if (attribute.local === local && (attribute.uri === '' || isWordNamespace(attribute.uri))) return attribute.value;
  }
  return undefined;
}

/** A decimal integer attribute value (ST_DecimalNumber), or undefined when absent or not a number. */
export function intOf(value: string | undefined): number | undefined {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * An OOXML on/off property (`<w:b/>`, `<w:vanish w:val="false"/>`): on unless its value says
 * otherwise.
 */
export function isOn(element: XmlElement): boolean {
  const value = wAttr(element, 'val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

/** An on/off attribute such as w:default or w:null: off unless its value says on. */
export function isAttributeOn(element: XmlElement, local: string): boolean {
  return ['1', 'true', 'on'].includes(wAttr(element, local) ?? '');
}

/** Parse one part; `part` names it in error details. Throws ImportError on any XML error. */
export function parseXml(bytes: Uint8Array, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('doctype', () => {
    throw new ImportError(XML_DOCTYPE, `${part}: DOCTYPE declaration refused`);
  });
  parser.on('opentag', (tag) => handlers.open(tag));
  if (handlers.close) parser.on('closetag', handlers.close);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  try {
    parser.write(decodeXml(bytes)).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(XML_MALFORMED, `${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** UTF-8 (with or without its BOM), or UTF-16 with a BOM — the encodings XML requires a parser to read. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strFromU8(bytes.subarray(3));
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return strFromU8(bytes);
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(8192, bytes.length >> 1));
  for (let at = 2; at + 1 < bytes.length; ) {
    let n = 0;
    for (; n < units.length && at + 1 < bytes.length; n++, at += 2) units[n] = le ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
    parts.push(String.fromCharCode(...units.subarray(0, n)));
  }
  return parts.join('');
}
