import { labelOccurrences, parseLabel, USUAL_LEVEL, type LabelFamily } from './labels.ts';
import { BODY_OPENERS } from './run-in-boundary.ts';
import type { SourceHint } from './source.ts';

/**
 * Line breaks as text really comes: lost (a web page copied as one line, seed 003), or hard
 * (a PDF extraction breaks lines mid-sentence and glues page numbers `2、` into the text, seed
 * 004). These passes turn lines back into paragraphs; each is linear in the text's length.
 */
export interface Line {
  text: string;
  hint?: SourceHint | undefined;
  /** Made by joining or splitting: white space inside it is a PDF artefact, not the author's. */
  repaired?: boolean;
  /** Furniture was dropped right before it (a page header or number): a page may break mid-sentence here. */
  breakBefore?: boolean;
}

const HAN = /\p{Script=Han}/u;
const SPACE = /[ \t\u3000]/u;
/** A paragraph may end with these: 。！？ (and half-width), ；：, …, or a closing quote/bracket after one. */
const SENTENCE_END = /[。！？!?；;：:…]$|[。！？!?；;]["”’』」）)】]+$/u;
/** A line cannot end here and a paragraph cannot start with these: the break is mid-sentence. */
const CANNOT_END = /[，,、（(“‘《【〔「『]$/u;
const CANNOT_START = /^[，,、。；;：:）)”’》】〕」』！？!?%％]/u;
/** A date as 公文 write it: 2023年6月28日, 二〇二三年六月二十八日 (the day may be missing: 2023年12月), 2023-6-28. */
export const DATE =
  '(?:(?:\\d{4}|[〇○零一二三四五六七八九]{4})[ \\t\\u3000]*年[ \\t\\u3000]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[ \\t\\u3000]*月(?:[ \\t\\u3000]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[ \\t\\u3000]*日)?' +
  // 2024-1-17, 2024.1.17, 2024/1/17: dates as clerks type them, printed as written.
  '|\\d{4}[ \\t\\u3000]*[-./／][ \\t\\u3000]*\\d{1,2}[ \\t\\u3000]*[-./／][ \\t\\u3000]*\\d{1,2})';
const DATE_LINE = new RegExp(`^${DATE}$`, 'u');

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}

// ---------------------------------------------------------------------------------------------
// Page markers

const PAGE_MARKER = /^(\d{1,3})、[ \t\u3000]*/u;

/**
 * Page numbers a 文库 PDF extraction puts at the start of each page's text, glued to it: `2、`
 * `3、`… They look like level-3 labels, so only a run of them counts: consecutive numbers, each
 * at the start of a line whose previous line stops mid-sentence, with at least one sure sign of a
 * page break (the text after the number continues a sentence: it starts with a comma, or the line
 * before ends with one) or a run of three long lines. The first page's `1、` goes with the run.
 */
export function removePageMarkers<T extends Line>(lines: readonly T[]): { lines: T[]; dropped: { index: number; text: string }[] } {
  const candidates: { at: number; value: number; sure: boolean }[] = [];
  for (let i = 1; i < lines.length; i++) {
    const m = PAGE_MARKER.exec(lines[i]!.text);
    if (!m) continue;
    const prev = lines[i - 1]!.text;
    if (endsSentence(prev) || prev.length < 16 || lines[i]!.hint?.tableRow) continue;
    const rest = lines[i]!.text.slice(m[0].length);
    candidates.push({ at: i, value: Number(m[1]), sure: CANNOT_START.test(rest) || CANNOT_END.test(prev) || !rest });
  }
  // The longest run of consecutive numbers.
  let best: typeof candidates = [];
  let run: typeof candidates = [];
  for (const c of candidates) {
    run = run.length && c.value === run[run.length - 1]!.value + 1 ? [...run, c] : [c];
    if (run.length > best.length) best = run;
  }
  const longLines = best.every((c) => lines[c.at - 1]!.text.length >= 40);
  const accepted = best.length >= 2 && (best.some((c) => c.sure) || (best.length >= 3 && longLines));
  if (!accepted) return { lines: lines.slice(), dropped: [] };
  const markers = new Set(best.map((c) => c.at));
  const first = best[0]!;
  if (first.value === 2) {
    // The first page's 1、: the first line before the run that starts with it.
    for (let i = first.at - 1; i >= 0; i--) {
      const m = PAGE_MARKER.exec(lines[i]!.text);
      if (m && m[1] === '1') {
        markers.add(i);
        break;
      }
    }
  }
  const dropped: { index: number; text: string }[] = [];
  const out = lines.map((line, i) => {
    if (!markers.has(i)) return line;
    const m = PAGE_MARKER.exec(line.text)!;
    dropped.push({ index: i, text: m[0].trim() });
    return { ...line, text: line.text.slice(m[0].length), repaired: true };
  });
  return { lines: out.filter((l) => l.text), dropped };
}

