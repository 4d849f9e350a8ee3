import { bracketPairs } from '../brackets.ts';
import { findHalfWidthPunctuation } from '../half-width-marks.ts';

const HAN = /\p{Script=Han}/u;

/**
 * Optional punctuation normalisation (GB/T 15834): the half-width , : ; ( ) ? ! that stand in
 * Chinese text become ，：；（）？！. Which marks those are is the rule the pre-submission check
 * reports by (findHalfWidthPunctuation, core/half-width-marks.ts), so an imported text fixed this way has nothing left for the check to
 * flag: never inside URLs and e-mail addresses, between digits (1,000 · 10:30), or in Latin text.
 * One step further than the check, which leaves (GDP) and (1) alone to stay quiet: a bracket pair
 * with a hanzi right outside it is full-width too, as Chinese typesetting sets it: 四年（2019-2022）的.
 */
export function normalizePunctuation(text: string): string {
  const out = text.split('');
  for (const mark of findHalfWidthPunctuation(text)) {
    out[mark.index] = mark.fullWidth;
    if (mark.pair !== undefined) out[mark.pair] = mark.pair > mark.index ? '）' : '（';
  }
  // Pairs judged quiet by the check (no hanzi inside) that a hanzi stands right outside of.
  for (const [start, end] of bracketPairs(text)) {
    if (out[start] !== '(') continue;
    if (HAN.test(out[start - 1] ?? '') || HAN.test(out[end + 1] ?? '')) {
      out[start] = '（';
      out[end] = '）';
    }
  }
  return out.join('');
}
