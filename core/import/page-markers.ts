import type { Line } from './line-repair.ts';
import { CANNOT_END, CANNOT_START, endsSentence } from './sentence-edges.ts';

const PAGE_MARKER = /^(\d{1,3})、[ \t\u3000]*/u;
/** A page of a glued 文库 preview: far longer than any paragraph line a heading would follow without a stop. */
const PAGE_OF_TEXT = 100;
const ENDS_IN_WORD = /[\p{Script=Han}A-Za-z0-9]$/u;

/**
 * Page numbers a 文库 PDF extraction puts at the start of each page's text, glued to it: `2、`
 * `3、`… They look like level-3 labels, so only a run of them counts: consecutive numbers, each
 * at the start of a line whose previous line stops mid-sentence, with at least one sure sign of a
 * page break (the text after the number continues a sentence: it starts with a comma, or the line
 * before ends with one; or the line before holds a page of glued text, PAGE_OF_TEXT characters
 * or more, and stops inside a word, as 文库 previews cut pages) or a run of three long lines. The
 * first page's `1、` goes with the run. The line after a marker may continue the page before it
 * (breakBefore: hard-breaks.ts joins it back).
 */
export function removePageMarkers<T extends Line>(lines: readonly T[]): { lines: T[]; dropped: { index: number; text: string }[] } {
  const candidates: { at: number; value: number; sure: boolean }[] = [];
  for (let i = 1; i < lines.length; i++) {
    const m = PAGE_MARKER.exec(lines[i]!.text);
    if (!m) continue;
    const prev = lines[i - 1]!.text;
    if (endsSentence(prev) || prev.length < 16 || lines[i]!.hint?.tableRow) continue;
    const rest = lines[i]!.text.slice(m[0].length);
    const cutPage = prev.length >= PAGE_OF_TEXT && ENDS_IN_WORD.test(prev);
    candidates.push({ at: i, value: Number(m[1]), sure: CANNOT_START.test(rest) || CANNOT_END.test(prev) || !rest || cutPage });
  }
  // The longest run of consecutive numbers.
  let best: typeof candidates = [];
  let run: typeof candidates = [];
  for (const c of candidates) {
    run = run.length && c.value === run[run.length - 1]!.value + 1 ? [...run, c] : [c];
    if (run.length > best.length) best = run;
  }
  const longLines = best.every((c) => lines[c.at - 1]!.text.length >= 40);
  // The first page's 1、: the first line before a run from 2、 that starts with it.
  let firstPage = -1;
  for (let i = (best[0]?.value === 2 ? best[0].at : 0) - 1; i >= 0; i--) {
    const m = PAGE_MARKER.exec(lines[i]!.text);
    if (m && m[1] === '1') {
      firstPage = i;
      break;
    }
  }
  const pages = best.length + (firstPage >= 0 ? 1 : 0);
  const accepted = pages >= 2 && (best.some((c) => c.sure) || (best.length >= 3 && longLines));
  if (!accepted) return { lines: lines.slice(), dropped: [] };
  const markers = new Set(best.map((c) => c.at));
  if (firstPage >= 0) markers.add(firstPage);
  const dropped: { index: number; text: string }[] = [];
  const out = lines.map((line, i) => {
    if (!markers.has(i)) return line;
    const m = PAGE_MARKER.exec(line.text)!;
    dropped.push({ index: i, text: m[0].trim() });
    return { ...line, text: line.text.slice(m[0].length), repaired: true, breakBefore: i > 0 || line.breakBefore };
  });
  return { lines: out.filter((l) => l.text), dropped };
}
