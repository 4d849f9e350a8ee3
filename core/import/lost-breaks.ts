import { labelOccurrences, parseLabel, startsWithLabel, USUAL_LEVEL, type LabelFamily } from './labels.ts';
import type { Line } from './line-repair.ts';
import { BODY_OPENERS } from './run-in-boundary.ts';

const HAN = /\p{Script=Han}/u;
const SPACE = /[ \t\u3000]/u;
const CLOSERS = /["”’』」）)】]/u;
const STOPS = /[。！？!?]/u;
/** Characters scanned back from a label for the sentence end or white space before it. */
const LOOK_BACK = 8;
/** How far into a heading its first subheading may start (一、情况(一)在… on one line). */
const EMBEDDED_WITHIN = 60;
/** How long a standalone heading may run before the next label glued to it (…基层党建体系二、存在的问题). */
const GLUED_HEADING = 40;

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
 * - in a text without line breaks, the next number of a family right after a standalone heading
 *   (…基层党建体系二、存在的问题: no stop within GLUED_HEADING characters of the heading's label);
 * - the 一、 (number 1 of any family) that a glued text's 二、 after a sentence end continues, when
 *   nothing before it could start the sequence: the title or an intro glued to it hides the break
 *   before it (…工作计划 篇1一、指导思想…。二、…); the last such 1 before the 2 is taken.
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
  // A text of one line kept no breaks, whatever it starts with.
  const keptBreaks = marksHeadings || (lines.length > 1 && starts > 0 && starts >= inside);
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
    /** Where an uncut number 1 of each family was last seen in this line. */
    const firstSeen = new Map<LabelFamily, number>();
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
      let fits = label.value === 1 || (previous !== undefined && label.value >= previous - 1 && label.value <= previous + 3);
      // After ：, a 一、 or a （一） (汇报如下：（一）…); a 1、 there is as often an inline list.
      const afterStop = b.stop || b.space || (b.colon && (label.family === 'cn' || (label.family === 'cn-paren' && label.value === 1)));
      const hidden = firstSeen.get(label.family);
      if (afterStop && afterBreaks && !fits && previous === undefined && label.value === 2 && hidden !== undefined) {
        cuts.push(hidden);
        afterBreak++;
        fits = true;
      }
      let cut = false;
      if (afterStop && fits) {
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
      if (
        !cut &&
        afterBreaks &&
        previous !== undefined &&
        label.value === previous + 1 &&
        segmentFamily !== null &&
        HAN.test(b.char) &&
        index - segmentLabelEnd >= 2 &&
        index - segmentLabelEnd <= GLUED_HEADING &&
        !hasStopBetween(text, segmentLabelEnd, index)
      ) {
        cut = true;
      }
      if (!cut) {
        if (label.value === 1 && !last.has(label.family)) firstSeen.set(label.family, index);
        continue;
      }
      firstSeen.delete(label.family);
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
