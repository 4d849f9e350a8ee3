import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ExportFormat, FontRole } from './format.ts';
import { TITLE_STYLE } from './styles.ts';
import { ChildOrder, W, editElements, isElement, setWAttr, wAttr, wChild, wChildren, wElement, type XmlElement } from './xml-tree.ts';

/**
 * What docx 9.15 cannot write, edited into the package's parsed XML: elements are found by name
 * and new ones go where the schema puts them, so the edits hold for any document — one without a
 * title, signature or date included. The export fails only where the docx library's output no
 * longer has what every package needs (a part, its root element), or has an element the schema
 * does not allow where one is edited.
 */

/** CT_PPr (ECMA-376 Part 1, 17.3.1.26): CT_PPrBase's sequence, then rPr, sectPr, pPrChange. Word refuses other orders. */
const PPR = new ChildOrder(
  'w:pPr',
  'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange'.split(' '),
);
/** CT_Styles, CT_DocDefaults, CT_PPrDefault: the path to the default paragraph properties. */
const STYLES = new ChildOrder('w:styles', ['docDefaults', 'latentStyles', 'style']);
const DOC_DEFAULTS = new ChildOrder('w:docDefaults', ['rPrDefault', 'pPrDefault']);
const PPR_DEFAULT = new ChildOrder('w:pPrDefault', ['pPr']);
/** CT_Font (17.8.3.10). */
const FONT = new ChildOrder('w:font', ['altName', 'panose1', 'charset', 'family', 'notTrueType', 'pitch', 'sig', 'embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic']);

function isOff(element: XmlElement): boolean {
  return ['0', 'false', 'off'].includes(wAttr(element, 'val') ?? 'true');
}

function offProperty(pPr: XmlElement, local: string, part: string): void {
  setWAttr(PPR.child(pPr, local, part), 'val', '0');
}

function expectW(element: XmlElement, local: string, part: string): void {
  if (element.uri !== W || element.local !== local) throw new Error(`docx export: ${part} has <${element.name}> where <w:${local}> belongs; the docx library's output changed`);
}

/** A part edited as one tree: its root element, which must be w:`local`. */
function editRoot(xml: string, part: string, local: string, edit: (root: XmlElement) => void): string {
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

/**
 * Paragraph properties in document.xml:
 * - The title must not snap to the grid: a 22 pt line would take two grid rows, and the character
 *   grid would spread its 2号 characters over 16 pt cells. Every paragraph in the Title style gets
 *   w:snapToGrid="0"; a document without a title has none.
 * - docx writes w:autoSpaceDN (署名, 日期, 附件) after w:jc, out of CT_PPrBase order; w:autoSpaceDE
 *   (Latin letters) is turned off beside it, and every w:pPr is put in schema order.
 */
function paragraphProperties(documentXml: string): string {
  const part = 'document.xml';
  let body = false;
  const pick = (element: XmlElement, ancestors: readonly XmlElement[]) => {
    if (ancestors.length === 0) expectW(element, 'document', part);
    else if (ancestors.length === 1 && isElement(element, W, 'body')) body = true;
    return body && isElement(element, W, 'pPr');
  };
  const edited = editElements(documentXml, part, pick, (pPr) => {
    const autoSpaceDN = wChild(pPr, 'autoSpaceDN');
    if (autoSpaceDN && isOff(autoSpaceDN)) {
      setWAttr(autoSpaceDN, 'val', '0');
      offProperty(pPr, 'autoSpaceDE', part);
    }
    const style = wChild(pPr, 'pStyle');
    if (style && wAttr(style, 'val') === TITLE_STYLE) offProperty(pPr, 'snapToGrid', part);
    PPR.sort(pPr, part);
  });
  if (!body) throw new Error(`docx export: ${part} has no <w:body>; the docx library's output changed`);
  return edited;
}

/** Widow control off in the defaults too, for paragraphs a user adds in Word. */
function defaultsWithoutWidowControl(stylesXml: string): string {
  const part = 'styles.xml';
  return editRoot(stylesXml, part, 'styles', (styles) => {
    const pPr = PPR_DEFAULT.child(DOC_DEFAULTS.child(STYLES.child(styles, 'docDefaults', part), 'pPrDefault', part), 'pPr', part);
    offProperty(pPr, 'widowControl', part);
    PPR.sort(pPr, part);
  });
}

/**
 * Font table entries, so that Word on a machine without 仿宋_GB2312 substitutes a Chinese font
 * (charset 86 = GB2312) with a known alternative name rather than a Latin one. docx writes an
 * empty table.
 */
const ALT_NAMES: Record<string, string> = {
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  方正小标宋简体: '宋体',
  方正小标宋_GBK: '宋体',
  方正仿宋_GBK: '仿宋',
  方正楷体_GBK: '楷体',
  方正黑体_GBK: '黑体',
};

function fontTable(fontTableXml: string, format: ExportFormat): string {
  const part = 'fontTable.xml';
  return editRoot(fontTableXml, part, 'fonts', (fonts) => addFonts(fonts, format, part));
}

function addFonts(fonts: XmlElement, format: ExportFormat, part: string): void {
  const listed = new Set(wChildren(fonts, 'font').map((font) => wAttr(font, 'name')));
  const names = new Set([...(Object.keys(format.fonts) as FontRole[]).map((role) => format.fonts[role]), ...(format.latinFont ? [format.latinFont] : [])]);
  for (const name of names) {
    if (listed.has(name)) continue;
    const font = wElement(fonts, 'font');
    setWAttr(font, 'name', name);
    fonts.children.push(font);
    const alt = ALT_NAMES[name];
    const cjk = [...name].some((ch) => ch.codePointAt(0)! > 0x7f) || alt !== undefined;
    if (alt) setWAttr(FONT.child(font, 'altName', part), 'val', alt);
    if (cjk) setWAttr(FONT.child(font, 'charset', part), 'val', '86');
    setWAttr(FONT.child(font, 'family', part), 'val', 'auto');
    setWAttr(FONT.child(font, 'pitch', part), 'val', 'variable');
  }
}

/**
 * Rewrites the package: the patched parts, [Content_Types].xml first (as Word writes it) and no
 * folder entries (a zip with folder entries has made Word hang on open).
 */
export function finishPackage(zip: Uint8Array, format: ExportFormat): Uint8Array {
  const files = unzipSync(zip);
  const edit = (name: string, change: (xml: string) => string) => {
    const data = files[name];
    if (!data) throw new Error(`docx export: the package has no ${name}; the docx library's output changed`);
    files[name] = strToU8(change(strFromU8(data)));
  };
  edit('word/document.xml', paragraphProperties);
  edit('word/styles.xml', defaultsWithoutWidowControl);
  edit('word/fontTable.xml', (xml) => fontTable(xml, format));
  const ordered: Zippable = {};
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) ordered[name] = files[name]!;
  return zipSync(ordered, { level: 6 });
}
