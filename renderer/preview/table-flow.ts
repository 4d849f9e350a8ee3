import { LINE_PITCH_PT, LINES_PER_PAGE } from '../../core/print/page-geometry.ts';
import type { PrintedTable, PrintedTableRow } from '../../core/print/printed-table.ts';
import { linesIn, partFramePt, rowLines } from './table-box.ts';

/**
 * What a page holds, text and tables alike: its 22 grid rows (636.9 pt), not the 版心's 637.8 pt.
 * Measured in LibreOffice 25.2 (17 rows of 579 twips under 5 lines of text: the 17th goes to the
 * next page unless 10 twips shorter, with a 0.5 pt rule; 20 twips with a 1 pt rule): a table
 * fills the page's grid, and is one rule higher than its rows (TableSlice.heightPt).
 */
export const PAGE_BODY_PT = LINES_PER_PAGE * LINE_PITCH_PT;

/** Heights are the export's, rounded to twips: a row a hair over the room left still fits. */
export const FIT_EPSILON_PT = 0.01;

/** One row on a page, or the part of it there: a row taller than a page is split at a line. */
export interface SliceRow {
  /** The row's index in the table. */
  row: number;
  heightPt: number;
  /** A row split over pages: the lines of its text on this page (absent: the whole row). */
  part?: { fromLine: number; lines: number };
  /** A header row repeated at the top of a page the table runs onto. */
  repeated: boolean;
}

/** The rows of a table that stand on one page, top to bottom. */
export interface TableSlice {
  table: PrintedTable;
  rows: SliceRow[];
  /**
   * Its height on the page: the rows and one rule more, as LibreOffice lays the export out (the
   * text after a table stands half a point under the grid row it would take, with a 0.5 pt rule).
   */
  heightPt: number;
}

/** The leading header rows (w:tblHeader), repeated on every page the table runs onto. */
export function headerRowCount(table: PrintedTable): number {
  const index = table.rows.findIndex((row) => !row.header);
  return index < 0 ? table.rows.length : index;
}

const sum = (rows: readonly SliceRow[]) => rows.reduce((total, row) => total + row.heightPt, 0);
const fits = (heightPt: number, roomPt: number) => heightPt <= roomPt + FIT_EPSILON_PT;

/**
 * A table's rows over pages, as LibreOffice lays out the export (measured, tests/render): the
 * current page has `roomPt` left. A row kept whole (cantSplit: every row that fits a page under
 * the header rows) that does not fit where it stands goes to the next page, under the header rows
 * again. A taller row splits where it stands: its part fills the page with the lines that fit, and
 * the rest goes on under the header rows of the next, as high as its lines. A table whose header
 * rows and first row (or a line of it) do not fit in `roomPt` starts on the next page
 * (`newPageFirst`); otherwise the first slice stands there.
 */
export function flowTable(table: PrintedTable, roomPt: number, pageRoomPt = PAGE_BODY_PT): { slices: TableSlice[]; newPageFirst: boolean } {
  // Each page's slice is one rule higher than its rows.
  const pagePt = pageRoomPt - table.borderPt;
  const rowsOf = (count: number, repeated: boolean): SliceRow[] => table.rows.slice(0, count).map((row, i) => ({ row: i, heightPt: row.heightPt, repeated }));
  // Header rows higher than half a page are not repeated: they would leave a page no room.
  const headers = sum(rowsOf(headerRowCount(table), false)) <= pagePt / 2 ? headerRowCount(table) : 0;
  const headerRows = (repeated: boolean) => rowsOf(headers, repeated);
  const headerPt = sum(headerRows(false));
  const least = (row: PrintedTableRow) => (row.cantSplit ? row.heightPt : Math.min(row.heightPt, partFramePt(table) + table.lineHeightPt));
  const first = table.rows[headers];
  const newPageFirst = roomPt < pageRoomPt - FIT_EPSILON_PT && !fits(headerPt + (first ? least(first) : 0), roomPt - table.borderPt);
  const slices: SliceRow[][] = [];
  let current = headerRows(false);
  let room = (newPageFirst ? pagePt : roomPt - table.borderPt) - headerPt;
  const nextPage = () => {
    slices.push(current);
    current = headerRows(true);
    room = pagePt - headerPt;
  };
  for (let r = headers; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    // A row moves on whole when it must stay whole; any row moves on when not a line of it fits.
    if (!fits(row.heightPt, room) && (row.cantSplit || !fits(least(row), room)) && current.length > headers) nextPage();
    if (fits(row.heightPt, room) || row.cantSplit) {
      current.push({ row: r, heightPt: row.heightPt, repeated: false });
      room -= row.heightPt;
      continue;
    }
    const total = rowLines(row);
    let rest = row.heightPt;
    for (let fromLine = 0; ; nextPage()) {
      // At least a line a page, so a page too short for one still moves the row on.
      const lines = Math.min(total - fromLine, Math.max(1, linesIn(table, room)));
      const last = fromLine + lines >= total;
      // A part that goes on fills its page; the last is as high as its lines, or as what is left
      // of the row's height (measured: LibreOffice keeps the rest of an at-least height).
      const heightPt = last ? Math.max(lines * table.lineHeightPt + partFramePt(table), rest) : Math.max(room, 0);
      rest -= heightPt;
      current.push({ row: r, heightPt, repeated: false, part: { fromLine, lines } });
      room -= heightPt;
      fromLine += lines;
      if (last) break;
    }
  }
  slices.push(current);
  return { slices: slices.map((rows) => ({ table, rows, heightPt: sum(rows) + table.borderPt })), newPageFirst };
}
