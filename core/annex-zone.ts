import { blockText, isHeading, type Block } from './model.ts';
import type { Span } from './outline.ts';

/**
 * Where attachments (附件, GB/T 9704-2012 §8) stand: the one home of the placement rules. The
 * document is front and body, then the closing run (附件说明, 署名, 成文日期), then the annex zone:
 * each attachment's title (an 'annex' block) followed by its content up to the next title. An
 * attachment's headings belong to it, not to the body: they are numbered afresh in each one
 * (numbering.ts), no section moves, demotes or grows across a title (outline.ts), and a required
 * section of the template is never one of them.
 */

/** The blocks that close the body: an annex may stand only after the last of them. */
const CLOSING = new Set<Block['type']>(['attachment', 'signature', 'date']);

/** Index of the first annex title, or blocks.length: the body (with its closing) is everything before. */
export function annexZoneStart(blocks: readonly Block[]): number {
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.type === 'annex') return i;
  return blocks.length;
}

/** Each attachment: its title's index and the end of its content (the next title or the end). */
export function annexSpans(blocks: readonly Block[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.type !== 'annex') continue;
    const last = spans.at(-1);
    if (last) last.end = i;
    spans.push({ start: i, end: blocks.length });
  }
  return spans;
}

/** The titles of the attachments, in order, as written (trimmed). */
export function annexTitles(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'annex' ? [blockText(block).trim()] : []));
}

/** Whether the block at `index` is an attachment's title or content. */
export function inAnnex(blocks: readonly Block[], index: number): boolean {
  return index >= annexZoneStart(blocks);
}

/** Where a new attachment goes: after the last one's content, i.e. at the end (after the 成文日期). */
export function newAnnexAt(blocks: readonly Block[]): number {
  return blocks.length;
}

/** The last closing block's index (附件说明, 署名, 成文日期), or -1. */
function lastClosing(blocks: readonly Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) if (CLOSING.has(blocks[i]!.type)) return i;
  return -1;
}

export interface AnnexFix {
  at: number;
  /** The annex title before the closing run becomes body text; a required heading in an attachment stops being one. */
  change: 'annex-to-paragraph' | 'drop-section';
  reason: string;
}

/**
 * The first placement rule broken, or null. An attachment title standing before the 署名 / 成文日期
 * (a pasted fragment, a hand-edited file) becomes body text with its words kept; a required
 * section inside an attachment keeps its text and level but no longer stands for the template's
 * section (the body gets its own back from the normalizer).
 */
export function findAnnexFix(blocks: readonly Block[]): AnnexFix | null {
  const closing = lastClosing(blocks);
  for (let i = 0; i < closing; i++) {
    if (blocks[i]!.type === 'annex') return { at: i, change: 'annex-to-paragraph', reason: '附件只能排在成文日期之后' };
  }
  for (let i = annexZoneStart(blocks); i < blocks.length; i++) {
    const block = blocks[i]!;
    if (isHeading(block) && block.section !== undefined) return { at: i, change: 'drop-section', reason: '附件中的标题不是正文的必需章节' };
  }
  return null;
}
