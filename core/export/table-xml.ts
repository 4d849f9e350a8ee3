import type { ParagraphSpec } from './paragraph-xml.ts';
import type { TableSpec } from './table-spec.ts';

const EDGES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;

/**
 * A table as w:tbl, every element in the schema's order (ECMA-376 Part 1: CT_TblPr 17.4.60 —
 * tblW, jc, tblBorders, tblLayout, tblCellMar, tblLook; CT_TcPr 17.4.70 — tcW, gridSpan, vMerge,
 * vAlign): full single borders, a fixed layout on the plan's grid (Word would otherwise resize
 * the columns to its own fonts), header rows repeated (w:tblHeader), rows that fit a page kept
 * whole (w:cantSplit), each row the plan's height at least, the text centred down its row.
 * `paragraph` writes a cell's paragraphs as the body's (paragraph-xml.ts).
 */
export function tableXml(table: TableSpec, paragraph: (p: ParagraphSpec, out: string[]) => void, out: string[]): void {
  const border = (edge: string) => `<w:${edge} w:val="single" w:sz="${table.border}" w:space="0" w:color="000000"/>`;
  const m = table.margins;
  out.push(`<w:tbl><w:tblPr><w:tblW w:w="${table.width}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${EDGES.map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/>`);
  out.push(`<w:tblCellMar><w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/><w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>`);
  out.push(`<w:tblGrid>${table.grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`);
  for (const row of table.rows) {
    out.push(`<w:tr><w:trPr>${row.cantSplit ? '<w:cantSplit/>' : ''}<w:trHeight w:val="${row.height}" w:hRule="atLeast"/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`);
    for (const cell of row.cells) {
      out.push(`<w:tc><w:tcPr><w:tcW w:w="${cell.width}" w:type="dxa"/>`);
      if (cell.colSpan > 1) out.push(`<w:gridSpan w:val="${cell.colSpan}"/>`);
      if (cell.vMerge === 'restart') out.push('<w:vMerge w:val="restart"/>');
      if (cell.vMerge === 'continue') out.push('<w:vMerge/>');
      out.push(`<w:vAlign w:val="${row.vAlign}"/></w:tcPr>`);
      for (const p of cell.paragraphs) paragraph(p, out);
      out.push('</w:tc>');
    }
    out.push('</w:tr>');
  }
  out.push('</w:tbl>');
}
