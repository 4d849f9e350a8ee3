import { blockText, type Block } from '../../core/model.ts';

export interface Match {
  block: number;
  start: number;
  end: number;
}

/** Every occurrence of `query` in the blocks' text, in document order (labels are not text). */
export function findMatches(blocks: readonly Block[], query: string): Match[] {
  if (!query) return [];
  const matches: Match[] = [];
  blocks.forEach((block, index) => {
    const text = blockText(block);
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) {
      matches.push({ block: index, start: at, end: at + query.length });
    }
  });
  return matches;
}

/** The first match at or after (block, offset), wrapping to the first; -1 when there is none. */
export function nextMatch(matches: readonly Match[], block: number, offset: number): number {
  if (matches.length === 0) return -1;
  const i = matches.findIndex((m) => m.block > block || (m.block === block && m.start >= offset));
  return i >= 0 ? i : 0;
}

/** The last match before (block, offset), wrapping to the last; -1 when there is none. */
export function previousMatch(matches: readonly Match[], block: number, offset: number): number {
  if (matches.length === 0) return -1;
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    if (m.block < block || (m.block === block && m.start < offset)) return i;
  }
  return matches.length - 1;
}
