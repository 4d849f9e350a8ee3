import { unmatchedBrackets } from './brackets.ts';

/**
 * Unfilled placeholders in a text: the holes a clerk still has to fill before submission.
 *
 * Three kinds are recognised:
 *
 * 1. **Bracket holes** 【…】 whose content is only blank or filler: 【】 【 】（全角空格） 【……】 【xx】 【___】,
 *    or a fill-in note starting with 待 / 请填 / 填写 / 此处 (【待填】 【待补充】 【请填写金额】),
 *    or a hole typed into beside its filler (【 4】, 【4___】).
 *    A bracket with real words in it (【典型案例】) is a label, not a hole.
 * 2. **Blanks**: three or more underscores, ___ or ＿＿＿.
 * 3. **Stray brackets**: a 【 never closed or a 】 never opened (【 10, where a hole was typed into
 *    and half deleted). Each is a one-character span: the clerk still has to finish or delete it,
 *    and the export would print it.
 * 4. **Masked figures**, as in a reused report (seed 001): x, xx, x.xx, xxx万元, xxxx年, x月,
 *    第x位, xx.x%, ××市, 20xx年. A masked figure is a run of x X ｘ Ｘ × , optionally after digits
 *    (20xx) and joined by a decimal point (x.xx) or a thousands comma (x,xxx), that is
 *    - not part of a Latin word: no Latin letter right before or after it (box, Excel, Xbox, XML),
 *      nor across a hyphen (X-ray);
 *    - not followed by a digit (x86, 3x3, 1920×1080, 3×4 are not holes), and a × standing between
 *      two numbers with spaces (3 × 4) is a multiplication sign;
 *    - not X光 / X射线 / X线 (X-rays), nor the X of 1+X (a policy name: “1+X”产业, 1+X证书);
 *    - not inside a URL or an e-mail address;
 *    - a single mask character (x, X, ×) only where it stands for a figure or a masked name: before
 *      a unit (x万元, x%, x月, X台), after 第 (第x位), in a range (x-x个), or alone between Chinese
 *      text (x州, 在x、x等地), never the letter of a model or product name: X型, X款, iPhone X,
 *      A-X-1.
 *    The span covers the figure only (x.xx of x.xx亿元, xx of xx%, xxxx of xxxx年): the unit stays,
 *    the clerk replaces the span.
 *
 * Offsets are UTF-16 indices into the text (JavaScript string indices, as Slate uses), end
 * exclusive.
 */

export type PlaceholderKind = 'bracket' | 'blank' | 'figure' | 'stray-bracket';

export interface PlaceholderSpan {
  kind: PlaceholderKind;
  start: number;
  end: number;
  /** The placeholder as written, text.slice(start, end). */
  text: string;
}

/** Half-open range of string indices. */
export interface TextRange {
  start: number;
  end: number;
}

const URL = /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff"“”'‘’<>]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff"“”'‘’<>]*)?/giu;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;

/**
 * Where a text holds a URL (http://…, https://…, ftp://…, www.…) or an e-mail address: spans that
 * other text rules (placeholders, half-width punctuation) leave alone. A URL ends at whitespace or
 * at the first Chinese character or full-width punctuation mark.
 */
