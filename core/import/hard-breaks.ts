import { isDateLine } from './date-line.ts';
import { parseLabel, startsWithLabel } from './labels.ts';
import type { Line } from './line-repair.ts';
import { CANNOT_END, CANNOT_START, endsSentence } from './sentence-edges.ts';

function isBareLabel(text: string): boolean {
  const label = parseLabel(text);
  return label !== null && label.length >= text.length;
}

/** Whether a line looks hard-wrapped: long enough, not ending a sentence, not a heading line. */
function looksWrapped(line: Line): boolean {
  return !line.hint?.tableRow && line.text.length >= 16 && !endsSentence(line.text) && !startsWithLabel(line.text);
}

function joinText(a: string, b: string): string {
  return /[A-Za-z]$/u.test(a) && /^[A-Za-z]/u.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Joins lines broken mid-sentence. A line is joined to the next when it does not end a sentence
 * and the next does not start a heading (a label) nor is a date, and either the break is surely
 * mid-sentence (the line ends with ，、 or an opening bracket, or the next starts with ，。）…), or
 * the text as a whole is hard-wrapped (a quarter of its lines end mid-sentence, or a tenth that
 * are mostly of one length, the wrap width)
 * and this line is long enough to be a wrapped line, not a heading without a label (a labelled
 * line must fill the wrap width, the median length of the wrapped lines). A line that is only a
 * label (一、) always joins the text after it, and a paragraph line not ending a sentence joins
 * the next across a dropped page header or page number.
 */
export function joinHardBreaks(lines: readonly Line[]): Line[] {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (looksWrapped(lines[i]!) && !startsWithLabel(lines[i + 1]!.text)) lengths.push(lines[i]!.text.length);
  lengths.sort((a, b) => a - b);
  // The width lines were wrapped at: a labelled line that long is a wrapped one, not a heading.
  const median = lengths[lengths.length >> 1] ?? 0;
  const even = lengths.filter((n) => Math.abs(n - median) <= 3).length;
  const hardWrapped = lengths.length >= 2 && (lengths.length >= lines.length / 4 || (lengths.length >= 3 && lengths.length >= lines.length / 10 && even >= lengths.length * 0.6));
  const width = hardWrapped ? median : Infinity;
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(prev, line, hardWrapped, width)) {
      out[out.length - 1] = { ...prev, text: joinText(prev.text, line.text), repaired: true };
    } else {
      out.push(line);
    }
  }
  return out;
}

function shouldJoin(prev: Line, next: Line, hardWrapped: boolean, width: number): boolean {
  if (prev.hint?.tableRow || next.hint?.tableRow) return false;
  if (isBareLabel(prev.text)) return true;
  if (startsWithLabel(next.text) || isDateLine(next.text)) return false;
  // In wrapped text a full-width line ending in ； is a clause of a paragraph running on.
  if (/[；;]$/u.test(prev.text) && hardWrapped && !startsWithLabel(prev.text) && prev.text.length >= width * 0.85) return true;
  if (endsSentence(prev.text)) return false;
  if (CANNOT_END.test(prev.text) || CANNOT_START.test(next.text)) return true;
  // A page break (its header or number dropped between them) inside a paragraph.
  if (next.breakBefore && prev.text.length >= 16 && !startsWithLabel(prev.text)) return true;
  if (!hardWrapped || prev.text.length < 16) return false;
  // A labelled line without a full stop is a heading, unless it fills a wrapped line's width.
  return !startsWithLabel(prev.text) || prev.text.length >= Math.min(40, width * 0.85);
}
