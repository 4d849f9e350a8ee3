import { annexZoneStart } from './annex-zone.ts';
import { isHeading, type Block, type HeadingBlock } from './model.ts';

/** Half-open index range [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Blocks that close the document (附件说明, signature, date) are not part of the last section's
 * body: moving or demoting that section must leave them at the end. Nor are the attachments (附件)
 * printed after them, from the first annex on.
 */
function isClosing(block: Block): boolean {
  return block.type === 'attachment' || block.type === 'signature' || block.type === 'date' || block.type === 'annex';
}

/**
 * An attachment's title (annex-zone.ts) bounds the outline like the closing run: no section runs
 * across it, and a heading after it is not a sibling or a child of one before it.
 */
function isBoundary(block: Block): boolean {
  return block.type === 'annex' || isClosing(block);
}

/**
 * The heading at `index` with everything under it: up to the next heading of the same or a higher
 * level, the closing run or the next attachment.
 */
export function sectionSpan(blocks: readonly Block[], index: number): Span {
  const head = blocks[index];
  if (!isHeading(head)) return { start: index, end: index + 1 };
  let end = index + 1;
  while (end < blocks.length) {
    const block = blocks[end]!;
    if (isBoundary(block)) break;
    if (isHeading(block) && block.level <= head.level) break;
    end++;
  }
  return { start: index, end };
}

/** Index of the nearest heading at or before `index` in the same part (the body, or one attachment), or -1. */
export function headingAtOrBefore(blocks: readonly Block[], index: number): number {
  for (let i = Math.min(index, blocks.length - 1); i >= 0; i--) {
    const block = blocks[i]!;
    if (isHeading(block)) return i;
    if (block.type === 'annex') return -1;
  }
  return -1;
}

/** Index of the nearest heading before `index`, or -1. */
export function previousHeading(blocks: readonly Block[], index: number): number {
  return headingAtOrBefore(blocks, index - 1);
}

/** Index of the first heading after `index` in the same part (the body, or one attachment), or -1. */
export function nextHeading(blocks: readonly Block[], index: number): number {
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (isHeading(block)) return i;
    if (block.type === 'annex') return -1;
  }
  return -1;
}

/** The previous heading of the same level under the same parent, or -1. */
export function previousSibling(blocks: readonly Block[], index: number): number {
  const head = blocks[index] as HeadingBlock;
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.type === 'annex') return -1;
    if (!isHeading(block)) continue;
    if (block.level === head.level) return i;
    if (block.level < head.level) return -1;
  }
  return -1;
}

/** The next heading of the same level under the same parent, or -1. */
export function nextSibling(blocks: readonly Block[], index: number): number {
  const head = blocks[index] as HeadingBlock;
  const { end } = sectionSpan(blocks, index);
  const block = blocks[end];
  return isHeading(block) && block.level === head.level ? end : -1;
}

/** Deepest heading level within a span, 0 when it holds no heading. */
export function deepestLevel(blocks: readonly Block[], span: Span): number {
  let deepest = 0;
  for (let i = span.start; i < span.end; i++) {
    const block = blocks[i]!;
    if (isHeading(block) && block.level > deepest) deepest = block.level;
  }
  return deepest;
}

/** Where the closing run (附件说明, signature, date) at the end of the body starts (before any attachment). */
export function closingStart(blocks: readonly Block[]): number {
  let i = annexZoneStart(blocks);
  while (i > 0 && isClosing(blocks[i - 1]!)) i--;
  return i;
}

/**
 * Where 附件说明 takes a new name: after its last name, or, without one, after the body text and
 * before 署名 and 成文日期 (GB/T 9704 7.3.4–7.3.5). Never in place of the text being written.
 */
export function newAttachmentAt(blocks: readonly Block[]): number {
  const bodyEnd = annexZoneStart(blocks);
  let lastHeading = -1;
  for (let i = bodyEnd - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.type === 'attachment') return i + 1;
    if (lastHeading < 0 && isHeading(block)) lastHeading = i;
  }
  for (let i = Math.max(lastHeading, 0); i < bodyEnd; i++) {
    const type = blocks[i]!.type;
    if (type === 'signature' || type === 'date') return i;
  }
  return bodyEnd;
}
