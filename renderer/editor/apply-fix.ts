import { Editor, Transforms } from 'slate';
import type { Fix } from '../../core/normalize.ts';
import type { Span } from '../../core/outline.ts';
import { blockText, type Block } from '../../core/model.ts';
import type { GongwenEditor } from './slate-types.ts';
import { blockAt } from './blocks.ts';

/**
 * Moves blocks [span.start, span.end) so that they stand before the block now at index `to`,
 * in order — the same meaning core's applyFix gives a `move` fix.
 */
export function moveSpan(editor: GongwenEditor, span: Span, to: number): void {
  if (to >= span.start && to <= span.end) return;
  // Two neighbouring runs of blocks trade places. Either run may be the one moved: the result is
  // the same, the caret stays in its block, but the browser lays out moved blocks afresh (and
  // re-creates those that cross a render chunk), so the run with less text moves.
  const [first, second] = to < span.start ? [{ start: to, end: span.start }, span] : [span, { start: span.end, end: to }];
  Editor.withoutNormalizing(editor, () => {
    if (textLength(editor, second) <= textLength(editor, first)) moveBefore(editor, second, first.start);
    else moveAfter(editor, first, second.end);
  });
}

function textLength(editor: GongwenEditor, span: Span): number {
  let length = 0;
  for (let i = span.start; i < span.end; i++) length += blockText(blockAt(editor, i)!).length;
  return length;
}

/** Blocks `run` to stand before index `to` (< run.start). */
function moveBefore(editor: GongwenEditor, run: Span, to: number): void {
  for (let k = 0; k < run.end - run.start; k++) Transforms.moveNodes(editor, { at: [run.start + k], to: [to + k] });
}

/** Blocks `run` to stand before index `to` (> run.end), that is after the blocks up to it. */
function moveAfter(editor: GongwenEditor, run: Span, to: number): void {
  // The run's first block is always at run.start; Slate's `to` is the block's path after the
  // move, i.e. just before the (shifted) target.
  for (let k = 0; k < run.end - run.start; k++) Transforms.moveNodes(editor, { at: [run.start], to: [to - 1] });
}

/** Removes the first `length` characters of a block's text. */
function trimStart(editor: GongwenEditor, at: number, length: number): void {
  const block = blockAt(editor, at);
  if (!block || block.type === 'table' || length <= 0) return;
  const first = block.children[0];
  if (first && first.text.length >= length) {
    Transforms.delete(editor, { at: { anchor: { path: [at, 0], offset: 0 }, focus: { path: [at, 0], offset: length } } });
    return;
  }
  Transforms.delete(editor, { at: Editor.start(editor, [at]), distance: length, unit: 'character' });
}

/** Applies one core Fix as Slate operations (undoable, incremental). */
export function applyFixToEditor(editor: GongwenEditor, fix: Fix): void {
  switch (fix.kind) {
    case 'insert':
      Transforms.insertNodes(editor, structuredClone(fix.block), { at: [fix.at] });
      return;
    case 'set':
      Editor.withoutNormalizing(editor, () => {
        if (Object.keys(fix.props).length) Transforms.setNodes<Block>(editor, fix.props as Partial<Block>, { at: [fix.at] });
        if (fix.unset.length) Transforms.unsetNodes(editor, fix.unset, { at: [fix.at] });
      });
      return;
    case 'move':
      moveSpan(editor, fix.span, fix.to);
      return;
    case 'trimStart':
      trimStart(editor, fix.at, fix.length);
      return;
    case 'levels':
      Editor.withoutNormalizing(editor, () => {
        for (const { at, level } of fix.changes) Transforms.setNodes<Block>(editor, { level }, { at: [at] });
      });
      return;
  }
}
