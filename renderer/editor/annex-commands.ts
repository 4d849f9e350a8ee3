import { Editor, Transforms } from 'slate';
import { planAddAnnex, planRemoveAnnex } from '../../core/annex-commands.ts';
import { annexSpans } from '../../core/annex-zone.ts';
import { asUndoStep } from './block-transforms.ts';
import { blocksOf } from './blocks.ts';
import type { EditorCommands } from './editor-contract.ts';
import type { GongwenEditor } from './slate-types.ts';
import { rewriteAttachmentList } from './with-annex-list.ts';

interface Helpers {
  /** The block holding the caret, or -1 (after telling the clerk). */
  current(): number;
  focusText(index: number, start?: number, end?: number): void;
}

/**
 * 添加附件 / 删除附件 and 检查's rewrite of the 附件说明, each one undo step; core plans them
 * (core/annex-commands.ts) and the 附件说明 follows by with-annex-list.ts, in the same step.
 */
export function annexCommands(editor: GongwenEditor, { current, focusText }: Helpers): Pick<EditorCommands, 'addAnnex' | 'removeAnnex' | 'rewriteAttachmentList'> {
  const notify = (message: string, undoable = false) => editor.gongwen.notify(message, undoable ? { label: '撤销', run: () => editor.undo() } : undefined);
  return {
    addAnnex() {
      const blocks = blocksOf(editor);
      const plan = planAddAnnex(blocks);
      const k = annexSpans(blocks).length;
      asUndoStep(editor, () => Transforms.insertNodes(editor, structuredClone(plan.blocks), { at: [plan.at], select: false }));
      // The 附件说明 may have gained a line above it in the same step: the new title is the k-th.
      const at = annexSpans(blocksOf(editor))[k]?.start ?? plan.at;
      // The placeholder title selected whole: typing replaces it.
      focusText(at, 0, plan.title.length);
      notify(`已添加${plan.label}：请填写附件标题和内容，附件说明随之更新`);
    },

    removeAnnex() {
      const at = current();
      if (at < 0) return;
      const plan = planRemoveAnnex(blocksOf(editor), at);
      if (!plan.ok) return notify(plan.reason);
      const { start, end } = plan.span;
      asUndoStep(editor, () => {
        Transforms.select(editor, Editor.end(editor, [start - 1]));
        for (let i = end - 1; i >= start; i--) Transforms.removeNodes(editor, { at: [i] });
      });
      const parts = end - start - 1;
      notify(`已删除${plan.label}「${plan.title || '未填写标题'}」${parts > 0 ? `及其内容 ${parts} 段` : ''}，附件说明随之更新`, true);
    },

    rewriteAttachmentList(names) {
      asUndoStep(editor, () => rewriteAttachmentList(editor, names));
    },
  };
}
