/**
 * A non-validating XML 1.0 parser for package parts, checking well-formedness: one root element,
 * tags that nest and match, names as the Namespaces recommendation allows them (QNames), quoted
 * attribute values without '<' and without a repeated name, references that are the five
 * predefined entities or a character allowed in XML, no character XML forbids, comments, processing
 * instructions and CDATA sections closed. A DOCTYPE is refused (no package part has one, and its
 * entities are how a hostile file grows). It reports where each element starts and ends in the
 * string, so a caller can write back only what it changed (xml-tree.ts), and skips character data
 * with indexOf: document.xml of a 100-page report, 9,000 elements, parses in a few milliseconds,
 * where a general SAX parser took ten times as long per character.
 */

export interface XmlEvents {
  /** A start tag (or an empty-element tag, then followed by `close`); `start` is the index of its '<'. */
  open(name: string, attributes: Record<string, string>, start: number): void;
  /** The end of the element last opened; `end` is the index just past its '>'. */
  close(end: number): void;
  /** Character data between markup, xml.slice(start, end) as written: textValue() gives its value. */
  text(start: number, end: number): void;
  /** A CDATA section's content. */
  cdata(text: string): void;
  /** A comment or processing instruction inside the root element, xml.slice(start, end). */
  markup(start: number, end: number): void;
}

/** Characters outside XML 1.0's Char production (lone surrogates included, as the u flag reads them). */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const FORBIDDEN_CHARACTER = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const XML_DECLARATION = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][\w.-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>/u;
const PREDEFINED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** XML 1.0's NameStartChar, without ':' (Namespaces in XML: an NCName). */
function isNameStart(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x5f ||
    (code >= 0xc0 && code <= 0x2ff && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x1fff && code !== 0x37e) ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0xeffff)
  );
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || code === 0x2d || code === 0x2e || (code >= 0x30 && code <= 0x39) || code === 0xb7 || (code >= 0x300 && code <= 0x36f) || code === 0x203f || code === 0x2040;
}

/** A QName: an NCName, or two joined by one ':'. */
function isQName(name: string): boolean {
  let start = true;
  let colons = 0;
  for (const char of name) {
    const code = char.codePointAt(0)!;
    if (code === 0x3a && !start && colons++ === 0) start = true;
    else if (start ? isNameStart(code) : isNameChar(code)) start = false;
    else return false;
  }
  return !start;
}

/** Names repeat: a part has a few dozen distinct ones. */
const checkedNames = new Set<string>();

function checkName(name: string, what: string): void {
  if (checkedNames.has(name)) return;
  if (!isQName(name)) throw new Error(`${what} ${JSON.stringify(name)} is not a valid name`);
  checkedNames.add(name);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isAllowed(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function referenced(reference: string): string {
  if (reference.startsWith('#')) {
    const code = /^#x[0-9a-fA-F]{1,6}$/u.test(reference) ? parseInt(reference.slice(2), 16) : /^#[0-9]{1,7}$/u.test(reference) ? Number(reference.slice(1)) : NaN;
    if (!isAllowed(code)) throw new Error(`&${reference}; is not a character XML allows`);
    return String.fromCodePoint(code);
  }
  const text = PREDEFINED.get(reference);
  if (text === undefined) throw new Error(`undefined entity &${reference};`);
  return text;
}

/** Entity and character references replaced; throws on one that is not well-formed. */
function resolveReferences(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let out = '';
  let at = 0;
  for (; amp !== -1; amp = raw.indexOf('&', at)) {
    const semicolon = raw.indexOf(';', amp);
    if (semicolon === -1) throw new Error(`unterminated reference ${JSON.stringify(raw.slice(amp, amp + 12))}`);
    out += raw.slice(at, amp) + referenced(raw.slice(amp + 1, semicolon));
    at = semicolon + 1;
  }
  return out + raw.slice(at);
}

/** Character data's value: line ends normalised to \n (XML 1.0 2.11), references resolved. */
export function textValue(raw: string): string {
  return resolveReferences(raw.includes('\r') ? raw.replace(/\r\n?/gu, '\n') : raw);
}

/** An attribute's value: line ends and tabs as spaces (XML 1.0 3.3.3), references resolved. */
function attributeValue(raw: string): string {
  if (raw.includes('<')) throw new Error(`'<' in the attribute value ${JSON.stringify(raw)}`);
  return resolveReferences(/[\t\n\r]/u.test(raw) ? raw.replace(/\r\n|[\t\n\r]/gu, ' ') : raw);
}

/** Calls `on` for each element, text and markup of `xml` in document order; throws where it is not well-formed. */
export function scanXml(xml: string, on: XmlEvents): void {
  const forbidden = FORBIDDEN_CHARACTER.exec(xml);
  if (forbidden) throw new Error(`a character XML does not allow (U+${forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) at ${forbidden.index}`);
  const fail = (message: string, at: number): never => {
    throw new Error(`${message} at ${at}`);
  };
  const open: string[] = [];
  let rootClosed = false;
  let at = xml.startsWith('\uFEFF') ? 1 : 0;
  if (xml.startsWith('<?xml', at) && !/^[\w.:-]/u.test(xml.charAt(at + 5))) {
    const declaration = XML_DECLARATION.exec(xml.slice(at, xml.indexOf('?>', at) + 2));
    if (!declaration) fail('a malformed XML declaration', at);
    at += declaration![0].length;
  }
  const { length } = xml;
  let nextCdataEnd = -1;
  let nextAmp = -1;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > at) {
      if (open.length === 0) {
        for (let i = at; i < textEnd; i++) if (!isSpace(xml.charCodeAt(i))) fail('text outside the root element', i);
      } else {
        // The next ']]>' and '&' are looked for once and kept until passed: looking from every
        // text node to the end of the part would take quadratic time.
        if (nextCdataEnd < at) nextCdataEnd = indexOrEnd(xml, ']]>', at);
        if (nextCdataEnd < textEnd) fail("']]>' in text", nextCdataEnd);
        if (nextAmp < at) nextAmp = indexOrEnd(xml, '&', at);
        if (nextAmp < textEnd) textValue(xml.slice(at, textEnd));
        on.text(at, textEnd);
      }
    }
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* </ */) {
      const gt = xml.indexOf('>', lt);
      if (gt === -1) fail('an unclosed end tag', lt);
      const name = xml.slice(lt + 2, gt).replace(/[ \t\r\n]+$/u, '');
      const expected = open.pop();
      if (name !== expected) fail(expected === undefined ? `</${name}> without a start tag` : `</${name}> where </${expected}> belongs`, lt);
      if (open.length === 0) rootClosed = true;
      on.close(gt + 1);
      at = gt + 1;
    } else if (next === 0x21 /* <! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end === -1) fail('an unclosed comment', lt);
        const content = xml.slice(lt + 4, end);
        if (content.includes('--') || content.endsWith('-')) fail("'--' inside a comment", lt);
        if (open.length > 0) on.markup(lt, end + 3);
        at = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        if (open.length === 0) fail('a CDATA section outside the root element', lt);
        const end = xml.indexOf(']]>', lt + 9);
        if (end === -1) fail('an unclosed CDATA section', lt);
        const content = xml.slice(lt + 9, end);
        on.cdata(content.includes('\r') ? content.replace(/\r\n?/gu, '\n') : content);
        at = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', lt)) {
        throw new Error('unexpected DOCTYPE');
      } else fail("'<!' that begins no comment or CDATA section", lt);
    } else if (next === 0x3f /* <? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) fail('an unclosed processing instruction', lt);
      const target = /^[^ \t\r\n?]*/u.exec(xml.slice(lt + 2, end + 1))![0];
      checkName(target, 'the processing instruction target');
      if (target.toLowerCase() === 'xml') fail('an XML declaration not at the start', lt);
      if (open.length > 0) on.markup(lt, end + 2);
      at = end + 2;
    } else {
      if (open.length === 0 && rootClosed) fail('a second root element', lt);
      at = startTag(xml, lt, open, on, fail);
      if (open.length === 0) rootClosed = true;
    }
  }
  if (open.length > 0) fail(`<${open[open.length - 1]}> is not closed`, length);
  if (!rootClosed) fail('no root element', length);
}

