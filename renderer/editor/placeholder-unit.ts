import { Editor, Path, Point, Range, Text, Transforms, type BaseRange } from 'slate';
import type { History } from 'slate-history';
import type { MouseEvent } from 'react';
import { ReactEditor } from 'slate-react';
import { findPlaceholders } from '../../core/placeholder.ts';
import { blockAt } from './blocks.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * A placeholder (【 】, x.xx, ____, a stray 【) is one unit, as a content control is in Word: a
 * caret that lands inside it (a click, an arrow key) selects it whole, so what is typed, composed
 * or pasted next replaces it, brackets and all, and one Ctrl+Z brings it back. Backspace right
 * after it, or Delete right before it, first selects it (Word does the same with a content
 * control): the clerk sees what will go, and the next press removes it whole. Leaving a selected
 * placeholder with ← or → collapses to its edge (slate-react's own handling of an expanded
 * selection), so the caret never gets stuck.
 *
 * Only the highlighted placeholders are units: those findPlaceholders finds in the text of a
 * block other than a 参考 note.
 */
export function withPlaceholderUnit(editor: GongwenEditor): GongwenEditor {
  const { apply, onChange, insertText, insertData, deleteBackward, deleteForward, deleteFragment } = editor;
  // Whether every operation since the last onChange only moved the selection (a click, an arrow
  // key): then a caret inside a placeholder was put there, not left there by an edit.
  let movedOnly = true;

  editor.apply = (op) => {
    if (op.type !== 'set_selection') movedOnly = false;
    apply(op);
    const replaced = replacements.get(editor);
    if (replaced && (op.type !== 'set_selection' || !caretAt(editor, replaced.at))) replacements.delete(editor);
  };

  editor.onChange = (options) => {
    const selectionOnly = movedOnly;
    movedOnly = true;
    onChange(options);
    if (selectionOnly && options?.operation?.type === 'set_selection' && !pointerDown.has(editor)) selectPlaceholderAtCaret(editor);
  };

  // The caret may still be inside when a key follows a click within slate-react's 100 ms
  // selection throttle (the onChange above has not run yet): the placeholder is selected first.
  editor.insertText = (text, options) => {
    if (!options?.at) selectPlaceholderAtCaret(editor);
    asPartOfReplacement(editor, () => insertText(text, options));
  };

  editor.insertData = (data) => {
    selectPlaceholderAtCaret(editor);
    asPartOfReplacement(editor, () => insertData(data));
  };

  editor.deleteBackward = (unit) => {
    if (unit === 'character' && (selectPlaceholderAtCaret(editor) || selectPlaceholderBeside(editor, 'before'))) return;
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    if (unit === 'character' && (selectPlaceholderAtCaret(editor) || selectPlaceholderBeside(editor, 'after'))) return;
    deleteForward(unit);
  };

  editor.deleteFragment = (options) => {
    const whole = isWholePlaceholder(editor, editor.selection);
    deleteFragment(options);
    const { selection } = editor;
    const batch = editor.history.undos[editor.history.undos.length - 1];
    if (whole && selection && Range.isCollapsed(selection) && batch) replacements.set(editor, { at: selection.anchor, batch });
  };

  return editor;
}

/** Editors the mouse button is down in: a drag that starts inside a placeholder selects what it drags over. */
const pointerDown = new WeakSet<GongwenEditor>();

/**
 * Holds the unit selection back while the mouse button is down in the editable `root`, and applies
 * it when the button comes up: a click inside a placeholder selects it, a drag selects as dragged
 * (changing the selection under a dragging pointer would lose the drag).
 */
export function holdWhilePointerDown(editor: GongwenEditor, root: HTMLElement): () => void {
  const down = (event: globalThis.MouseEvent) => {
    if (event.button === 0) pointerDown.add(editor);
  };
  const up = () => {
    if (!pointerDown.delete(editor)) return;
    selectPlaceholderAtCaret(editor);
  };
  root.addEventListener('mousedown', down);
  window.addEventListener('mouseup', up);
  return () => {
    root.removeEventListener('mousedown', down);
    window.removeEventListener('mouseup', up);
    pointerDown.delete(editor);
  };
}

/** A placeholder just removed as a whole (its selection deleted): where, and the undo step that removed it. */
interface Replacement {
  at: Point;
  batch: History['undos'][number];
}

const replacements = new WeakMap<GongwenEditor, Replacement>();