// ---------------------------------------------------------------------------------------------
// Hard breaks

function startsWithLabel(text: string): boolean {
  return parseLabel(text) !== null;
}

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

// ---------------------------------------------------------------------------------------------
// Lost breaks

const CLOSERS = /["”’』」）)】]/u;
const STOPS = /[。！？!?]/u;
/** Characters scanned back from a label for the sentence end or white space before it. */
const LOOK_BACK = 8;
/** How far into a heading its first subheading may start (一、情况(一)在… on one line). */
const EMBEDDED_WITHIN = 60;

interface Before {
  /** A sentence end (。！？, or ：before 一、) precedes, possibly with closing quotes and spaces. */
  stop: boolean;
  colon: boolean;
  /** White space precedes, after a character that is not a digit or Latin letter. */
  space: boolean;
  /** The character right before (no space between). */
  char: string;
}

function before(line: string, index: number): Before {
  let i = index - 1;
  let spaces = 0;
  while (i >= 0 && index - i <= LOOK_BACK && SPACE.test(line[i]!)) {
    i--;
    spaces++;
  }
  const charBefore = i >= 0 ? line[i]! : '';
  let j = i;
  while (j >= 0 && index - j <= LOOK_BACK && CLOSERS.test(line[j]!)) j--;
  const end = j >= 0 ? line[j]! : '';
  return {
    stop: i < 0 || STOPS.test(end),
    colon: end === '：' || end === ':',
    space: spaces > 0 && i >= 0 && !/[0-9A-Za-z]/u.test(charBefore),
    char: spaces > 0 ? ' ' : charBefore,
  };
}

function hasStopBetween(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (STOPS.test(line[i]!)) return true;
  return false;
}

/**
 * Splits lines at heading labels that start a paragraph whose line break was lost:
 * - a label after a sentence end (。！？, with closing quotes and spaces between): …汇报如下。一、…;
 *   a 一、-style label also after ：;
 * - a label after white space (a lost line break left a space): …工作开展情况 (一)统筹推动…;
 * - a heading's first subheading glued to it: 一、…落实情况(一)在体制改革…有新举措1 .成立科创委…
 *   (number 1 of a deeper label family, within the heading, right after a Chinese character).
 * Labels whose number does not fit the family's sequence so far are left in the text (inline
 * numbers such as …。3、4月份… or a list restarting mid-sentence). So are all labels after a
 * sentence end or white space in a text that kept its line breaks — the source marks its
 * headings (outline levels: Word's heading styles), or more of its lines start with a label than
 * such labels are found inside lines (a well-formed .txt): there …。（1）…。（2）… inside a
 * paragraph is an inline enumeration.
 */
export function splitLostBreaks(lines: readonly Line[]): Line[] {
  const starts = lines.filter((line) => !line.hint?.tableRow && startsWithLabel(line.text)).length;
  const inside = findCuts(lines, true).reduce((n, found) => n + found.afterBreak, 0);
  const marksHeadings = lines.some((line) => line.hint?.outlineLevel !== undefined);
  const keptBreaks = marksHeadings || (starts > 0 && starts >= inside);
  const out: Line[] = [];
  for (const [i, { cuts }] of findCuts(lines, !keptBreaks).entries()) {
    const line = lines[i]!;
    if (!cuts.length) {
      out.push(line);
      continue;
    }
    const text = line.text;
    let start = 0;
    for (const [k, cut] of cuts.entries()) {
      const piece = text.slice(start, cut).trim();
      if (piece) out.push(k === 0 ? { ...line, text: piece, repaired: true } : { text: piece, repaired: true });
      start = cut;
    }
    const tail = text.slice(start).trim();
    if (tail) out.push(start === 0 ? line : { text: tail, repaired: true });
  }
  return out;
}

/**
 * Where each line is cut (see splitLostBreaks), and how many of its cuts are labels after a
 * sentence end or white space; those are made only when `afterBreaks`.
 */
function findCuts(lines: readonly Line[], afterBreaks: boolean): { cuts: number[]; afterBreak: number }[] {
  const last = new Map<LabelFamily, number>();
  return lines.map((line) => {
    if (line.hint?.tableRow) return { cuts: [], afterBreak: 0 };
    const text = line.text;
    const cuts: number[] = [];
    let afterBreak = 0;
    let segmentFamily: LabelFamily | null = null;
    let segmentLabelEnd = 0;
    const lead = parseLabel(text);
    if (lead) {
      segmentFamily = lead.family;
      segmentLabelEnd = lead.length;
      last.set(lead.family, lead.value);
    }
    for (const { index, label } of labelOccurrences(text)) {
      if (index === 0 || index < segmentLabelEnd) continue;
      const next = text[index + label.length] ?? '';
      if (!next || ((label.family === 'num' || label.family === 'num-paren') && /\d/u.test(next))) continue;
      const b = before(text, index);
      const previous = last.get(label.family);
      const fits = label.value === 1 || (previous !== undefined && label.value >= previous - 1 && label.value <= previous + 3);
      let cut = false;
      if ((b.stop || b.space || (b.colon && label.family === 'cn')) && fits) {
        afterBreak++;
        cut = afterBreaks;
      }
      if (
        !cut &&
        label.value === 1 &&
        segmentFamily !== null &&
        USUAL_LEVEL[label.family] > USUAL_LEVEL[segmentFamily] &&
        HAN.test(b.char) &&
        (HAN.test(next) || next === '“') &&
        index - segmentLabelEnd >= 4 &&
        index - segmentLabelEnd <= EMBEDDED_WITHIN &&
        !hasStopBetween(text, segmentLabelEnd, index)
      ) {
        cut = true;
      }
      if (!cut) continue;
      cuts.push(index);
      last.set(label.family, label.value);
      segmentFamily = label.family;
      segmentLabelEnd = index + label.length;
    }
    cutHeadingPhrases(text, cuts, spacesBreakParagraphs(text));
    return { cuts, afterBreak };
  });
}

const SPACE_RUN = /(?<=(.))[ \t\u3000]+(?=(.))/gu;

/**
 * Whether white space in a line marks lost line breaks (a web page flattened to one line:
 * 工作开展情况 (一)统筹推动…。 二、…) rather than wrapped lines (a PDF: 上级科技 部门): it
 * follows sentence ends at least as often as it splits words between Chinese characters.
 */
function spacesBreakParagraphs(text: string): boolean {
  let afterStop = 0;
  let inWord = 0;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m; m = SPACE_RUN.exec(text)) {
    const left = m[1]!;
    if (STOPS.test(left) || CLOSERS.test(left)) afterStop++;
    else if (HAN.test(left) && HAN.test(m[2]!) && !labelAtStart(text, m.index + m[0].length)) inWord++;
  }
  return afterStop > 0 && afterStop >= inWord;
}

