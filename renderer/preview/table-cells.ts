import type { PrintedTableCell } from '../../core/print/printed-table.ts';
import type { SliceRow, TableSlice } from './table-flow.ts';

/** A cell as drawn on one page: its box there, and the lines of its text shown in it. */
export interface PlacedCell {
  key: string;
  cell: PrintedTableCell;
  leftMm: number;
  widthMm: number;
  topPt: number;
  heightPt: number;
  /** Set down the box as the export sets its row (w:vAlign: centred, or from the top in a row that may split). */
  lines: string[];
  vAlign: 'center' | 'top';
  header: boolean;
}

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/**
 * The boxes of a slice's cells: at the grid columns' widths, each as high as the rows it spans
 * on this page. A row split over pages shows on each the lines that fell there; a cell merged
 * down (rowSpan) that a page break cuts shows its text where it starts and goes on empty under
 * the repeated header rows of the next page.
 */
export function placeCells(slice: TableSlice): PlacedCell[] {
  const { table, rows } = slice;
  const lefts = table.columnsMm.map((_, i) => total(table.columnsMm.slice(0, i)));
  const width = (cell: PrintedTableCell) => total(table.columnsMm.slice(cell.column, cell.column + cell.colSpan));
  const tops = rows.map((_, i) => total(rows.slice(0, i).map((row) => row.heightPt)));
  // The height of `count` rows from the slice's row `from` down, as far as they stand together
  // here: the repeated header rows and the table's own rows are two runs of consecutive rows.
  const spanHeight = (from: number, count: number): number => {
    let height = 0;
    for (let k = 0; k < count; k++) {
      const row: SliceRow | undefined = rows[from + k];
      if (!row || row.repeated !== rows[from]!.repeated || row.row !== rows[from]!.row + k) break;
      height += row.heightPt;
    }
    return height;
  };
  const place = (cell: PrintedTableCell, at: number, rowSpan: number, lines: string[], header: boolean, vAlign: PlacedCell['vAlign']): PlacedCell => ({
    key: `${at}:${cell.column}`,
    cell,
    leftMm: lefts[cell.column]!,
    widthMm: width(cell),
    topPt: tops[at]!,
    heightPt: spanHeight(at, rowSpan),
    lines,
    vAlign,
    header,
  });
  const placed = rows.flatMap((sliceRow, i) => {
    const { header, cells, vAlign } = table.rows[sliceRow.row]!;
    const shown = (cell: PrintedTableCell) => (sliceRow.part ? cell.lineTexts.slice(sliceRow.part.fromLine, sliceRow.part.fromLine + sliceRow.part.lines) : cell.lineTexts);
    return cells.map((cell) => place(cell, i, cell.rowSpan, shown(cell), header, vAlign));
  });
  // On a page the table runs onto, cells merged down from rows on earlier pages go on, empty.
  const first = rows.findIndex((row) => !row.repeated);
  if (first < 0) return placed;
  const firstRow = rows[first]!.row;
  table.rows.slice(0, firstRow).forEach((above, r) => {
    for (const cell of above.cells) {
      if (r + cell.rowSpan > firstRow) placed.push({ ...place(cell, first, r + cell.rowSpan - firstRow, [], above.header, above.vAlign), key: `${first}:${cell.column}:above` });
    }
  });
  return placed;
}
