import type { HeadingEntry } from '../editor/index.ts';

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
