import type { CellParagraph, TableBlock, TableCell, TableRow } from '../model.ts';

/**
 * A table's grid as Word lays it out: every row spans the same number of grid columns, a cell
 * `colSpan` of them. The helpers here read positions; the operations (row-ops.ts, column-ops.ts)
 * and the rules (table-rules.ts) are built on them.
 */

/** How many grid columns a cell covers (colSpan is absent for one). */
export function spanOf(cell: TableCell): number {
  return cell.colSpan ?? 1;
}

/** The grid columns a row covers: the sum of its cells' spans. */
export function rowWidth(row: TableRow): number {
  let width = 0;
  for (const cell of row.children) width += spanOf(cell);
  return width;
}

/** The grid column each cell of the row starts in. */
export function cellStarts(row: TableRow): number[] {
  const starts: number[] = [];
  let column = 0;
  for (const cell of row.children) {
    starts.push(column);
    column += spanOf(cell);
  }
  return starts;
}

/** The index of the cell covering grid column `column` in the row, or -1 past its end. */
export function cellIndexAt(row: TableRow, column: number): number {
  let start = 0;
  for (let i = 0; i < row.children.length; i++) {
    const span = spanOf(row.children[i]!);
    if (column >= start && column < start + span) return i;
    start += span;
  }
  return -1;
}

/** The cell of `row` that starts at grid column `start` and spans `span` columns, or -1. */
export function cellIndexAligned(row: TableRow, start: number, span: number): number {
  const starts = cellStarts(row);
  const i = starts.indexOf(start);
  return i >= 0 && spanOf(row.children[i]!) === span ? i : -1;
}

/** The table's width in grid columns (its widest row; a valid table's rows are all this wide). */
export function tableWidth(table: TableBlock): number {
  let width = 0;
  for (const row of table.children) width = Math.max(width, rowWidth(row));
  return width;
}

export function emptyParagraph(): CellParagraph {
  return { type: 'cell-paragraph', children: [{ text: '' }] };
}

/** An empty cell `span` columns wide (colSpan is only written above one, as the schema wants). */
export function emptyCell(span = 1, vMerge?: TableCell['vMerge']): TableCell {
  const cell: TableCell = { type: 'table-cell', children: [emptyParagraph()] };
  if (span > 1) cell.colSpan = span;
  if (vMerge) cell.vMerge = vMerge;
  return cell;
}

/** The cell with its span and merge set as given (absent when 1 / none), its paragraphs shared. */
export function withCellShape(cell: TableCell, span: number, vMerge: TableCell['vMerge'] | undefined): TableCell {
  const next: TableCell = { type: 'table-cell', children: cell.children };
  if (span > 1) next.colSpan = span;
  if (vMerge) next.vMerge = vMerge;
  return next;
}

/** The text of one cell paragraph. */
export function paragraphText(paragraph: CellParagraph): string {
  let text = '';
  for (const run of paragraph.children) text += run.text;
  return text;
}

/** A rectangle of grid cells, edges included: rows top…bottom, grid columns left…right. */
export interface GridRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The grid rectangle a cell takes up on the page, with the row and index of the cell its text is
 * in. A cell merged down (vMerge) takes up its whole merge: a continued cell answers with its
 * merge's rectangle and the cell that starts it.
 */
export function cellBox(table: TableBlock, row: number, cell: number): GridRect & { row: number; cell: number } {
  const rows = table.children;
  const target = rows[row]!.children[cell]!;
  const left = cellStarts(rows[row]!)[cell]!;
  const span = spanOf(target);
  let top = row;
  let topCell = cell;
  if (target.vMerge === 'continue') {
    while (top > 0) {
      const i = cellIndexAligned(rows[top - 1]!, left, span);
      if (i < 0 || rows[top - 1]!.children[i]!.vMerge === undefined) break;
      top--;
      topCell = i;
      if (rows[top]!.children[i]!.vMerge === 'restart') break;
    }
  }
  let bottom = row;
  if (target.vMerge !== undefined) {
    while (bottom + 1 < rows.length) {
      const i = cellIndexAligned(rows[bottom + 1]!, left, span);
      if (i < 0 || rows[bottom + 1]!.children[i]!.vMerge !== 'continue') break;
      bottom++;
    }
  }
  return { top, bottom, left, right: left + span - 1, row: top, cell: topCell };
}

/**
 * The cells lying whole in `rect`, row by row, left to right (a merge's continued cells in with its
 * first). A cell reaching past the rectangle's sides is not in it.
 */
export function cellsInRect(table: TableBlock, rect: GridRect): { row: number; cell: number }[] {
  const out: { row: number; cell: number }[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const starts = cellStarts(table.children[row]!);
    table.children[row]!.children.forEach((cell, i) => {
      if (starts[i]! >= rect.left && starts[i]! + spanOf(cell) - 1 <= rect.right) out.push({ row, cell: i });
    });
  }
  return out;
}
