import { bracketPairs } from './brackets.ts';
import { insideRanges, protectedRanges, type TextRange } from './placeholder.ts';

/*
 * Which half-width marks stand in Chinese text (GB/T 15834): one rule for the check, which reports
 * them (core/check/half-width-punctuation.ts), and for the optional punctuation normalisation of an
 * import (core/import/punctuation.ts), which replaces them, so an imported text fixed this way has
 * nothing left for the check to flag.
 */

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const HALF_WIDTH_MARK = /[,:;()?!]/u;
/** Chinese context: hanzi, CJK and full-width punctuation, the Chinese dash and ellipsis. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef—…]/u;
const LETTER = /[A-Za-z]/u;
/** How far a mark's context is looked for, past digits, spaces, quotes and number signs. */
const REACH = 16;

type Side = 'cjk' | 'latin' | 'none';

function side(text: string, from: number, step: 1 | -1): Side {
  for (let i = from, n = 0; i >= 0 && i < text.length && n < REACH; i += step, n++) {
    const ch = text[i]!;
    if (ch === '\n') return 'none';
    if (CJK.test(ch)) return 'cjk';
    if (LETTER.test(ch)) return 'latin';
  }
  return 'none';
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

export interface HalfWidthMark {
  /** Index of the mark in the text. */
  index: number;
  mark: string;
  /** What it should be: ，：；（）？！ */
  fullWidth: string;
  /** For a bracket: the index of its partner, when the pair is matched. */
  pair?: number;
}

/**
 * The half-width , : ; ( ) ? ! of a text that stand in Chinese text (GB/T 15834 wants the
 * full-width marks there). A mark is in Chinese text when the nearest letter on either side
 * (past digits, spaces, quotes and signs such as % - .) is a hanzi or full-width mark. Never
 * flagged: a mark with Latin text on both sides (Hello, world), a thousands comma (1,000), a colon
 * between digits (3:1, 10:30, 1:500), anything inside a URL or e-mail address, and a matched
 * pair of brackets whose content has no Chinese character ((GDP), (R&D), (1), ISO (9001)); a
 * matched pair with Chinese inside is flagged whatever stands around it.
 *
 * `skip` ranges (placeholders, say) are left alone too. The optional normalisation of imported
 * text can reuse this: replace each mark with its fullWidth.
 */
export function findHalfWidthPunctuation(text: string, skip: readonly TextRange[] = []): HalfWidthMark[] {
  // Most paragraphs of a report have none of these marks at all: no need to look for URLs.
  if (!HALF_WIDTH_MARK.test(text)) return [];
  const guarded = [...protectedRanges(text), ...skip];
  const marks: HalfWidthMark[] = [];
  const paired = new Map<number, number>();
  // Match brackets first: a pair is judged by its content.
  for (const [start, end] of bracketPairs(text)) {
    paired.set(start, end);
    paired.set(end, start);
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const fullWidth = FULL_WIDTH[ch];
    if (!fullWidth || insideRanges(guarded, i)) continue;
    const pair = paired.get(i);
    let chinese: boolean;
    if (pair !== undefined) {
      const [from, to] = pair > i ? [i + 1, pair] : [pair + 1, i];
      chinese = /\p{Script=Han}/u.test(text.slice(from, to));
    } else {
      if (ch === ',' && isDigit(text[i - 1]) && /^\d{3}(?!\d)/u.test(text.slice(i + 1, i + 5))) continue;
      if (ch === ':' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      chinese = side(text, i - 1, -1) === 'cjk' || side(text, i + 1, 1) === 'cjk';
    }
    if (!chinese) continue;
    const mark: HalfWidthMark = { index: i, mark: ch, fullWidth };
    if (pair !== undefined) mark.pair = pair;
    marks.push(mark);
  }
  return marks;
}
