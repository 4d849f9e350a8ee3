import { findPlaceholders } from './placeholder.ts';
import { blockText, type Block } from './model.ts';

export interface OpenPlaceholder {
  block: number;
  start: number;
  end: number;
  /** The placeholder as written, e.g. x.xx. */
  text: string;
  /** The placeholder with a few characters around it, e.g. 「…资金x.xx亿元，实…」. */
  context: string;
}

const AROUND = 8;

/** Every unfilled placeholder of the report's text, in order (参考 notes aside). */
export function openPlaceholders(blocks: readonly Block[]): OpenPlaceholder[] {
  const found: OpenPlaceholder[] = [];
  blocks.forEach((block, index) => {
    if (block.type === 'note') return;
    const text = blockText(block);
    for (const span of findPlaceholders(text)) {
      const from = Math.max(0, span.start - AROUND);
      const to = Math.min(text.length, span.end + AROUND);
      found.push({ block: index, start: span.start, end: span.end, text: span.text, context: `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}` });
    }
  });
  return found;
}