function indexOrEnd(xml: string, search: string, from: number): number {
  const index = xml.indexOf(search, from);
  return index === -1 ? xml.length : index;
}

/** The index just past a name starting at `from`. */
function nameEnd(xml: string, from: number): number {
  let i = from;
  for (let code = xml.charCodeAt(i); i < xml.length && !isSpace(code) && code !== 0x2f && code !== 0x3e && code !== 0x3d; code = xml.charCodeAt(++i));
  return i;
}

/**
 * Reads the start tag at `lt` and calls on.open; an empty-element tag is closed at once, any other
 * is pushed on `open`. Returns the index just past its '>'.
 */
function startTag(xml: string, lt: number, open: string[], on: XmlEvents, fail: (message: string, at: number) => never): number {
  const end = nameEnd(xml, lt + 1);
  const name = xml.slice(lt + 1, end);
  checkName(name, 'the element name');
  const attributes: Record<string, string> = {};
  let at = end;
  for (;;) {
    let i = at;
    while (isSpace(xml.charCodeAt(i))) i++;
    const code = xml.charCodeAt(i);
    if (code === 0x3e /* > */) {
      on.open(name, attributes, lt);
      open.push(name);
      return i + 1;
    }
    if (code === 0x2f /* / */ && xml.charCodeAt(i + 1) === 0x3e) {
      on.open(name, attributes, lt);
      on.close(i + 2);
      return i + 2;
    }
    if (i === at || i >= xml.length) fail(`a malformed start tag <${name}>`, i);
    const attributeEnd = nameEnd(xml, i);
    const attribute = xml.slice(i, attributeEnd);
    checkName(attribute, 'the attribute name');
    // A plain object holds the attributes (a prototype-less one is many times slower to build and
    // read), where this one name would not be stored as written.
    if (attribute === '__proto__') fail(`an attribute named ${attribute}`, i);
    if (Object.hasOwn(attributes, attribute)) fail(`<${name}> has ${attribute} twice`, i);
    let j = attributeEnd;
    while (isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 0x3d /* = */) fail(`${attribute} without a value in <${name}>`, j);
    j++;
    while (isSpace(xml.charCodeAt(j))) j++;
    const quote = xml.charAt(j);
    if (quote !== '"' && quote !== "'") fail(`${attribute}'s value is not quoted in <${name}>`, j);
    const close = xml.indexOf(quote, j + 1);
    if (close === -1) fail(`${attribute}'s value is not closed in <${name}>`, j);
    attributes[attribute] = attributeValue(xml.slice(j + 1, close));
    at = close + 1;
  }
}
