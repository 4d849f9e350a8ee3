import type { CellParagraph, TableBlock, TableCell, TableRow } from '../model.ts';
import { cellBox, cellIndexAligned, cellsInRect, cellStarts, emptyCell, paragraphText, spanOf, tableWidth, withCellShape, type GridRect } from './grid.ts';
import { normalizeTable } from './table-rules.ts';

/** Where the text of a merge or split ended up: the cell the caret goes to. */
export interface CellAt {
  row: number;
  cell: number;
}

export type MergeResult = { ok: true; table: TableBlock; at: CellAt } | { ok: false; reason: string };

/**
 * 合并单元格: the rectangle becomes one cell, `colSpan` over its columns and merged down its rows
 * (vMerge restart / continue), as Word writes it.
 *
 * A rectangle that cuts through a merged cell is widened to take that cell in whole, as Word
 * widens a selection that touches one: refusing would leave the clerk hunting for the exact edge
 * of a merge they cannot see, and cutting the cell in two would move its text.
 *
 * No text is lost: the merged cell holds every non-empty paragraph of the cells it covers, in
 * reading order (row by row, left to right); empty paragraphs go, as in Word. A merge across
 * header rows and body rows is refused: the header rows repeat on every page the table runs onto
 * and a cell cannot both repeat and not. A rectangle that is already one cell is left as it is.
 */
export function mergeCells(table: TableBlock, rect: GridRect): MergeResult {
  const rows = table.children;
  const width = tableWidth(table);
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= rows.length || rect.right >= width || rect.top > rect.bottom || rect.left > rect.right) return { ok: false, reason: '所选单元格不在表格中' };
  const box = wholeCells(table, rect);
  const header = rows[box.top]!.header === true;
  for (let r = box.top + 1; r <= box.bottom; r++) if ((rows[r]!.header === true) !== header) return { ok: false, reason: '表头行不能与正文行合并（表头行在每一页重复）' };
  const first = rows[box.top]!;
  const before = cellStarts(first).filter((start) => start < box.left).length;
  const single = cellBox(table, box.top, before);
  if (single.bottom === box.bottom && single.right === box.right) return { ok: true, table, at: { row: box.top, cell: before } };

  const paragraphs: CellParagraph[] = [];
  // The box holds whole cells only (wholeCells), so the cells in it are those it covers.
  for (const { row, cell } of cellsInRect(table, box)) for (const p of rows[row]!.children[cell]!.children) if (paragraphText(p) !== '') paragraphs.push(p);
  const span = box.right - box.left + 1;
  const next: TableRow[] = rows.map((row, r) => {
    if (r < box.top || r > box.bottom) return row;
    const starts = cellStarts(row);
    const vMerge = box.top === box.bottom ? undefined : r === box.top ? 'restart' : 'continue';
    const merged: TableCell = r === box.top && paragraphs.length ? withCellShape({ type: 'table-cell', children: paragraphs }, span, vMerge) : emptyCell(span, vMerge);
    return { ...row, children: [...row.children.filter((_, c) => starts[c]! < box.left), merged, ...row.children.filter((_, c) => starts[c]! > box.right)] };
  });
  return { ok: true, table: normalizeTable({ ...table, children: next }), at: { row: box.top, cell: before } };
}

/**
 * 拆分单元格: the merged cell (the one at `at`, or the merge a continued cell belongs to) back into
 * single grid cells. Its text stays in the top-left cell; the new cells are empty. A cell that is
 * not merged is refused: there is nothing to split.
 */
export function splitCell(table: TableBlock, at: CellAt): MergeResult {
  const rows = table.children;
  if (!rows[at.row]?.children[at.cell]) return { ok: false, reason: '光标不在表格的单元格中' };
  const box = cellBox(table, at.row, at.cell);
  const span = box.right - box.left + 1;
  if (box.top === box.bottom && span === 1) return { ok: false, reason: '光标所在的单元格没有合并，无需拆分' };
  const paragraphs: CellParagraph[] = [];
  const next: TableRow[] = rows.map((row, r) => {
    if (r < box.top || r > box.bottom) return row;
    const i = cellIndexAligned(row, box.left, span);
    const cell = row.children[i]!;
    // A continued cell should hold no text; if one does, it joins the top-left cell's.
    if (r === box.top) paragraphs.push(...cell.children);
    else paragraphs.push(...cell.children.filter((p) => paragraphText(p) !== ''));
    const cells = Array.from({ length: span }, () => emptyCell());
    return { ...row, children: [...row.children.slice(0, i), ...cells, ...row.children.slice(i + 1)] };
  });
  const top = next[box.top]!;
  const children = top.children.slice();
  children[box.cell] = { type: 'table-cell', children: paragraphs };
  next[box.top] = { ...top, children };
  return { ok: true, table: normalizeTable({ ...table, children: next }), at: { row: box.top, cell: box.cell } };
}

/** Whether the cell at `at` is merged (spans more than one grid cell): what 拆分单元格 acts on. */
export function isMergedCell(table: TableBlock, at: CellAt): boolean {
  if (!table.children[at.row]?.children[at.cell]) return false;
  const box = cellBox(table, at.row, at.cell);
  return box.top !== box.bottom || box.left !== box.right;
}

/** The rectangle widened until no merged cell crosses its edge. */
export function wholeCells(table: TableBlock, rect: GridRect): GridRect {
  const box = { ...rect };
  for (let grown = true; grown; ) {
    grown = false;
    for (let r = box.top; r <= box.bottom; r++) {
      const row = table.children[r]!;
      const starts = cellStarts(row);
      row.children.forEach((cell, c) => {
        const start = starts[c]!;
        if (start > box.right || start + spanOf(cell) - 1 < box.left) return;
        const { top, bottom, left, right } = cellBox(table, r, c);
        if (top < box.top || bottom > box.bottom || left < box.left || right > box.right) {
          box.top = Math.min(box.top, top);
          box.bottom = Math.max(box.bottom, bottom);
          box.left = Math.min(box.left, left);
          box.right = Math.max(box.right, right);
          grown = true;
        }
      });
    }
  }
  return box;
}
