import { Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { GongwenEditor } from './slate-types.ts';

/**
 * Brings the model selection up to the caret the user sees, at once.
 *
 * slate-react copies the DOM selection into the model on `selectionchange`, through a 100 ms
 * throttle (Editable's onDOMSelectionChange). It flushes that throttle before a `beforeinput`,
 * but not before a keydown, nor before the plain-text paste it handles in React's onPaste, nor
 * before a copy: a key pressed within 100 ms of ↓ or a click acted on the old position (Ctrl+V
 * appended to the heading the caret had just left). Commands call this first; it reads the DOM
 * selection the way the throttled handler would, so its later run finds nothing to change.
 */
export function syncSelectionFromDom(editor: GongwenEditor): void {
  if (ReactEditor.isComposing(editor)) return;
  let root: HTMLElement;
  try {
    root = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return;
  }
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !root.contains(root.ownerDocument.activeElement)) return;
  if (!ReactEditor.hasEditableTarget(editor, selection.anchorNode) || !ReactEditor.hasTarget(editor, selection.focusNode)) return;
  const range = ReactEditor.toSlateRange(editor, selection, { exactMatch: false, suppressThrow: true });
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
}
