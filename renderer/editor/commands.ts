import { Editor, Transforms, type Point } from 'slate';
import { ReactEditor } from 'slate-react';
import { isHeading, textBlock, type Block, type HeadingLevel } from '../../core/model.ts';
import { newAttachmentAt } from '../../core/outline.ts';
import { planMove, planSetLevel, planShift } from '../../core/structure.ts';
import { moveSpan } from './apply-fix.ts';
import { asUndoStep, setBodyText, setHeading } from './block-transforms.ts';
import { blocksOf, selectedBlockIndex, blockAt } from './blocks.ts';
import type { GongwenEditor } from './slate-types.ts';
import type { EditorCommands, TextSpan } from './editor-contract.ts';
import { toggleRunIn } from './run-in.ts';
import { annexCommands } from './annex-commands.ts';
import { syncSelectionFromDom } from './dom-selection.ts';
import { withBanner, withColophon } from '../../core/banner-fields.ts';
import { documentMeta, setDocumentMeta } from './document-meta.ts';
import { canEditTable, editTable, insertTable } from './table-commands.ts';
import { tablePointAt } from './table-place.ts';

const cache = new WeakMap<GongwenEditor, EditorCommands>();
/** The CSS Custom Highlight the find bar's current match is painted with (::highlight(gw-find)). */
const FIND_HIGHLIGHT = 'gw-find';

/**
 * The structural commands (toolbar, menus, key bindings). Each asks core for a plan first and
 * either applies it as one undo step or reports core's refusal through options.notify.
 */
export function editorCommands(editor: GongwenEditor): EditorCommands {
  let commands = cache.get(editor);
  if (!commands) {
    commands = createCommands(editor);
    cache.set(editor, commands);
  }
  return commands;
}

function createCommands(editor: GongwenEditor): EditorCommands {
  const notify = (message: string) => editor.gongwen.notify(message);
  const current = (): number => {
    // A toolbar click or menu command within 100 ms of a caret move must act where the caret is now.
    syncSelectionFromDom(editor);
    const at = selectedBlockIndex(editor);
    if (at < 0) notify('请先把光标放在要操作的段落中');
    return at;
  };

  const focusText = (index: number, start?: number, end?: number): void => {
    const block = blockAt(editor, index);
    if (!block) return;
    const anchor = start === undefined ? Editor.start(editor, [index]) : pointAt(block, index, start);
    const focus = end === undefined ? anchor : pointAt(block, index, end);
    Transforms.select(editor, { anchor, focus });
    ReactEditor.focus(editor);
    try {
      ReactEditor.toDOMNode(editor, block).scrollIntoView({ block: 'center' });
    } catch {
      // Not rendered (yet): the editable scrolls the selection into view itself on render.
    }
  };

  const replaceSpans = (edits: readonly (TextSpan & { text: string })[]): void => {
    if (edits.length === 0) return;
    asUndoStep(editor, () => {
      // From the end, so earlier offsets stay valid.
      for (let i = edits.length - 1; i >= 0; i--) {
        const edit = edits[i]!;
        const block = blockAt(editor, edit.block);
        if (!block) continue;
        Transforms.insertText(editor, edit.text, { at: { anchor: pointAt(block, edit.block, edit.start), focus: pointAt(block, edit.block, edit.end) } });
      }
    });
  };

  return {
    ...annexCommands(editor, { current, focusText }),

    setLevel(level: 0 | HeadingLevel) {
      const at = current();
      if (at < 0) return;
      const plan = planSetLevel(blocksOf(editor), at, level);
      if (!plan.ok) return notify(plan.reason);
      asUndoStep(editor, () => (level === 0 ? setBodyText(editor, at) : setHeading(editor, at, level)));
    },

    shift(delta: 1 | -1) {
      const at = current();
      if (at < 0) return;
      const plan = planShift(blocksOf(editor), at, delta);
      if (!plan.ok) return notify(plan.reason);
      asUndoStep(editor, () => {
        for (let i = plan.span.start; i < plan.span.end; i++) {
          const block = blockAt(editor, i);
          if (isHeading(block)) setHeading(editor, i, (block.level + delta) as HeadingLevel);
        }
      });
    },

    moveSection(direction: -1 | 1) {
      const at = current();
      if (at < 0) return;
      const plan = planMove(blocksOf(editor), at, direction);
      if (!plan.ok) return notify(plan.reason);
      asUndoStep(editor, () => moveSpan(editor, plan.span, plan.to));
    },

    addAttachment() {
      // A new, empty name in its place whatever the caret is in: the paragraph being written
      // stays what it is.
      const at = newAttachmentAt(blocksOf(editor));
      asUndoStep(editor, () => Transforms.insertNodes(editor, textBlock('attachment'), { at: [at], select: false }));
      focusText(at);
    },

    toggleRunIn() {
      const at = current();
      if (at < 0) return;
      toggleRunIn(editor, at);
    },

    toggleBanner() {
      const meta = documentMeta(editor);
      setDocumentMeta(editor, withBanner(meta, !meta.banner));
      notify(meta.banner ? '已删除版头（可撤销）' : '已添加版头：请填写发文字号和签发人');
    },

    toggleColophon() {
      const meta = documentMeta(editor);
      setDocumentMeta(editor, withColophon(meta, !meta.colophon));
      notify(meta.colophon ? '已删除版记（可撤销）' : '已添加版记：请填写抄送机关和印发日期');
    },

    insertTable(rows, columns) {
      syncSelectionFromDom(editor);
      insertTable(editor, rows, columns);
      ReactEditor.focus(editor);
    },

    editTable(edit) {
      syncSelectionFromDom(editor);
      editTable(editor, edit);
    },

    canEditTable(edit) {
      // Asked as a menu opens (an event, never a render): the selection the clerk sees is the one judged.
      syncSelectionFromDom(editor);
      return canEditTable(editor, edit);
    },

    undo() {
      editor.undo();
    },

    redo() {
      editor.redo();
    },

    focusBlock(index: number) {
      focusText(index);
    },

    focusText,

    highlightText(span) {
      const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
      highlights?.delete(FIND_HIGHLIGHT);
      if (!span) return;
      const block = blockAt(editor, span.block);
      if (!block) return;
      try {
        const range = ReactEditor.toDOMRange(editor, { anchor: pointAt(block, span.block, span.start), focus: pointAt(block, span.block, span.end) });
        if (highlights && typeof Highlight === 'function') highlights.set(FIND_HIGHLIGHT, new Highlight(range));
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      } catch {
        // The block is not rendered: nothing to mark.
      }
    },

    replaceText(spans, text) {
      replaceSpans(spans.map((span) => ({ ...span, text })));
    },

    replaceSpans,
  };
}

/** The point `offset` characters into block `index` (clamped to its text). */
function pointAt(block: Block, index: number, offset: number): Point {
  // A table's text is its cells' (blockText): the offset is counted through them.
  if (block.type === 'table') return tablePointAt(block, index, offset);
  let rest = Math.max(0, offset);
  for (let i = 0; i < block.children.length; i++) {
    const length = block.children[i]!.text.length;
    if (rest <= length || i === block.children.length - 1) return { path: [index, i], offset: Math.min(rest, length) };
    rest -= length;
  }
  return { path: [index, 0], offset: 0 };
}
