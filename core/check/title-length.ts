import { titleLines } from '../print/title-lines.ts';
import type { CheckContext, Draft } from './finding.ts';
import { clip, where } from './message.ts';
import { printedBlocks } from './printed.ts';

function titleLength(text: string, block: number, organ: string): Draft<'title-too-long'> | null {
  const lines = titleLines(text, organ);
  if (lines.length <= 3) return null;
  return {
    code: 'title-too-long',
    block,
    message: `${where(block)}标题「${clip(text, 20)}」按每行 20 字要排 ${lines.length} 行，超过三行，应当精简`,
  };
}

/** A title the export would set on more than three lines of 20 characters: to be shortened. */
export function titleLengthFindings({ document }: CheckContext): Draft<'title-too-long'>[] {
  return printedBlocks(document.blocks).flatMap(({ block, index, text }) => (block.type === 'title' ? (titleLength(text, index, document.meta.organ) ?? []) : []));
}