/**
 * Runs what replaces a placeholder (typed text, an IME commit, a paste), on a selected placeholder
 * or where one was just removed whole, so that the removal and the replacement are one undo step.
 * An IME removes the selection at compositionstart and commits later, and a paste starts an undo
 * step of its own: either would otherwise take two Ctrl+Z to bring the placeholder back.
 */
function asPartOfReplacement(editor: GongwenEditor, fn: () => void): void {
  const { undos } = editor.history;
  const replaced = replacements.get(editor);
  let first: number;
  if (replaced && caretAt(editor, replaced.at)) first = undos.indexOf(replaced.batch);
  else if (isWholePlaceholder(editor, editor.selection)) first = undos.length;
  else first = -1;
  replacements.delete(editor);
  // The undo stack is capped (slate-history keeps 100): find the first step again by identity.
  const step = undos[first];
  fn();
  if (first < 0) return;
  const at = step ? undos.indexOf(step) : first;
  const batch = undos[at];
  if (!batch) return;
  for (const later of undos.splice(at + 1)) batch.operations.push(...later.operations);
}

function caretAt(editor: GongwenEditor, point: Point): boolean {
  const { selection } = editor;
  return !!selection && Range.isCollapsed(selection) && Point.equals(selection.anchor, point);
}

/** The placeholders of the text node at `path`, as ranges; none in a 参考 note. */
function placeholderRanges(editor: GongwenEditor, path: Path): BaseRange[] {
  if (path.length !== 2) return [];
  const block = blockAt(editor, path[0]!);
  const node = block?.children[path[1]!];
  if (!block || block.type === 'note' || !Text.isText(node)) return [];
  return findPlaceholders(node.text).map((span) => ({ anchor: { path, offset: span.start }, focus: { path, offset: span.end } }));
}

/** Selects the placeholder a collapsed caret stands strictly inside of; whether there was one. */
export function selectPlaceholderAtCaret(editor: GongwenEditor): boolean {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return false;
  const { path, offset } = selection.anchor;
  const range = placeholderRanges(editor, path).find((r) => r.anchor.offset < offset && offset < r.focus.offset);
  if (!range) return false;
  Transforms.select(editor, range);
  return true;
}

/**
 * Selects the placeholder of more than one character that ends at the caret ('before') or starts
 * there ('after'); a one-character placeholder (x, a stray 】) is deleted at once, which is whole.
 */
function selectPlaceholderBeside(editor: GongwenEditor, side: 'before' | 'after'): boolean {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return false;
  const { path, offset } = selection.anchor;
  const range = placeholderRanges(editor, path).find((r) => r.focus.offset - r.anchor.offset > 1 && (side === 'before' ? r.focus.offset : r.anchor.offset) === offset);
  if (!range) return false;
  Transforms.select(editor, range);
  return true;
}

function isWholePlaceholder(editor: GongwenEditor, selection: BaseRange | null): boolean {
  if (!selection || Range.isCollapsed(selection)) return false;
  const [start, end] = Range.edges(selection);
  if (!Path.equals(start.path, end.path)) return false;
  return placeholderRanges(editor, start.path).some((r) => r.anchor.offset === start.offset && r.focus.offset === end.offset);
}

/**
 * A double-click selects the placeholder it lands on whole (the browser's word selection takes
 * one character of 【 】, or the word next to it). The character hit is the one drawn under the
 * pointer, on either side of the caret position the click resolves to.
 */
export function selectPlaceholderOnDoubleClick(editor: GongwenEditor, event: MouseEvent<HTMLElement>): void {
  const caret = ReactEditor.findEventRange(editor, event);
  if (!caret || !Range.isCollapsed(caret)) return;
  const { path, offset } = caret.anchor;
  if (!Editor.hasPath(editor, path)) return;
  const hit = [offset - 1, offset].find((i) => i >= 0 && drawnAt(editor, { path, offset: i }, event.clientX, event.clientY));
  if (hit === undefined) return;
  const range = placeholderRanges(editor, path).find((r) => r.anchor.offset <= hit && hit < r.focus.offset);
  if (range) Transforms.select(editor, range);
}

/** Whether the character after `point` is drawn under (x, y). */
function drawnAt(editor: GongwenEditor, point: Point, x: number, y: number): boolean {
  const node = Editor.node(editor, point.path)[0];
  if (!Text.isText(node) || point.offset >= node.text.length) return false;
  try {
    const rect = ReactEditor.toDOMRange(editor, { anchor: point, focus: { path: point.path, offset: point.offset + 1 } }).getBoundingClientRect();
    return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  } catch {
    return false;
  }
}
