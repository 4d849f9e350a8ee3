import type { TableBlock, TableCell } from '../model.ts';
import { cellIndexAt, cellStarts, emptyCell, spanOf, withCellShape } from './grid.ts';
import { normalizeTable } from './table-rules.ts';

/**
 * Inserts an empty grid column before grid column `at` (0 … width). A cell spanning across that
 * boundary grows by one column instead of being cut, so merged cells stay whole; a merged-down
 * cell grows in every row of its merge alike, which keeps the merge lined up.
 */
export function insertColumn(table: TableBlock, at: number): TableBlock {
  const rows = table.children.map((row) => {
    const starts = cellStarts(row);
    const cells = row.children.slice();
    const i = starts.findIndex((start, c) => at > start && at < start + spanOf(row.children[c]!));
    if (i >= 0) {
      const cell = cells[i]!;
      cells[i] = withCellShape(cell, spanOf(cell) + 1, cell.vMerge);
    } else {
      const before = starts.indexOf(at);
      cells.splice(before < 0 ? cells.length : before, 0, emptyCell());
    }
    return { ...row, children: cells };
  });
  return normalizeTable({ ...table, children: rows });
}

/**
 * Deletes grid column `at`. A cell spanning it and more shrinks by one column and keeps its text;
 * a cell only that column wide goes, with its text. Deleting the only column leaves nothing: the
 * caller deletes the table (null).
 */
export function deleteColumn(table: TableBlock, at: number): TableBlock | null {
  const rows = table.children.map((row) => {
    const i = cellIndexAt(row, at);
    if (i < 0) return row;
    const cell = row.children[i]!;
    const cells: TableCell[] = row.children.slice();
    if (spanOf(cell) > 1) cells[i] = withCellShape(cell, spanOf(cell) - 1, cell.vMerge);
    else cells.splice(i, 1);
    return { ...row, children: cells };
  });
  if (rows.some((row) => row.children.length === 0)) return null;
  return normalizeTable({ ...table, children: rows });
}
