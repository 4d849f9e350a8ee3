import { Editor, Path, Transforms, type Operation } from 'slate';
import { HistoryEditor } from 'slate-history';
import { followAnnexes, listEdits, listState, type ListEdit, type ListState } from '../../core/annex-list.ts';
import { blockAt, blocksOf } from './blocks.ts';
import type { GongwenEditor } from './slate-types.ts';

/** Blocks whose text, when typed in, may put the 附件说明 out of step with the attachments. */
const LISTED = new Set(['annex', 'attachment']);

/**
 * The 附件说明 follows the attachments (core/annex-list.ts): an attachment added, removed,
 * renamed or reordered rewrites the list's lines in the same change, hence the same undo step,
 * where the clerk sees them change (and the status line says so); only where the list named the
 * attachments as they were. An undo or redo restores both as they were together, so the list is
 * never touched then.
 */
export function withAnnexList(editor: GongwenEditor): GongwenEditor {
  const { apply, normalizeNode } = editor;
  // The titles and names as the list last followed them; taken before the first change.
  let before: ListState | null = null;
  let mayHaveChanged = false;
  // The typing in a title that the list last followed: the next keystroke continues its undo step.
  let lastTitleText: Operation | null = null;
  let continues: Operation | null = null;

  editor.apply = (operation) => {
    if (continues && continuesTyping(operation, continues) && HistoryEditor.isSaving(editor) !== false) {
      // slate-history would start a new step (the list's edit came last); typing a title is one.
      continues = null;
      HistoryEditor.withMerging(editor, () => editor.apply(operation));
      return;
    }
    if (operation.type !== 'set_selection') {
      continues = null;
      lastTitleText = (operation.type === 'insert_text' || operation.type === 'remove_text') && blockAt(editor, operation.path[0]!)?.type === 'annex' ? operation : null;
      before ??= listState(blocksOf(editor));
      const text = operation.type === 'insert_text' || operation.type === 'remove_text';
      // Typing elsewhere (the body, a table cell) cannot touch the list or a title: O(1) per keystroke.
      if (!text || (operation.path.length === 2 && LISTED.has(blockAt(editor, operation.path[0]!)?.type ?? ''))) mayHaveChanged = true;
    }
    apply(operation);
  };

  editor.normalizeNode = (entry, options) => {
    if (entry[1].length !== 0 || !mayHaveChanged || !before) {
      normalizeNode(entry, options);
      return;
    }
    const count = editor.operations.length;
    normalizeNode(entry, options);
    // The outline rules made a repair: the root is normalized again once they hold.
    if (editor.operations.length !== count) return;
    mayHaveChanged = false;
    const after = listState(blocksOf(editor));
    const names = HistoryEditor.isSaving(editor) === false ? null : followAnnexes(before, after);
    before = names ? { titles: after.titles, lines: names } : after;
    if (!names) return;
    const edits = listEdits(blocksOf(editor), names);
    const typed = lastTitleText;
    Editor.withoutNormalizing(editor, () => edits.forEach((edit) => applyEdit(editor, edit)));
    continues = typed;
    editor.gongwen.notify('附件说明已随附件更新（可撤销）');
  };

  return editor;
}

/** slate-history's own test: the next character typed (or deleted) right after the last one. */
function continuesTyping(operation: Operation, last: Operation): boolean {
  if (operation.type === 'insert_text' && last.type === 'insert_text') return Path.equals(operation.path, last.path) && operation.offset === last.offset + last.text.length;
  if (operation.type === 'remove_text' && last.type === 'remove_text') return Path.equals(operation.path, last.path) && operation.offset + operation.text.length === last.offset;
  return false;
}

function applyEdit(editor: GongwenEditor, edit: ListEdit): void {
  switch (edit.kind) {
    case 'set':
      // select: false, or Slate moves the caret into the line (the clerk is typing in the title).
      Transforms.insertText(editor, edit.text, { at: Editor.range(editor, [edit.at]), select: false });
      return;
    case 'insert':
      Transforms.insertNodes(editor, structuredClone(edit.block), { at: [edit.at], select: false });
      return;
    case 'remove':
      Transforms.removeNodes(editor, { at: [edit.at] });
      return;
  }
}

/** The 附件说明 rewritten to read `names` (检查's 改正), as Slate operations; the caller makes them one undo step. */
export function rewriteAttachmentList(editor: GongwenEditor, names: readonly string[]): void {
  const edits = listEdits(blocksOf(editor), names);
  Editor.withoutNormalizing(editor, () => edits.forEach((edit) => applyEdit(editor, edit)));
}
