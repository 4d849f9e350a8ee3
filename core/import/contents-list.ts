import { parseLabel } from './labels.ts';
import type { DropList, SourceLine } from './source-lines.ts';

/**
 * A table of contents before the report: a run of short labelled lines with no text between them,
 * whose headings come again, in the same order, further on. It is the page's, not the outline's
 * (its lines would otherwise be read as headings and hide the title after them).
 */

const ZONE = 40;
const MIN_RUN = 3;
/** A contents line: a label, a short heading, perhaps dots and a page number. */
const MAX_ENTRY = 40;
const PAGE_REF = /[.．…·\s\u3000]*\d{0,3}$/u;

function key(text: string): string {
  return text.replace(PAGE_REF, '').replace(/[\s\u3000]+/gu, '');
}

function isEntry(line: SourceLine): boolean {
  return line.text.length <= MAX_ENTRY && !/[。；;]/u.test(line.text) && parseLabel(line.text) !== null;
}

/** The lines without a table of contents at their start; its lines go to `dropped`. */
export function withoutContentsList(lines: readonly SourceLine[], dropped: DropList): readonly SourceLine[] {
  const zone = Math.min(lines.length, ZONE);
  let start = 0;
  while (start < zone) {
    let end = start;
    while (end < lines.length && isEntry(lines[end]!)) end++;
    if (end - start >= MIN_RUN && repeatedLater(lines, start, end)) {
      dropped.lines(lines.slice(start, end));
      return [...lines.slice(0, start), ...lines.slice(end)];
    }
    start = end + 1;
  }
  return lines;
}

/**
 * Whether the entries of lines[start, end) start later lines, in order: most of them, or all that
 * could in a text cut short (fewer lines left after the last match than entries still to come).
 */
function repeatedLater(lines: readonly SourceLine[], start: number, end: number): boolean {
  let at = end;
  let found = 0;
  for (let i = start; i < end; i++) {
    const want = key(lines[i]!.text);
    const j = lines.findIndex((line, k) => k >= at && key(line.text).startsWith(want));
    if (j < 0) break;
    found++;
    at = j + 1;
  }
  const count = end - start;
  return found >= 2 && (found * 3 >= count * 2 || lines.length - at < count - found);
}