export function protectedRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const re of [URL, EMAIL]) {
    for (const m of text.matchAll(re)) {
      let end = m.index + m[0].length;
      // A sentence's closing half-width mark is not part of the address: 见 http://a.b/c.
      while (end > m.index && /[.,;:!?)]/u.test(text[end - 1]!)) end--;
      ranges.push({ start: m.index, end });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

export function insideRanges(ranges: readonly TextRange[], start: number, end = start + 1): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

const MASK = 'xXｘＸ×';
const DIGIT = '0-9０-９';
/** A masked figure: digits (20xx), mask characters, joined by . ． or a thousands , (x,xxx). */
const FIGURE = new RegExp(`[${DIGIT}]*[${MASK}][${DIGIT}${MASK}]*(?:[.．][${DIGIT}${MASK}]+|,[${DIGIT}${MASK}]{3}(?![${DIGIT}${MASK}]))*`, 'gu');
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;
/** A Latin letter that is not itself a mask: xx-xx is a range of two figures, X-ray a word. */
const WORD_LETTER = /[A-WYZa-wyz]/u;
const MASK_THEN_DIGIT = new RegExp(`[${MASK}][${DIGIT}]`, 'u');
const X_RAY = /^(?:光|射线|线)/u;
/** What a masked figure may stand before: a unit, a measure word, a date part, a percent. */
const UNIT_AFTER = /^\s*(?:[%％‰万亿千百十元年月日时个家项台套件条人名位次批场篇所户座处款册株头辆艘架间栋部户倍吨亩米天周季期轮届]|平方|公里|公顷|千瓦|小时|个百分点)/u;
/** A model or product designation: the letter before it is a name, not a hole. */
const MODEL_AFTER = /^(?:型|款|系列|代|号机)/u;
/** A lone mask joined to another by a range mark: x-x个, x～x. */
const RANGE_NEIGHBOUR = new RegExp(`^[-－~～—][${MASK}]|[${MASK}][-－~～—]$`, 'u');

/** Content of 【…】 that makes it a hole: blank, filler characters, or a fill-in note. */
const HOLE_CONTENT = /^(?:[\s\u3000…．.。·・_＿\-—－~～xXｘＸ×*＊?？○◯□]*|(?:待|请填|填写|此处)[^【】]*)$/u;
/** Content of a hole typed into without replacing its filler (【 4】, a full-width space before the 4): still a hole, not a label. */
const PARTLY_FILLED = /^[\u3000_＿]+\S|\S[\u3000_＿]+$/u;
const BRACKET = /【([^【】\n]{0,20})】/gu;
const BLANK = /[_＿]{3,}/gu;

function maskedFigures(text: string, guarded: readonly TextRange[]): PlaceholderSpan[] {
  const spans: PlaceholderSpan[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    const figure = m[0];
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    if (LATIN.test(before) || LATIN.test(after)) continue;
    // A hyphenated Latin word: X-ray, Tri-X.
    if ((/[-'’]/u.test(after) && WORD_LETTER.test(text[end + 1] ?? '')) || (/[-'’]/u.test(before) && WORD_LETTER.test(text[start - 2] ?? ''))) continue;
    if (MASK_THEN_DIGIT.test(figure)) continue;
    if (/^×+$/u.test(figure) && /[0-9０-９]\s*$/u.test(text.slice(Math.max(0, start - 3), start)) && /^\s*[0-9０-９]/u.test(text.slice(end, end + 3))) continue;
    if (/^[xXｘＸ]$/u.test(figure) && X_RAY.test(text.slice(end))) continue;
    // 1+X (产业, 证书): a policy name, not a hole.
    if (/^[xXｘＸ]$/u.test(figure) && /[+＋]/u.test(before)) continue;
    if (insideRanges(guarded, start, end)) continue;
    if (figure.length === 1 && !loneMaskIsHole(text, start, end)) continue;
    spans.push({ kind: 'figure', start, end, text: figure });
  }
  return spans;
}

/**
 * A single mask character is a hole where a figure or a masked name stands (x万元, 第x位, x-x个,
 * x州); elsewhere it is a letter: of a model (X型), of a product name after a Latin word (iPhone X),
 * of a code joined by hyphens (A-X-1, already left out as a hyphenated word) or spaced from digits.
 */
function loneMaskIsHole(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  const before = text.slice(0, start);
  if (MODEL_AFTER.test(after)) return false;
  if (UNIT_AFTER.test(after) || /第\s*$/u.test(before)) return true;
  if (RANGE_NEIGHBOUR.test(text.slice(start - 2 < 0 ? 0 : start - 2, start)) || RANGE_NEIGHBOUR.test(text.slice(end, end + 2))) return true;
  // A name in Latin or figures ends right before it, across spaces: iPhone X, Windows X, 型号 3 X.
  if (/[A-Za-zＡ-Ｚａ-ｚ0-9０-９][\s-]*$/u.test(before)) return false;
  if (/^[\s-]*[A-Za-zＡ-Ｚａ-ｚ0-9０-９]/u.test(after)) return false;
  return true;
}

/** Every unfilled placeholder in the text, in text order, none overlapping another. */
export function findPlaceholders(text: string): PlaceholderSpan[] {
  if (!text) return [];
  const guarded = protectedRanges(text);
  const holes: PlaceholderSpan[] = [];
  for (const m of text.matchAll(BRACKET)) {
    if (HOLE_CONTENT.test(m[1]!) || PARTLY_FILLED.test(m[1]!)) holes.push({ kind: 'bracket', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (/[【】]/u.test(text)) for (const at of unmatchedBrackets(text, '【', '】')) holes.push({ kind: 'stray-bracket', start: at, end: at + 1, text: text[at]! });
  const brackets = holes.slice();
  for (const m of text.matchAll(BLANK)) {
    const end = m.index + m[0].length;
    if (!insideRanges(guarded, m.index, end) && !insideRanges(brackets, m.index, end)) holes.push({ kind: 'blank', start: m.index, end, text: m[0] });
  }
  // A masked figure inside a hole (【xx】) is part of that hole.
  const figures = maskedFigures(text, [...guarded, ...holes]);
  return [...holes, ...figures].sort((a, b) => a.start - b.start);
}

/** How many placeholders the text holds (the status line's 还有 N 处待填 sums this over blocks). */
export function countPlaceholders(text: string): number {
  return findPlaceholders(text).length;
}
