import type { TableBlock, TableCell, TableRow } from '../model.ts';
import { cellIndexAligned, cellStarts, emptyCell, spanOf, withCellShape } from './grid.ts';
import { normalizeTable } from './table-rules.ts';

/**
 * Inserts an empty row at index `at` (0 … rows), shaped like its neighbour (the row above it, or
 * the first row): the same cell spans. Where the rows above and below are one merged cell, the
 * new row's cell continues the merge, so a merged cell grows rather than being cut in two.
 */
export function insertRow(table: TableBlock, at: number): TableBlock {
  const rows = table.children;
  const index = Math.max(0, Math.min(rows.length, at));
  const above = rows[index - 1];
  const below = rows[index];
  const model = above ?? below!;
  const starts = cellStarts(model);
  const cells: TableCell[] = model.children.map((cell, c) => {
    const span = spanOf(cell);
    const continued = above && below && cell.vMerge !== undefined && isContinuation(below, starts[c]!, span);
    return emptyCell(span, continued ? 'continue' : undefined);
  });
  // Header rows lead: a row put among them (before the last one) is one too.
  const row: TableRow = below?.header ? { type: 'table-row', header: true, children: cells } : { type: 'table-row', children: cells };
  return normalizeTable({ ...table, children: [...rows.slice(0, index), row, ...rows.slice(index)] });
}

/**
 * Deletes row `at` with its text. A merged cell starting in it is not lost with it: the cell
 * under it (its continuation) starts the merge instead and takes over its text. Deleting the
 * only row leaves nothing: the caller deletes the table (null).
 */
export function deleteRow(table: TableBlock, at: number): TableBlock | null {
  const rows = table.children;
  if (rows.length <= 1) return null;
  if (at < 0 || at >= rows.length) return table;
  const removed = rows[at]!;
  const next = rows.slice();
  const below = rows[at + 1];
  if (below) {
    const starts = cellStarts(removed);
    const cells = below.children.slice();
    removed.children.forEach((cell, c) => {
      if (cell.vMerge !== 'restart') return;
      const i = cellIndexAligned(below, starts[c]!, spanOf(cell));
      if (i < 0 || cells[i]!.vMerge !== 'continue') return;
      // The merged cell's text is the restart's: it moves down with the start of the merge.
      cells[i] = { ...withCellShape(cells[i]!, spanOf(cell), 'restart'), children: mergedText(cell, cells[i]!) };
    });
    next[at + 1] = { ...below, children: cells };
  }
  next.splice(at, 1);
  return normalizeTable({ ...table, children: next });
}

/** The restart's paragraphs, then any a continuation held (it should hold none; none is lost). */
function mergedText(restart: TableCell, continuation: TableCell): TableCell['children'] {
  const own = continuation.children.filter((p) => p.children.some((run) => run.text !== ''));
  return own.length ? [...restart.children, ...own] : restart.children;
}

function isContinuation(row: TableRow, start: number, span: number): boolean {
  const i = cellIndexAligned(row, start, span);
  return i >= 0 && row.children[i]!.vMerge === 'continue';
}
