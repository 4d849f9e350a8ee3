import type { Editor } from 'slate';
import { blockText } from '../../core/model.ts';
import { headingSummary } from '../../core/run-in.ts';
import { headingAtOrBefore } from '../../core/outline.ts';
import type { HeadingEntry } from '../editor/index.ts';
import { blocksOf } from './blocks-of.ts';

/** The heading whose section holds block `index`: the last heading at or before it, or undefined. */
export function sectionOf(headings: readonly HeadingEntry[], index: number): HeadingEntry | undefined {
  // Binary search: the outline asks on every caret move, and 1,000 pages have 2,000 headings.
  let low = 0;
  let high = headings.length - 1;
  let found: HeadingEntry | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entry = headings[mid]!;
    if (entry.index <= index) {
      found = entry;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * The heading whose section holds block `index`, found by walking back from it: the status line
 * needs only this one, so it does not rebuild the whole heading list on every keystroke.
 */
export function sectionAt(editor: Editor, index: number): HeadingEntry | undefined {
  const blocks = blocksOf(editor);
  const at = index < 0 ? -1 : headingAtOrBefore(blocks, index);
  const block = blocks[at];
  if (!block || block.type !== 'heading') return undefined;
  return { index: at, level: block.level, text: headingSummary(blockText(block), block.runIn) };
}
