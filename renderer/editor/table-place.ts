import { Editor, Range, type Point } from 'slate';
import type { TableBlock } from '../../core/model.ts';
import { cellStarts } from '../../core/table/grid.ts';
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

export function cellPath(place: { table: number; row: number; cell: number }): number[] {
  return [place.table, place.row, place.cell];
}

/** The end of the cell's text: where Tab puts the caret. */
export function cellEnd(editor: GongwenEditor, place: { table: number; row: number; cell: number }): Point {
  return Editor.end(editor, cellPath(place));
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
