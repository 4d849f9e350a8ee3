import { blockText, type Block } from './model.ts';
import { splitRunIn } from './run-in.ts';

/**
 * What Backspace at the start of `second` (or Delete at the end of `first`, the block right
 * before it) does at that boundary:
 * - `join`: `second`'s text is appended to `first`, which keeps its kind;
 * - `removeFirst` / `removeSecond`: that block is an empty body paragraph and goes away;
 * - `moveCaret`: nothing changes, the caret only crosses the boundary.
 */
export type JoinPlan = 'join' | 'removeFirst' | 'removeSecond' | 'moveCaret';

/**
 * Joining keeps `first`'s kind and appends `second`'s text, so it may only happen where no text
 * changes kind: body text never becomes a heading, a title, a signature or a 参考 note, nor the
 * other way round (Word would do either silently). Where it may not, the caret only moves across
 * the boundary and nothing changes.
 *
 * - two body paragraphs, two 参考 notes, two 附件说明 names: joined, as in any word processor;
 * - an empty body paragraph on either side: it goes away, and the other block keeps its kind;
 * - body text after a run-in heading (（一）标题句。正文…) whose heading sentence is complete:
 *   joined into the run-in's body, where it stays body text;
 * - two headings: not joined. The second heading's text would silently take the first one's
 *   level and its subheadings would change parent; Backspace at the start of a heading instead
 *   first makes it body text (delete-guards.ts), which the clerk sees, and a second Backspace
 *   then only joins it to body text before it.
 */
export function planJoin(first: Block, second: Block): JoinPlan {
  if (first.type === 'title' || second.type === 'title') return 'moveCaret';
  // The empty one is removed by name: Slate's merge would remove an empty `first` of any kind
  // (an empty signature or heading) instead of the empty paragraph after it.
  if (isEmptyBody(second)) return 'removeSecond';
  if (isEmptyBody(first)) return 'removeFirst';
  if (first.type === second.type) return first.type === 'paragraph' || first.type === 'note' || first.type === 'attachment' ? 'join' : 'moveCaret';
  if (first.type === 'heading' && first.runIn === true && second.type === 'paragraph' && splitRunIn(blockText(first)).heading.endsWith('。')) return 'join';
  return 'moveCaret';
}

function isEmptyBody(block: Block): boolean {
  return block.type === 'paragraph' && blockText(block) === '';
}
