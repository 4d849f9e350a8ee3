import { blockText, type Block, type HeadingLevel } from '../../core/model.ts';
import { headingSummary } from '../../core/run-in.ts';

/**
 * One line of the outline: a heading's position, level and heading sentence; or an attachment's
 * title (`annex`), which heads its own headings after the body's, as level 1.
 */
export interface HeadingEntry {
  index: number;
  level: HeadingLevel;
  text: string;
  annex?: true;
}

export function headingEntry(block: Block, index: number): HeadingEntry | undefined {
  if (block.type === 'annex') return { index, level: 1, text: blockText(block).trim(), annex: true };
  return block.type === 'heading' ? { index, level: block.level, text: headingSummary(blockText(block), block.runIn) } : undefined;
}

export function sameEntry(a: HeadingEntry | undefined | null, b: HeadingEntry | undefined): boolean {
  return a === b || (!!a && !!b && a.index === b.index && a.level === b.level && a.text === b.text && a.annex === b.annex);
}
