import type { TableBlock, TableCell, TableRow } from '../model.ts';
import { cellIndexAligned, cellStarts, emptyCell, emptyParagraph, rowWidth, spanOf, tableWidth, withCellShape } from './grid.ts';

/**
 * What makes a table valid, in one place: the editor's normalizer, the operations' tests and a
 * pasted table all go by it. Every row spans the same grid width; every cell holds a paragraph;
 * header rows lead; a cell merged down (vMerge 'continue') sits under a cell of the same columns
 * that starts or continues the merge, and a 'restart' has one under it.
 */
export function tableProblem(table: TableBlock): string | null {
  if (table.children.length === 0) return 'no rows';
  const width = rowWidth(table.children[0]!);
  let headerEnded = false;
  for (let r = 0; r < table.children.length; r++) {
    const row = table.children[r]!;
    if (row.children.length === 0) return `row ${r} has no cells`;
    if (rowWidth(row) !== width) return `row ${r} spans ${rowWidth(row)} columns, not ${width}`;
    if (row.header && headerEnded) return `header row ${r} after a body row`;
    if (!row.header) headerEnded = true;
    const starts = cellStarts(row);
    for (let c = 0; c < row.children.length; c++) {
      const cell = row.children[c]!;
      if (cell.children.length === 0) return `cell ${r}:${c} has no paragraph`;
      if (cell.colSpan !== undefined && (!Number.isInteger(cell.colSpan) || cell.colSpan < 2)) return `cell ${r}:${c} colSpan ${cell.colSpan}`;
      const span = spanOf(cell);
      if (cell.vMerge === 'continue' && !mergesDown(table.children[r - 1], starts[c]!, span)) return `cell ${r}:${c} continues no merge`;
      if (cell.vMerge === 'restart' && !continuesAt(table.children[r + 1], starts[c]!, span)) return `cell ${r}:${c} starts a merge nobody continues`;
    }
  }
  return null;
}

/** Whether `row` has a cell at these columns that a cell below may continue. */
function mergesDown(row: TableRow | undefined, start: number, span: number): boolean {
  if (!row) return false;
  const i = cellIndexAligned(row, start, span);
  return i >= 0 && row.children[i]!.vMerge !== undefined;
}

function continuesAt(row: TableRow | undefined, start: number, span: number): boolean {
  if (!row) return false;
  const i = cellIndexAligned(row, start, span);
  return i >= 0 && row.children[i]!.vMerge === 'continue';
}

/**
 * The table made valid without losing a character: short rows are padded with empty cells,
 * an empty cell gets an empty paragraph, a merge that no longer lines up is undone (the cells
 * keep their text), a header row after a body row is a body row. A valid table comes back as is.
 */
export function normalizeTable(table: TableBlock): TableBlock {
  if (tableProblem(table) === null) return table;
  if (table.children.length === 0) return { type: 'table', children: [{ type: 'table-row', children: [emptyCell()] }] };
  const width = Math.max(1, tableWidth(table));
  let headerEnded = false;
  const rows: TableRow[] = table.children.map((row) => {
    const cells = row.children.map((cell) => {
      const span = Number.isInteger(cell.colSpan) && cell.colSpan! > 1 ? cell.colSpan! : 1;
      const shaped = withCellShape(cell, span, cell.vMerge);
      return shaped.children.length === 0 ? { ...shaped, children: [emptyParagraph()] } : shaped;
    });
    for (let w = cells.reduce((sum, cell) => sum + spanOf(cell), 0); w < width; w++) cells.push(emptyCell());
    const header = row.header === true && !headerEnded;
    if (!header) headerEnded = true;
    return header ? { type: 'table-row', header: true, children: cells } : { type: 'table-row', children: cells };
  });
  // Top down: a continuation under nothing to continue is a cell of its own.
  for (let r = 0; r < rows.length; r++) rows[r] = reshape(rows[r]!, (cell, start) => (cell.vMerge === 'continue' && !mergesDown(rows[r - 1], start, spanOf(cell)) ? withCellShape(cell, spanOf(cell), undefined) : cell));
  // Bottom up: a restart with nothing under it merges nothing; a continuation ending a merge whose
  // top is gone was undone above.
  for (let r = rows.length - 1; r >= 0; r--) rows[r] = reshape(rows[r]!, (cell, start) => (cell.vMerge === 'restart' && !continuesAt(rows[r + 1], start, spanOf(cell)) ? withCellShape(cell, spanOf(cell), undefined) : cell));
  return { type: 'table', children: rows };
}

function reshape(row: TableRow, fix: (cell: TableCell, start: number) => TableCell): TableRow {
  const starts = cellStarts(row);
  return { ...row, children: row.children.map((cell, c) => fix(cell, starts[c]!)) };
}
