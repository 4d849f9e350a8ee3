import { chineseNumeral, parseChineseNumeral } from '../chinese-numeral.ts';
import type { HeadingLevel } from '../model.ts';

/**
 * Outline labels as real documents write them. Each label belongs to a family; the family says
 * which level the label usually marks, the context (see levels.ts) decides which it marks here.
 *
 * | family      | forms                                  | usual level |
 * |-------------|----------------------------------------|-------------|
 * | `cn`        | 一、 一. 一． 一， 一 、                    | 1           |
 * | `cn-paren`  | （一） (一) (一)、 一) 一） ㈠              | 2           |
 * | `num`       | 1. 1、 1． 1 . １．                       | 3           |
 * | `num-paren` | （1） (1) (1)、 1) 1） ⑴                  | 4           |
 * | `circled`   | ① … ⑳                                  | 4           |
 *
 * Not labels: 一是 二是 (inline enumerations), 第一， (an ordinal in a sentence), 1.5 and 1．5
 * (decimals), 2023. and 2023年 (years: at most three digits), 1、2月 and 三、四季度 (number lists).
 */
export type LabelFamily = 'cn' | 'cn-paren' | 'num' | 'num-paren' | 'circled';

export const LABEL_FAMILIES: readonly LabelFamily[] = ['cn', 'cn-paren', 'num', 'num-paren', 'circled'];

export const USUAL_LEVEL: Readonly<Record<LabelFamily, HeadingLevel>> = { cn: 1, 'cn-paren': 2, num: 3, 'num-paren': 4, circled: 4 };

export interface Label {
  family: LabelFamily;
  /** The number the label stands for (一 → 1). */
  value: number;
  /** The label as written, without surrounding spaces: （一） or 1 . */
  raw: string;
  /** Characters the label takes from where it starts, spaces after it included. */
  length: number;
}

const CN = '[一二三四五六七八九十百两]{1,4}';
/** Digits, half-width or full-width (１．２． in some Word documents and OCR output). */
const D = '[0-9０-９]';
const SP = '[ \\t\\u3000]*';
const AFTER = '[、.．,，]?';
/** Brackets, with the angle brackets OCR reads round ones as: 〈一〉. */
const OPEN = '[（(〈]';
const CLOSE = '[）)〉]';
/** Digits in brackets, which a PDF's extraction may space out or double: (1 2) is (12), (1 1 ) is (1). */
const SPACED_D = `${D}(?:[ \\u3000]?${D}){0,2}`;

// Sticky: each is tried at one position. Order matters: a bracketed label before a bare one.
const FORMS: readonly [LabelFamily, RegExp][] = [
  ['cn-paren', new RegExp(`(?:${OPEN}${SP}(${CN})${SP}${CLOSE}|(${CN})[）)]|([\\u3220-\\u3229]))${AFTER}`, 'uy')],
  ['num-paren', new RegExp(`(?:${OPEN}${SP}(${SPACED_D})${SP}${CLOSE}|(${D}{1,3})[）)]|([\\u2474-\\u2487]))${AFTER}`, 'uy')],
  ['cn', new RegExp(`(${CN})${SP}[、.．,，]`, 'uy')],
  // 1. 1、 1． and `1 .` (PDF extractions put a space before the point), but not 1.5 nor 1．5.
  ['num', new RegExp(`(${D}{1,3})[ \\u3000]?(?:、|[.．](?!${D}))`, 'uy')],
  ['circled', /([\u2460-\u2473])/uy],
];

/** 1. before text that starts with a digit (1.5G网络, 1.2023年): read so only in a heading's paragraph. */
const NUM_BEFORE_DIGIT = new RegExp(`(${D}{1,3})[ \\u3000]?[、.．]`, 'uy');

/** What may follow a label that makes it a number list instead: 1、2月 · 3、4季度 · 一、二季度. */
const NUM_LIST = /[0-9０-９]{1,2}(?:[、，,月日号季年]|[-—～~至到])/uy;
const CN_LIST = /[一二三四五六七八九十]{1,3}(?:[、季月级类等]|[-—～~至到])/uy;
const TRAILING = /[ \t\u3000]*/uy;

