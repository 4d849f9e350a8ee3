import { blockText } from '../model.ts';
import type { AnnexLines } from './annexes.ts';
import { isCaption } from './caption.ts';
import { joinHardBreaks } from './hard-breaks.ts';
import type { RecognisedAnnexBlock } from './recognised.ts';

/**
 * The attachments as blocks: each its title (an annex block) and its content, read as content
 * only — its paragraphs (joined where a PDF broke them mid-sentence), captions and tables. An
 * attachment's 一、 is its own text, not a heading of the report's outline.
 */
export function annexBlocks(annexes: readonly AnnexLines[]): RecognisedAnnexBlock[] {
  const blocks: RecognisedAnnexBlock[] = [];
  for (const annex of annexes) {
    blocks.push({ kind: 'annex', text: annex.title });
    const lines = joinHardBreaks(annex.content);
    lines.forEach((line, i) => {
      if (line.table) blocks.push({ kind: 'table', text: blockText(line.table), table: line.table });
      else if (isCaption(line, lines[i + 1])) blocks.push({ kind: 'caption', text: line.text });
      else blocks.push({ kind: 'paragraph', text: line.text });
    });
  }
  return blocks;
}
