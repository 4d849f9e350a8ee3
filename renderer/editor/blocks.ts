import { Editor, Range } from 'slate';
import { blockText, type Block } from '../../core/model.ts';
import type { NormalizeContext } from '../../core/normalize.ts';
import type { GongwenEditor } from './slate-types.ts';

/** The document's blocks: the editor's value is the core block array itself. */
export function blocksOf(editor: GongwenEditor): readonly Block[] {
  // Elements are Blocks (slate-types.ts); only Descendant's Text arm is excluded at the top level.
  return editor.children as Block[];
}

export function blockAt(editor: GongwenEditor, index: number): Block | undefined {
  return (editor.children as Block[])[index];
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

/** 「heading text」, shortened the way core quotes blocks in its refusals. */
export function quoteBlock(block: Block): string {
  const text = blockText(block).trim();
  return `「${text.length > 12 ? text.slice(0, 12) + '…' : text || '（空标题）'}」`;
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
