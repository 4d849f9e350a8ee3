import { DATE } from './date-line.ts';

/**
 * What a report prints after its 成文日期: the 附注 in brackets (（联系人：张三，联系电话：…）) and the
 * 版记 (某局办公室 2022年3月8日印发, 抄送：…). In a text without line breaks they are glued to the
 * date; they are cut off the line's end here, for the caller to drop (they are not body text).
 */

const SP = '[ \\t\\u3000]*';
/** 版记's end: the printing date, 印发 after it (the printing organ before it is found in printedAt). */
const PRINTED_DATE = new RegExp(`${DATE}${SP}印发$`, 'u');
const DATES = new RegExp(DATE, 'gu');
/** What cannot be inside the printing organ's name. */
const NOT_ORGAN = /[\s。！？!?；;：:（）()，,]/u;
const MAX_ORGAN = 30;
/** 附注: a bracketed note after the date — 联系人, 联系电话, 此件公开发布 and the like. */
const NOTE = new RegExp(`${SP}[（(]${SP}(?:联系人|联系电话|联系方式|经办人|此件|本件)[^（）()]{0,80}[）)]$`, 'u');

/**
 * Where the 版记 at the end of `text` starts, or -1: its organ runs back from the printing date to
 * a mark, a bracket, or the end of the date before it (the 成文日期 glued to it).
 */
function printedAt(text: string): number {
  const m = PRINTED_DATE.exec(text);
  if (!m) return -1;
  let start = m.index;
  const before = text.slice(0, start).replace(/[ \t\u3000]+$/u, '');
  let from = Math.max(0, before.length - MAX_ORGAN);
  DATES.lastIndex = from;
  for (let d = DATES.exec(before); d; d = DATES.exec(before)) from = d.index + d[0].length;
  let k = before.length;
  while (k > from && !NOT_ORGAN.test(before[k - 1]!)) k--;
  if (before.length - k >= 2) start = k;
  return start;
}

/** The line with a trailing 版记 and 附注 cut off (in either order), and what was cut. */
export function cutTailNotes(text: string): { text: string; notes: string[] } {
  let rest = text;
  const notes: string[] = [];
  for (;;) {
    const printed = printedAt(rest);
    const note = NOTE.exec(rest);
    const at = printed > 0 ? printed : note && note.index > 0 ? note.index : -1;
    if (at < 0) break;
    notes.unshift(rest.slice(at).trim());
    rest = rest.slice(0, at);
  }
  return { text: rest.trimEnd(), notes };
}
