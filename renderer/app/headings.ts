import type { Editor } from 'slate';
import { blockText, type HeadingLevel } from '../../core/model.ts';
import { headingSummary } from '../../core/run-in.ts';
import { headingAtOrBefore } from '../../core/outline.ts';
import { blocksOf } from './blocks-of.ts';

export interface HeadingEntry {
  index: number;
  level: HeadingLevel;
  text: string;
}

/** The outline's raw material: every heading's position, level and heading sentence. */
export function selectHeadings(editor: Editor): HeadingEntry[] {
  const entries: HeadingEntry[] = [];
  blocksOf(editor).forEach((block, index) => {
    if (block.type === 'heading') entries.push({ index, level: block.level, text: headingSummary(blockText(block), block.runIn) });
  });
  return entries;
}

/** Lets useSlateSelector skip re-rendering the outline on edits that leave headings unchanged. */
export function sameHeadings(a: HeadingEntry[] | null, b: HeadingEntry[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.index !== y.index || x.level !== y.level || x.text !== y.text) return false;
  }
  return true;
}

/** The heading whose section holds block `index`: the last heading at or before it, or undefined. */
export function sectionOf(headings: readonly HeadingEntry[], index: number): HeadingEntry | undefined {
  let found: HeadingEntry | undefined;
  for (const entry of headings) {
    if (entry.index > index) break;
    found = entry;
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

export function sameEntry(a: HeadingEntry | undefined | null, b: HeadingEntry | undefined): boolean {
  return a === b || (!!a && !!b && a.index === b.index && a.level === b.level && a.text === b.text);
}
