import { findPlaceholders, insideRanges, protectedRanges, type TextRange } from '../placeholder.ts';

/**
 * Figures → placeholders, for text carried from last period's report into this one (roll
 * forward): last period's amounts, percentages, counts, dates and rankings must not survive into
 * this period's report, so each becomes a hole the clerk fills, in one style:
 *
 * - `【 】` (a full-width space inside; the default): each figure is one hole, the unit stays —
 *   3.5亿元 → 【 】亿元, 42.5% → 【 】%, 第5位 → 第【 】位, 1-5月 → 【 】月, 6月28日 → 【 】月【 】日;
 * - `x` (as in a reused skeleton, seed 001): every digit becomes x, the shape stays —
 *   3.5亿元 → x.x亿元, 42.5% → xx.x%, 1-5月 → x-x月, 3,910万元 → x,xxx万元.
 *
 * A figure is a number in Arabic digits (half- or full-width), with its decimal part, thousands
 * commas and a range to a second number (1-5, 10～20, 3至5). Numbers that are not last period's
 * figures are left alone:
 * - **years**: four digits (1900–2199) followed by 年 (届, 级, 版), 2023年, 2022-2024年, or by a
 *   word that is not a counter or unit (2022泰兴市首届…, but 2000万元 is a figure). Years in body
 *   text are not rewritten either; a year that is now stale is the check's finding;
 * - **names and codes**: digits touching a Latin letter (G60, 5G, PM2.5, COVID-19) unless the
 *   letters are a unit (100MW, 5km); numbers joined by + (5+1, 2+3+4, 1+X); a number that is the
 *   whole of a quotation (“123”特色产业); anything inside 《》 (a document's title) or a 文号
 *   (〔2023〕5号); URLs and e-mail addresses;
 * - **enumeration labels** inside a paragraph: 1. 2、 at the start or after a sentence mark, (1) （2）.
 * Numerals in Chinese characters (三个一批, 第十二届) are words, not figures.
 *
 * Placeholders the text already has (x.xx亿元, xxxx年, 【】) are made the same style: masked
 * figures and blank brackets (【】, 【……】) become 【 】 in that style, blank brackets become x in
 * the x style; a hole with words (【待填写金额】) and a blank line (____) are kept as they are.
 */

export type PlaceholderStyle = '【\u3000】' | 'x';
export const PLACEHOLDER_STYLES: readonly PlaceholderStyle[] = ['【\u3000】', 'x'];
export const BRACKET_HOLE = '【\u3000】';

const D = '0-9０-９';
const NUMBER = `[${D}]+(?:,[${D}]{3}(?![${D}]))*(?:[.．][${D}]+)?`;
/** An ISO-like date is one figure: 2023-07-05, 2023.7.5, 2023/7/5. */
const ISO_DATE = `[${D}]{4}[-./][${D}]{1,2}[-./][${D}]{1,2}(?![${D}])`;
const FIGURE = new RegExp(`${ISO_DATE}|${NUMBER}(?:\\s*[-－–—~～至]\\s*${NUMBER})?`, 'gu');
const DIGIT = new RegExp(`[${D}]`, 'gu');

const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;
/** Latin letters after a number that make it a quantity with a unit, not a name (5G, H7N9). */
const UNIT = /^(?:[kKMGT]?W[hp]?|kV|kVA|km²?|kg|mm|cm|m[²³23]?|t|ha|[MGT]Hz|[KMGTP]B)(?![A-Za-z])/u;
const YEAR = /^(?:19|2[01])[0-9]{2}$/u;
const YEAR_WORD = /^(?:年|届|级|版)/u;
/**
 * Words that count or measure what a number before them is (2000万元, 2023个): a year-like number
 * followed by any other Chinese character names something (2022泰兴市首届创新创业大赛).
 */