/** The number a label's digits stand for: 一 ㈠ 1 １ ① ⑴ all are 1. */
function numberOf(family: LabelFamily, digits: string): number {
  const code = digits.charCodeAt(0);
  if (family === 'circled') return code - 0x2460 + 1;
  if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1;
  if (code >= 0x3220 && code <= 0x3229) return code - 0x3220 + 1;
  if (/[一二三四五六七八九十百两]/u.test(digits)) return parseChineseNumeral(digits);
  // A PDF's extraction doubles a digit with a space between ((1 1 ) for (1)) or spaces digits out ((1 2) for (12)).
  const parts = digits.split(/[ \u3000]+/u);
  if (parts.length > 1 && parts.every((part) => part === parts[0])) return digitsValue(parts[0]!);
  return digitsValue(digits);
}

/** 12 or １２ → 12. */
export function digitsValue(digits: string): number {
  return Number(digits.replace(/[ \u3000]/gu, '').replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
}

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * The label starting exactly at `at` in `text`, or null. `heading`: the source marks the paragraph
 * as a heading (a Word heading style or list numbering), so a label followed by a number is still
 * a label — 1.2023年… and 1.5G… are not decimals there, nor 一、三季度… a number list.
 */
export function labelAt(text: string, at = 0, heading = false): Label | null {
  for (const [family, re] of FORMS) {
    const m = matchAt(family === 'num' && heading ? NUM_BEFORE_DIGIT : re, text, at);
    if (!m) continue;
    const value = numberOf(family, m[1] ?? m[2] ?? m[3]!);
    if (!(value >= 1)) return null;
    let end = at + m[0].length;
    if (family === 'num' && !heading && matchAt(NUM_LIST, text, end)) return null;
    if (family === 'cn' && !heading && matchAt(CN_LIST, text, end)) return null;
    const raw = m[0];
    const spaces = matchAt(TRAILING, text, end);
    if (spaces) end += spaces[0].length;
    return { family, value, raw, length: end - at };
  }
  return null;
}

/** The label at the start of a paragraph (after any leading spaces), or null. See labelAt for `heading`. */
export function parseLabel(text: string, heading = false): Label | null {
  const lead = /^[ \t\u3000]*/u.exec(text)![0].length;
  const label = labelAt(text, lead, heading);
  return label ? { ...label, length: label.length + lead } : null;
}

/** Whether the paragraph starts with a label. */
export function startsWithLabel(text: string): boolean {
  return parseLabel(text) !== null;
}

/** A label on its own, e.g. the `number` of a recognised heading. */
export function parseBareLabel(raw: string): Label | null {
  const label = parseLabel(raw + '甲');
  return label && label.length >= raw.trimEnd().length ? label : null;
}

/** The canonical spelling of a number in a family: 四、 （四） 4. （4） ④. */
export function canonicalLabel(family: LabelFamily, value: number): string {
  switch (family) {
    case 'cn':
      return `${chineseNumeral(value)}、`;
    case 'cn-paren':
      return `（${chineseNumeral(value)}）`;
    case 'num':
      return `${value}.`;
    case 'num-paren':
      return `（${value}）`;
    case 'circled':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `（${value}）`;
  }
}

/** Where a label might start inside a line: the leftmost position of each candidate, left to right. */
const CANDIDATE = new RegExp(
  [
    `${OPEN}${SP}(?:${CN}|${SPACED_D})${SP}${CLOSE}`,
    `(?<![一二三四五六七八九十百两〇零])${CN}(?:${SP}[、.．,，]|[）)])`,
    `(?<![0-9０-９.．])${D}{1,3}(?:[ \\u3000]?(?:、|[.．](?!${D}))|[）)])`,
    '[\\u2460-\\u2487\\u3220-\\u3229]',
  ].join('|'),
  'gu',
);

export interface LabelOccurrence {
  index: number;
  label: Label;
}

/** Every label-shaped occurrence in a line, in order. Linear in the line's length. */
export function* labelOccurrences(line: string): Generator<LabelOccurrence> {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(line); m; m = CANDIDATE.exec(line)) {
    const label = labelAt(line, m.index);
    if (label) yield { index: m.index, label };
    // Continue after this candidate's first character: a bracketed candidate may hide none inside.
    CANDIDATE.lastIndex = m.index + m[0].length;
  }
}
