import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ExportFormat, FontRole } from './format.ts';

/**
 * What docx 9.15 cannot write, patched into the package XML. Each patch checks that it found its
 * anchor, so a docx upgrade that changes the output fails the export (and the tests) loudly
 * instead of dropping a setting silently.
 */

function patch(xml: string, part: string, find: RegExp, replace: (match: string) => string): string {
  let found = false;
  const out = xml.replace(find, (match) => {
    found = true;
    return replace(match);
  });
  if (!found) throw new Error(`docx export: ${part} has no ${find.source}; the docx library's output changed`);
  return out;
}

/**
 * The title must not snap to the grid: a 22 pt line would take two grid rows, and the character
 * grid would spread its 2号 characters over 16 pt cells. w:snapToGrid comes before w:spacing in a
 * w:pPr (CT_PPrBase order), which docx always writes for our paragraphs.
 */
function titleOffGrid(documentXml: string): string {
  return patch(documentXml, 'document.xml', /<w:pPr><w:pStyle w:val="Title"\/>[^]*?<w:spacing /gu, (match) => match.replace(/<w:spacing $/u, '<w:snapToGrid w:val="0"/><w:spacing '));
}

/**
 * docx writes w:autoSpaceDN (署名, 日期) after w:jc, out of CT_PPrBase order; it is moved before
 * w:spacing, with w:autoSpaceDE (Latin letters) beside it.
 */
function noAutoSpace(documentXml: string): string {
  return documentXml.replace(/<w:pPr>((?:(?!<\/w:pPr>).)*?)<w:autoSpaceDN w:val="false"\/><\/w:pPr>/gu, (_, props: string) => {
    if (!props.includes('<w:spacing ')) throw new Error('docx export: a paragraph without w:spacing turns automatic spacing off');
    return `<w:pPr>${props.replace('<w:spacing ', '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing ')}</w:pPr>`;
  });
}

/** Widow control off in the defaults too, for paragraphs a user adds in Word. */
function defaultsWithoutWidowControl(stylesXml: string): string {
  return patch(stylesXml, 'styles.xml', /<w:pPrDefault><w:pPr>/u, (match) => `${match}<w:widowControl w:val="0"/>`);
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

function escapeAttribute(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
}

function fontTable(fontTableXml: string, format: ExportFormat): string {
  const names = new Set([...(Object.keys(format.fonts) as FontRole[]).map((role) => format.fonts[role]), ...(format.latinFont ? [format.latinFont] : [])]);
  const entries = [...names]
    .map((name) => {
      const alt = ALT_NAMES[name];
      const cjk = [...name].some((ch) => ch.codePointAt(0)! > 0x7f) || alt !== undefined;
      return (
        `<w:font w:name="${escapeAttribute(name)}">` +
        (alt ? `<w:altName w:val="${escapeAttribute(alt)}"/>` : '') +
        (cjk ? '<w:charset w:val="86"/>' : '') +
        '<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
      );
    })
    .join('');
  return patch(fontTableXml, 'fontTable.xml', /<w:fonts\b[^>]*?(\/>|>)/u, (match) => (match.endsWith('/>') ? `${match.slice(0, -2)}>${entries}</w:fonts>` : `${match}${entries}`));
}

/**
 * Rewrites the package: the patched parts, [Content_Types].xml first (as Word writes it) and no
 * folder entries (a zip with folder entries has made Word hang on open).
 */
export function finishPackage(zip: Uint8Array, format: ExportFormat): Uint8Array {
  const files = unzipSync(zip);
  const edit = (name: string, change: (xml: string) => string) => {
    const data = files[name];
    if (!data) throw new Error(`docx export: the package has no ${name}`);
    files[name] = strToU8(change(strFromU8(data)));
  };
  edit('word/document.xml', (xml) => noAutoSpace(titleOffGrid(xml)));
  edit('word/styles.xml', defaultsWithoutWidowControl);
  edit('word/fontTable.xml', (xml) => fontTable(xml, format));
  const ordered: Zippable = {};
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) ordered[name] = files[name]!;
  return zipSync(ordered, { level: 6 });
}
