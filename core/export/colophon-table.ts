import { LINE_PITCH, TYPE_AREA_WIDTH } from './page.ts';
import type { BorderSpec, ParagraphSpec } from './paragraph-xml.ts';

/**
 * The 版记 (GB/T 9704-2012 7.4) as Word writes it: a one-column table floating at the foot of the
 * 版心 (w:tblpPr, ECMA-376 Part 1 17.4.57: vertAnchor="margin", tblpYSpec="bottom"), a row per
 * element (抄送, 印发机关和印发日期), the rules of 7.4.1 the cells' borders. So the rules are real
 * lines at their clause positions, the last one on the 版心's bottom edge whatever the number of
 * 抄送 lines, in Word and in LibreOffice (which imports a floating table as a frame anchored alike;
 * paragraph borders inside a w:framePr frame it drops).
 *
 * The text stands on rows of the grid's pitch (the preview draws the same rows), off the character
 * grid (snapToGrid off): a 4号 character is 14 pt wide, not a 字 of the 3号 grid.
 */

const EDGES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;
const NONE = EDGES.map((edge) => `<w:${edge} w:val="nil"/>`).join('');
const ZERO_MARGINS = ['top', 'left', 'bottom', 'right'].map((edge) => `<w:${edge} w:w="0" w:type="dxa"/>`).join('');
const POSITION = '<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" w:tblpYSpec="bottom"/>';

function cellBorders(borders: readonly BorderSpec[] | undefined): string {
  if (!borders?.length) return '';
  const edge = (name: 'top' | 'bottom') => {
    const border = borders.find((b) => b.edge === name);
    return border ? `<w:${name} w:val="single" w:sz="${border.size}" w:space="0" w:color="${border.color}"/>` : '';
  };
  return `<w:tcBorders>${edge('top')}${edge('bottom')}</w:tcBorders>`;
}

/**
 * The 版记's paragraphs as the floating table, then the paragraph it is anchored to (a table ends
 * no document; this one is one twip high at the page's top, where nothing else stands).
 * `paragraph` writes a w:p (paragraph-xml.ts).
 */
export function colophonTable(rows: readonly ParagraphSpec[], paragraph: (p: ParagraphSpec) => string): string {
  let out = `<w:tbl><w:tblPr>${POSITION}<w:tblOverlap w:val="never"/><w:tblW w:w="${TYPE_AREA_WIDTH}" w:type="dxa"/><w:tblBorders>${NONE}</w:tblBorders>`;
  out += `<w:tblLayout w:type="fixed"/><w:tblCellMar>${ZERO_MARGINS}</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>`;
  out += `<w:tblGrid><w:gridCol w:w="${TYPE_AREA_WIDTH}"/></w:tblGrid>`;
  for (const row of rows) {
    const { borders, atFoot: _atFoot, ...text } = row;
    out += `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${TYPE_AREA_WIDTH}" w:type="dxa"/>${cellBorders(borders)}</w:tcPr>`;
    out += paragraph({ ...text, exact: { line: LINE_PITCH, before: 0, after: 0 } });
    out += '</w:tc></w:tr>';
  }
  return `${out}</w:tbl>${paragraph({ indent: {}, exact: { line: 20, before: 0, after: 0 }, runs: [] })}`;
}