function startsBody(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return BODY_OPENERS.some((word) => text.startsWith(word, i));
}

function labelAtStart(text: string, at: number): boolean {
  for (const occurrence of labelOccurrences(text.slice(at, at + 12))) return occurrence.index === 0;
  return false;
}

/**
 * Heading phrases ended by white space (二、存在的问题 一是…): a cut after each, added to `cuts`.
 * Where white space does not generally mark breaks in the line, only when a body opener (一是,
 * 全年, 围绕 …) follows it.
 */
function cutHeadingPhrases(text: string, cuts: number[], spacesBreak: boolean): void {
  const starts = [0, ...cuts];
  const extra: number[] = [];
  for (const start of starts) {
    const label = parseLabel(text.slice(start, start + 12));
    if (!label) continue;
    const from = start + label.length;
    for (let i = from; i < text.length && i - from <= 30; i++) {
      const ch = text[i]!;
      if (/[。，,；;：:！!？?]/u.test(ch)) break;
      if (SPACE.test(ch)) {
        if (i - from >= 2 && HAN.test(text[i - 1]!) && (spacesBreak || startsBody(text, i))) extra.push(i);
        break;
      }
    }
  }
  cuts.push(...extra);
  cuts.sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------
// White space

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65“”‘’…—';
const INNER_SPACE = new RegExp(`(?<=[${CJK}][,;:!?]?)[ \\t\\u3000]+(?=[${CJK}0-9])|(?<=[0-9])[ \\t\\u3000]+(?=[${CJK}])`, 'gu');

/**
 * White space between Chinese characters (or between them and digits) removed: in a repaired
 * line it is where a PDF line was wrapped (上级科技 部门 → 上级科技部门). Space before a Latin
 * letter stays (长三角 G60).
 */
export function collapseInnerSpaces(text: string): string {
  return text.replace(INNER_SPACE, '');
}

