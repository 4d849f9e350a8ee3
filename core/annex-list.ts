import { annexTitles } from './annex-zone.ts';
import { blockText, textBlock, type Block } from './model.ts';
import { newAttachmentAt } from './outline.ts';

/**
 * The 附件说明 (its 'attachment' lines, GB/T 9704 7.3.4) kept in step with the attachments
 * themselves (the 'annex' titles, §8: "附件顺序号和附件标题应当与附件说明的表述一致"). Line k names
 * attachment k; 附件：1. 2. are derived labels (numbering.ts), so in step means the same titles in
 * the same order.
 *
 * The editor keeps them in step as the clerk adds, removes, renames or reorders attachments, in the
 * same undo step, only where they were in step before: a list the clerk wrote differently is never
 * rewritten behind their back; 检查 reports it (annex-list-mismatch) with the correction.
 */

/** The titles of the attachments and the names in the 附件说明, in order, trimmed. */
export interface ListState {
  titles: string[];
  lines: string[];
}

export function listState(blocks: readonly Block[]): ListState {
  return { titles: annexTitles(blocks), lines: blocks.flatMap((b) => (b.type === 'attachment' ? [blockText(b).trim()] : [])) };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((text, i) => text === b[i]);

/** Whether the 附件说明 names the attachments as they are. */
export function inStep(state: ListState): boolean {
  return same(state.titles, state.lines);
}

/**
 * The names the 附件说明 should now hold after a change from `before` to `after`, or null to leave
 * it as it is: nothing changed in the attachments; the same change edited the list itself (the
 * clerk typing in it, an undo restoring both); or the list did not name the attachments before.
 * A list that was partly in step still follows the rename of one attachment it named as it was.
 */
export function followAnnexes(before: ListState, after: ListState): string[] | null {
  if (!same(before.lines, after.lines) || same(before.titles, after.titles)) return null;
  if (inStep(before)) return after.titles;
  // Otherwise only one attachment renamed (not a reorder), whose line named it as it was.
  if (before.titles.length !== after.titles.length) return null;
  const changed = before.titles.flatMap((title, k) => (title !== after.titles[k] ? [k] : []));
  const k = changed[0]!;
  if (changed.length !== 1 || before.lines[k] !== before.titles[k]) return null;
  return before.lines.map((line, i) => (i === k ? after.titles[k]! : line));
}

/** One edit of the 附件说明: the block at `at` gets `text`, a new line is inserted at `at`, or the line at `at` goes. */
export type ListEdit = { kind: 'set'; at: number; text: string } | { kind: 'insert'; at: number; block: Block } | { kind: 'remove'; at: number };

/**
 * The edits that make the 附件说明 read `names`, touching no other block: lines that already read
 * right are left alone, the k-th line is rewritten where it differs, missing lines are added after
 * the last one (or where a 附件说明 goes), surplus lines removed. In the order to apply them (the
 * indices of each hold once the ones before it are applied).
 */
export function listEdits(blocks: readonly Block[], names: readonly string[]): ListEdit[] {
  const at = blocks.flatMap((b, i) => (b.type === 'attachment' ? [i] : []));
  const edits: ListEdit[] = [];
  for (let k = 0; k < Math.min(at.length, names.length); k++) {
    if (blockText(blocks[at[k]!]!).trim() !== names[k]) edits.push({ kind: 'set', at: at[k]!, text: names[k]! });
  }
  // Surplus lines, from the last, so the earlier indices hold.
  for (let k = at.length - 1; k >= names.length; k--) edits.push({ kind: 'remove', at: at[k]! });
  const insertAt = at.length > 0 ? at.at(-1)! + 1 : newAttachmentAt(blocks);
  for (let k = at.length; k < names.length; k++) edits.push({ kind: 'insert', at: insertAt + (k - at.length), block: textBlock('attachment', names[k]!) });
  return edits;
}

/** The blocks with the edits applied (what the editor's operations do, for tests and the command line). */
export function applyListEdits(blocks: readonly Block[], edits: readonly ListEdit[]): Block[] {
  const next = blocks.slice();
  for (const edit of edits) {
    if (edit.kind === 'set') next[edit.at] = { ...next[edit.at]!, children: [{ text: edit.text }] } as Block;
    else if (edit.kind === 'insert') next.splice(edit.at, 0, edit.block);
    else next.splice(edit.at, 1);
  }
  return next;
}
