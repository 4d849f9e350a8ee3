import { Editor, Point, Range } from 'slate';
import type { TableBlock } from '../../core/model.ts';
import { cellBox, cellStarts, type GridRect } from '../../core/table/grid.ts';
import { blockAt } from './blocks.ts';
import type { GongwenEditor } from './slate-types.ts';

/** Where a point stands in a table: the table's block index, the row and the cell (and its grid column). */
export interface CellPlace {
  table: number;
  row: number;
  cell: number;
  column: number;
  /** The cell paragraph the point is in. */
  paragraph: number;
}

/** The table cell holding `point` (paths run table › row › cell › paragraph › text), or null. */
export function cellPlace(editor: GongwenEditor, point: Point | undefined): CellPlace | null {
  if (!point || point.path.length < 4) return null;
  const [table, row, cell, paragraph = 0] = point.path as [number, number, number, number?];
  const block = blockAt(editor, table);
  if (block?.type !== 'table') return null;
  const tableRow = block.children[row];
  if (!tableRow?.children[cell]) return null;
  return { table, row, cell, column: cellStarts(tableRow)[cell]!, paragraph };
}

/** The caret's cell, for a collapsed selection or one inside a single cell; null elsewhere. */
export function caretCell(editor: GongwenEditor): CellPlace | null {
  const { selection } = editor;
  if (!selection) return null;
  const [start, end] = Range.edges(selection);
  const place = cellPlace(editor, start);
  if (!place) return null;
  const other = cellPlace(editor, end);
  return other && other.table === place.table && other.row === place.row && other.cell === place.cell ? place : null;
}

/** The table holding the selection's start (the caret may span cells), or null. */
export function selectedTable(editor: GongwenEditor): { index: number; table: TableBlock; place: CellPlace } | null {
  const { selection } = editor;
  const place = selection ? cellPlace(editor, Range.start(selection)) : null;
  if (!place) return null;
  return { index: place.table, table: blockAt(editor, place.table) as TableBlock, place };
}

/**
 * The cells the selection spans, as the grid rectangle from the anchor's cell to the focus's
 * (a drag or Shift+arrows across cells), each taken whole when merged. The anchor's cell is
 * always in, as in Word; a focus that went forward only to the very start of a cell (the
 * browser's Shift+→ out of a cell) selects nothing of it, so that cell is left out. `across` is
 * whether it spans more than one cell. Null unless both ends are in the same table.
 */
export function selectedCells(editor: GongwenEditor): { index: number; table: TableBlock; rect: GridRect; across: boolean } | null {
  const { selection } = editor;
  if (!selection) return null;
  const { anchor, focus } = selection;
  const a = cellPlace(editor, anchor);
  let b = cellPlace(editor, focus);
  if (!a || !b || a.table !== b.table) return null;
  const table = blockAt(editor, a.table) as TableBlock;
  if ((a.row !== b.row || a.cell !== b.cell) && Point.isAfter(focus, anchor) && Point.equals(focus, Editor.start(editor, cellPath(b)))) {
    const before = tabOrder(table).findLast((c) => c.row < b!.row || (c.row === b!.row && c.cell < b!.cell));
    if (before) b = { ...b, ...before };
  }
  const one = cellBox(table, a.row, a.cell);
  const two = cellBox(table, b.row, b.cell);
  const rect = { top: Math.min(one.top, two.top), bottom: Math.max(one.bottom, two.bottom), left: Math.min(one.left, two.left), right: Math.max(one.right, two.right) };
  return { index: a.table, table, rect, across: one.row !== two.row || one.cell !== two.cell };
}

export function cellPath(place: { table: number; row: number; cell: number }): number[] {
  return [place.table, place.row, place.cell];
}

/** The end of the cell's text: where the caret goes after a merge or a row / column edit. */
export function cellEnd(editor: GongwenEditor, place: { table: number; row: number; cell: number }): Point {
  return Editor.end(editor, cellPath(place));
}

/**
 * What Tab / Shift+Tab select in the cell they reach: all its text, as Word and WPS do, so typing
 * replaces it instead of running on after it; a cell without text gets the caret at its start.
 */
export function cellTabRange(editor: GongwenEditor, place: { table: number; row: number; cell: number }): Range {
  const path = cellPath(place);
  const start = Editor.start(editor, path);
  return Editor.string(editor, path) === '' ? { anchor: start, focus: start } : { anchor: start, focus: Editor.end(editor, path) };
}

/** Whether `range` (not collapsed) spans the whole of the cell holding its start, as Tab selects it. */
export function isWholeCell(editor: GongwenEditor, range: Range): boolean {
  if (Range.isCollapsed(range)) return false;
  const [start, end] = Range.edges(range);
  const place = cellPlace(editor, start);
  if (!place) return false;
  const path = cellPath(place);
  return Point.equals(start, Editor.start(editor, path)) && Point.equals(end, Editor.end(editor, path));
}

/**
 * The cells one after another as Tab visits them: row by row, left to right, skipping those a
 * merged cell above covers (they have no text of their own).
 */
export function tabOrder(table: TableBlock): { row: number; cell: number }[] {
  const order: { row: number; cell: number }[] = [];
  table.children.forEach((row, r) => row.children.forEach((cell, c) => cell.vMerge !== 'continue' && order.push({ row: r, cell: c })));
  return order;
}

/** The point `offset` characters into a table's text (blockText: cells by \t, rows and paragraphs by \n). */
export function tablePointAt(table: TableBlock, index: number, offset: number): Point {
  let rest = Math.max(0, offset);
  let last: Point = { path: [index, 0, 0, 0, 0], offset: 0 };
  for (let r = 0; r < table.children.length; r++) {
    const row = table.children[r]!;
    for (let c = 0; c < row.children.length; c++) {
      const cell = row.children[c]!;
      for (let p = 0; p < cell.children.length; p++) {
        const runs = cell.children[p]!.children;
        for (let t = 0; t < runs.length; t++) {
          const length = runs[t]!.text.length;
          last = { path: [index, r, c, p, t], offset: length };
          if (rest <= length) return { path: [index, r, c, p, t], offset: rest };
          rest -= length;
        }
        // The \n between paragraphs, the \t between cells, the \n between rows: one character each.
        rest -= 1;
        if (rest < 0) return last;
      }
    }
  }
  return last;
}

