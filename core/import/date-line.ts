/** A date as 公文 write it: 2023年6月28日, 二〇二三年六月二十八日 (the day may be missing: 2023年12月), 2023-6-28. */
export const DATE =
  '(?:(?:\\d{4}|[〇○零一二三四五六七八九]{4})[ \\t\\u3000]*年[ \\t\\u3000]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[ \\t\\u3000]*月(?:[ \\t\\u3000]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[ \\t\\u3000]*日)?' +
  // 2024-1-17, 2024.1.17, 2024/1/17: dates as clerks type them, printed as written.
  '|\\d{4}[ \\t\\u3000]*[-./／][ \\t\\u3000]*\\d{1,2}[ \\t\\u3000]*[-./／][ \\t\\u3000]*\\d{1,2})';
const DATE_LINE = new RegExp(`^${DATE}$`, 'u');

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}
