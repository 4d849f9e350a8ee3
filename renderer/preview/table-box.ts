import { PT_PER_MM } from '../../core/print/page-geometry.ts';
import type { PrintedTable } from '../../core/print/printed-table.ts';

/** How a cell's text sits in it, in pt: the plan's size, exact line height and cell margins. */
export interface CellBox {
  sizePt: number;
  lineHeightPt: number;
  padding: { top: number; right: number; bottom: number; left: number };
}

/** The cell layout the print plan set the table's rows in (templates/table-layout.json). */
export function cellBox(table: PrintedTable): CellBox {
  const { top, right, bottom, left } = table.cellMarginMm;
  const pt = (mm: number) => mm * PT_PER_MM;
  return { sizePt: table.sizePt, lineHeightPt: table.lineHeightPt, padding: { top: pt(top), right: pt(right), bottom: pt(bottom), left: pt(left) } };
}

/** The least part of a row a page can take: one line of its text in the cell's margins. */
export function leastPartPt(table: PrintedTable): number {
  const { lineHeightPt, padding } = cellBox(table);
  return padding.top + lineHeightPt + padding.bottom;
}
