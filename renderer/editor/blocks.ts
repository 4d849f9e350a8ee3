import { Editor, Range } from 'slate';
import type { Block } from '../../core/model.ts';
import type { NormalizeContext } from '../../core/normalize.ts';
import { quoteBlock } from '../../core/quote-block.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * The editor's value as the document's blocks: the core block array itself. Slate types the
 * root's children as Descendant (element or text), but the model is flat and the editor's
 * normalizer keeps every root child a Block (slate-types.ts), so the cast states an invariant
 * rather than guessing. The one place it is made; a selector (useSlateSelector(blocksOf)) too.
 */
export function blocksOf(editor: Editor): Block[] {
  return editor.children as Block[];
}

export function blockAt(editor: Editor, index: number): Block | undefined {
  return blocksOf(editor)[index];
}

/** Index of the top-level block holding the start of the selection, or -1. */
export function selectedBlockIndex(editor: GongwenEditor): number {
  const { selection } = editor;
  if (!selection) return -1;
  return Range.start(selection).path[0] ?? -1;
}

export function normalizeContext(editor: GongwenEditor): NormalizeContext {
  const { template, meta } = editor.gongwen.getContext();
  return { template, meta };
}

export function requiredDeleteRefusal(block: Block): string {
  return `${quoteBlock(block)}是模板规定的必需章节，不能删除`;
}

/** Whether a collapsed point sits at the very start of top-level block `index`. */
export function isAtBlockStart(editor: GongwenEditor, index: number): boolean {
  const { selection } = editor;
  return !!selection && Range.isCollapsed(selection) && selection.anchor.path[0] === index && Editor.isStart(editor, selection.anchor, [index]);
}

export function isAtBlockEnd(editor: GongwenEditor, index: number): boolean {
  const { selection } = editor;
  return !!selection && Range.isCollapsed(selection) && selection.anchor.path[0] === index && Editor.isEnd(editor, selection.anchor, [index]);
}
