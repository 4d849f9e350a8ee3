import { Editor, Element, Node, Point, Range, Text, Transforms, type BaseRange, type Path } from 'slate';
import type { TableBlock } from '../../core/model.ts';
import { coerceTable } from '../../core/table/coerce-table.ts';
import { normalizeTable } from '../../core/table/table-rules.ts';
import { asUndoStep } from './block-transforms.ts';
import { blockAt } from './blocks.ts';
import { cellsInRect } from '../../core/table/grid.ts';
import { cellPath, cellPlace, isWholeCell, selectedCells, type CellPlace } from './table-place.ts';
import type { GongwenEditor } from './slate-types.ts';

/** The element type each level of a table holds. */
const HOLDS: Record<string, string> = { table: 'table-row', 'table-row': 'table-cell', 'table-cell': 'cell-paragraph' };

/**
 * Tables in the editor, after slate's tables example: the commands are guarded rather than
 * repaired afterwards. Backspace / Delete at a cell's edge do nothing (cells are never merged and
 * no text leaves the table); a selection across cells clears their text and keeps the cells; the
 * normalizer keeps every table valid by core's rules (table-rules.ts), rebuilding a half-built one
 * without losing a character. Enter in a cell is insert-break.ts's (a new paragraph in the cell).
 */
export function withTables(editor: GongwenEditor): GongwenEditor {
  const { deleteBackward, deleteForward, deleteFragment, normalizeNode } = editor;

  editor.deleteBackward = (unit) => {
    if (atCellEdge(editor, 'start')) return;
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    if (atCellEdge(editor, 'end')) return;
    deleteForward(unit);
  };

  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (!selection || Range.isCollapsed(selection)) return deleteFragment(options);
    // A cell selected whole (Tab selects it) is emptied to one paragraph, as Word does: Slate's
    // delete would unhang a range ending in an empty last paragraph and keep that paragraph.
    if (isWholeCell(editor, selection)) return Transforms.delete(editor, { at: selection, hanging: true });
    const [start, end] = Range.edges(Editor.unhangRange(editor, selection));
    const a = cellPlace(editor, start);
    const b = cellPlace(editor, end);
    if (!a && !b) return deleteFragment(options);
    if (a && b && sameCell(a, b)) return deleteFragment(options);
    // Cells selected within one table are the rectangle they make, as in Word (and as 合并单元格
    // reads them): their text goes, theirs only — never the cells the reading order runs through.
    const cells = a && b && a.table === b.table ? selectedCells(editor) : null;
    if (cells) {
      asUndoStep(editor, () => {
        const inRect = cellsInRect(cells.table, cells.rect);
        for (const place of [...inRect].reverse()) emptyCell(editor, cellPath({ table: cells.index, ...place }));
        Transforms.select(editor, Editor.start(editor, cellPath({ table: cells.index, ...inRect[0]! })));
      });
      return;
    }
    asUndoStep(editor, () => {
      // A table selected whole goes; the part of a table the selection covers loses its text
      // and keeps its cells; the blocks between go by the usual (guarded) delete. The end's
      // table is dealt with first and the start's last, so the paths in between stay valid.
      let rest: BaseRange | null = { anchor: start, focus: end };
      let removeFirst = false;
      if (b && b.table !== start.path[0]) {
        if (Point.equals(end, Editor.end(editor, [b.table]))) Transforms.removeNodes(editor, { at: [b.table] });
        else clearText(editor, { anchor: Editor.start(editor, [b.table]), focus: end });
        rest = b.table - 1 >= start.path[0]! ? { anchor: start, focus: Editor.end(editor, [b.table - 1]) } : null;
      }
      if (a && rest) {
        const inTable = rest.focus.path[0] === a.table;
        removeFirst = !inTable && Point.equals(start, Editor.start(editor, [a.table]));
        if (!removeFirst) clearText(editor, { anchor: start, focus: inTable ? rest.focus : Editor.end(editor, [a.table]) });
        rest = !inTable && a.table + 1 <= rest.focus.path[0]! ? { anchor: Editor.start(editor, [a.table + 1]), focus: rest.focus } : null;
      }
      if (rest && !Point.equals(rest.anchor, rest.focus)) {
        Transforms.select(editor, rest);
        deleteFragment(options);
      }
      if (!removeFirst) return Transforms.select(editor, start);
      Transforms.removeNodes(editor, { at: [a!.table] });
      Transforms.select(editor, a!.table < editor.children.length ? Editor.start(editor, [a!.table]) : Editor.end(editor, [a!.table - 1]));
    });
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && path.length >= 1 && blockAt(editor, path[0]!)?.type === 'table') {
      const table = blockAt(editor, path[0]!) as TableBlock;
      if (node.type in HOLDS && !node.children.every((child) => Element.isElement(child) && child.type === HOLDS[node.type])) {
        replaceTable(editor, path[0]!, coerceTable(table));
        return;
      }
      if (node.type === 'cell-paragraph' && !node.children.every((child) => Text.isText(child))) {
        replaceTable(editor, path[0]!, coerceTable(table));
        return;
      }
      if (path.length === 1) {
        const fixed = normalizeTable(table);
        if (fixed !== table) {
          replaceTable(editor, path[0]!, fixed);
          return;
        }
      }
    }
    normalizeNode(entry, options);
  };

  return editor;
}

