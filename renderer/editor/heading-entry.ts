import { blockText, type Block, type HeadingLevel } from '../../core/model.ts';
import { headingSummary } from '../../core/run-in.ts';

/** One line of the outline: a heading's position, level and heading sentence. */
export interface HeadingEntry {
  index: number;
  level: HeadingLevel;
  text: string;
}

export function headingEntry(block: Block, index: number): HeadingEntry | undefined {
  return block.type === 'heading' ? { index, level: block.level, text: headingSummary(blockText(block), block.runIn) } : undefined;
}

export function sameEntry(a: HeadingEntry | undefined | null, b: HeadingEntry | undefined): boolean {
  return a === b || (!!a && !!b && a.index === b.index && a.level === b.level && a.text === b.text);
}