const COUNTER = /^(?:[万亿千百元角家个项人次件名位户台套所座条款篇场批期份倍笔吨亩公平米斤克里余多%‰]|[\u3400-\u9fff]{0,3}(?:以上|左右))/u;
const CJK = /^[\u3400-\u9fff]/u;
const OPEN_QUOTE = '“"‘\'「';
const CLOSE_QUOTE = '”"’\'」';
/** 《…》 and 〈…〉 titles, 〔2023〕5号 / [2023]5号 document numbers. */
const NAMED = /《[^《》]*》|〈[^〈〉]*〉|[〔［[][0-9０-９]{4}[〕］\]]\s*[0-9０-９]+\s*号/gu;
const LABEL_AFTER = /^[.．、](?![0-9０-９])/u;
const SENTENCE_MARK = /[。；;：:！!？?\s]/u;

const toAscii = (text: string) => text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

function guardedRanges(text: string): TextRange[] {
  const ranges = protectedRanges(text);
  for (const m of text.matchAll(NAMED)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

/** Whether the number at [start, end) of text is a year, a name, a code or a label (not a figure). */
function isNotFigure(text: string, start: number, end: number): boolean {
  const figure = text.slice(start, end);
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const rest = text.slice(end);
  // Years: each number of the figure is a year, and 年 (届 …) follows.
  const numbers = toAscii(figure).split(/\s*[-－–—~～至]\s*/u);
  if (numbers.every((n) => YEAR.test(n)) && (YEAR_WORD.test(rest) || (CJK.test(rest) && !COUNTER.test(rest)))) return true;
  // Names and codes.
  if (LATIN.test(before) || (/[-－_/]/u.test(before) && LATIN.test(text[start - 2] ?? ''))) return true;
  if (LATIN.test(after) && !UNIT.test(rest)) return true;
  if (/[+＋]/u.test(before) || /^\s*[+＋]/u.test(rest)) return true;
  if (OPEN_QUOTE.includes(before) && before !== '' && CLOSE_QUOTE.includes(after) && after !== '') return true;
  // Enumeration labels: （1） (2) and 1. 2、 where a sentence starts.
  if (/[（(]/u.test(before) && /[)）]/u.test(after) && /^[0-9０-９]{1,2}$/u.test(figure)) return true;
  if (/^[0-9０-９]{1,2}$/u.test(figure) && LABEL_AFTER.test(rest) && (start === 0 || SENTENCE_MARK.test(before))) return true;
  return false;
}

/** The text with the placeholders it already has written in `style`. */
function restyleExisting(text: string, style: PlaceholderStyle): string {
  const spans = findPlaceholders(text);
  let out = '';
  let at = 0;
  for (const span of spans) {
    // A stray 【 or 】 is the clerk's to mend; restyling it would invent a hole.
    if (span.kind === 'stray-bracket') continue;
    const isBracket = span.text.startsWith('【');
    const blankBracket = isBracket && /^【[\s\u3000…．.。·・_＿\-—－~～xXｘＸ×*＊?？○◯□]*】$/u.test(span.text);
    let replacement = span.text;
    if (style === '【\u3000】' && (blankBracket || (!isBracket && !/^[_＿]+$/u.test(span.text)))) replacement = BRACKET_HOLE;
    else if (style === 'x' && blankBracket) replacement = 'x';
    out += text.slice(at, span.start) + replacement;
    at = span.end;
  }
  return out + text.slice(at);
}

export interface Masked {
  text: string;
  /** How many figures were made placeholders (placeholders already there not counted). */
  figures: number;
}

/** Every figure of the text made a placeholder of `style`, and the placeholders it had restyled. */
export function maskFigures(text: string, style: PlaceholderStyle = '【\u3000】'): Masked {
  const source = restyleExisting(text, style);
  const guarded = guardedRanges(source);
  let figures = 0;
  let out = '';
  let at = 0;
  for (const m of source.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (insideRanges(guarded, start, end) || isNotFigure(source, start, end)) continue;
    out += source.slice(at, start) + (style === 'x' ? m[0].replace(DIGIT, 'x') : BRACKET_HOLE);
    at = end;
    figures++;
  }
  return { text: out + source.slice(at), figures };
}
