import { PT_PER_MM } from '../../core/print/page-geometry.ts';
import type { PrintedTable, PrintedTableRow } from '../../core/print/printed-table.ts';

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

/** What a row's part takes besides its lines: the cell's top and bottom margins and a rule. */
export function partFramePt(table: PrintedTable): number {
  const { padding } = cellBox(table);
  return padding.top + padding.bottom + table.borderPt;
}

/** Lines of the row's tallest cell (merged cells aside, as the plan counts the row's height). */
export function rowLines(row: PrintedTableRow): number {
  return Math.max(1, ...row.cells.filter((cell) => cell.rowSpan === 1).map((cell) => cell.lines));
}

/** Whole lines of a row's text that fit in `roomPt`. */
export function linesIn(table: PrintedTable, roomPt: number): number {
  return Math.floor((roomPt - partFramePt(table) + 0.01) / table.lineHeightPt);
}
