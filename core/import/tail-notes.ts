import { DATE } from './date-line.ts';

/**
 * What a report prints after its 成文日期: the 附注 in brackets (（联系人：张三，联系电话：…）) and the
 * 版记 (某局办公室 2022年3月8日印发, 抄送：…). In a text without line breaks they are glued to the
 * date; they are cut off the line's end here, for the caller to drop (they are not body text).
 */

const SP = '[ \\t\\u3000]*';
/** 版记: the printing organ and the printing date, 印发 after it. */
const PRINTED = new RegExp(`${SP}(?:[^\\s。！？!?；;：:（）()]{2,30}?${SP})?${DATE}${SP}印发$`, 'u');
/** 附注: a bracketed note after the date — 联系人, 联系电话, 此件公开发布 and the like. */
const NOTE = new RegExp(`${SP}[（(]${SP}(?:联系人|联系电话|联系方式|经办人|此件|本件)[^（）()]{0,80}[）)]$`, 'u');

/** The line with a trailing 版记 and 附注 cut off (in either order), and what was cut. */
export function cutTailNotes(text: string): { text: string; notes: string[] } {
  let rest = text;
  const notes: string[] = [];
  for (let again = true; again; ) {
    again = false;
    for (const re of [PRINTED, NOTE]) {
      const m = re.exec(rest);
      if (!m || m.index === 0) continue;
      notes.unshift(m[0].trim());
      rest = rest.slice(0, m.index);
      again = true;
    }
  }
  return { text: rest.trimEnd(), notes };
}

/** Whether a whole line is a 版记 or a 附注 (a line of its own after the date). */
export function isTailNote(text: string): boolean {
  const line = ' ' + text.trim();
  return PRINTED.test(line) || NOTE.test(line);
}