function sameCell(a: CellPlace, b: CellPlace): boolean {
  return a.table === b.table && a.row === b.row && a.cell === b.cell;
}

/** Whether a collapsed caret stands at the start (or end) of its table cell. */
function atCellEdge(editor: GongwenEditor, edge: 'start' | 'end'): boolean {
  const { selection } = editor;
  if (!selection || Range.isExpanded(selection)) return false;
  const place = cellPlace(editor, selection.anchor);
  if (!place) return false;
  const path = cellPath(place);
  return Point.equals(selection.anchor, edge === 'start' ? Editor.start(editor, path) : Editor.end(editor, path));
}

/** A cell left with one empty paragraph, as Word leaves a cleared cell. */
function emptyCell(editor: GongwenEditor, path: Path): void {
  const cell = Node.get(editor, path) as Element;
  for (let k = cell.children.length - 1; k > 0; k--) Transforms.removeNodes(editor, { at: [...path, k] });
  clearText(editor, Editor.range(editor, [...path, 0]));
}

/** Deletes the text in `range` (inside one table) text node by text node, keeping every cell and paragraph. */
function clearText(editor: GongwenEditor, range: BaseRange): void {
  const [start, end] = Range.edges(range);
  const pieces: BaseRange[] = [];
  for (const [node, path] of Editor.nodes(editor, { at: { anchor: start, focus: end }, match: Text.isText })) {
    const from = pathEquals(path, start.path) ? start.offset : 0;
    const to = pathEquals(path, end.path) ? end.offset : (node as Text).text.length;
    if (to > from) pieces.push({ anchor: { path, offset: from }, focus: { path, offset: to } });
  }
  for (const piece of pieces.reverse()) Transforms.delete(editor, { at: piece });
}

function pathEquals(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * Puts `table` in place of block `index`, keeping the caret where it was when that place still
 * exists. Used by the normalizer and by the row / column commands (each one undo step).
 */
export function replaceTable(editor: GongwenEditor, index: number, table: TableBlock): void {
  const { selection } = editor;
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: [index] });
    Transforms.insertNodes(editor, table, { at: [index], select: false });
    if (selection && isPlace(editor, selection.anchor) && isPlace(editor, selection.focus)) Transforms.select(editor, selection);
  });
}

function isPlace(editor: GongwenEditor, point: Point): boolean {
  if (!Node.has(editor, point.path)) return false;
  const node = Node.get(editor, point.path);
  return Text.isText(node) && point.offset <= node.text.length;
}
