import type { PrintedTable, PrintedTableRow } from '../../core/print/printed-table.ts';

/** How a cell's text sits in it: the size and line height it is set in, and the cell's margins, in pt. */
export interface CellBox {
  sizePt: number;
  lineHeightPt: number;
  padding: { top: number; right: number; bottom: number; left: number };
}

/** The cell layout the print plan set the table's rows in (the template's table format). */
export function cellBox(table: PrintedTable): CellBox {
  return { sizePt: table.cellSizePt, lineHeightPt: table.cellLineHeightPt, padding: table.cellMarginPt };
}

/** Lines of text the row's tallest cell holds: what its height is made of. */
function rowLines(row: PrintedTableRow): number {
  return Math.max(1, ...row.cells.map((cell) => cell.lines));
}

/**
 * The part of a row taller than a page that goes where `roomPt` is left, starting `fromPt` into
 * its text: whole lines (at least one, so a page always takes some), with the cell's top and
 * bottom margins. `nextFromPt` is where the next part starts, null when this one is the last.
 */
export function rowSplit(table: PrintedTable, row: PrintedTableRow, fromPt: number, roomPt: number): { heightPt: number; nextFromPt: number | null } {
  const { lineHeightPt, padding } = cellBox(table);
  const margins = padding.top + padding.bottom;
  const textPt = Math.max(rowLines(row) * lineHeightPt, row.heightPt - margins);
  const left = textPt - fromPt;
  const lines = Math.max(1, Math.floor((roomPt - margins + 0.01) / lineHeightPt));
  if (lines * lineHeightPt >= left - 0.01) return { heightPt: left + margins, nextFromPt: null };
  return { heightPt: lines * lineHeightPt + margins, nextFromPt: fromPt + lines * lineHeightPt };
}
