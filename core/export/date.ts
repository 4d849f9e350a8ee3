/**
 * 成文日期 as GB/T 9704-2012 7.3.5.4 wants it: Arabic numerals, the year in full, month and day
 * without a leading zero (2023年7月5日, not 2023年07月05日 or 二〇二三年七月五日).
 */

const HANZI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** ０-９ → 0-9. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A year written digit by digit: 2023 or 二〇二三. */
function parseYear(text: string): number {
  if (/^\d{4}$/u.test(text)) return Number(text);
  if ([...text].length !== 4 || ![...text].every((ch) => ch in HANZI_DIGITS)) return NaN;
  return Number([...text].map((ch) => HANZI_DIGITS[ch]).join(''));
}

/** A month or day: 7, 07, 七, 十, 十二, 二十八, 三十一 (廿/卅 included). */
function parseSmall(text: string): number {
  if (/^\d{1,2}$/u.test(text)) return Number(text);
  const m = /^([二三两]?十|廿|卅)?([一二三四五六七八九])?$/u.exec(text.replace(/^〇/u, ''));
  if (!m || text === '') return NaN;
  const [, tens, unit] = m;
  let value = unit ? HANZI_DIGITS[unit]! : 0;
  if (tens === '廿') value += 20;
  else if (tens === '卅') value += 30;
  else if (tens) value += tens.length === 1 ? 10 : HANZI_DIGITS[tens[0]!]! * 10;
  return value;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const NUMERAL = '[0-9〇零ＯO○一二两三四五六七八九十廿卅]';
const WRITTEN = new RegExp(`^(${NUMERAL}{4})\\s*年\\s*(${NUMERAL}{1,3})\\s*月\\s*(${NUMERAL}{1,3})\\s*日$`, 'u');
const NUMERIC = /^(\d{4})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})$/u;

/**
 * The date in the standard's form, or null when the text is not a date this can read (it is then
 * exported as written, and the check can flag it).
 */
export function parseDate(text: string): { year: number; month: number; day: number } | null {
  const plain = asciiDigits(text.trim());
  const m = WRITTEN.exec(plain) ?? NUMERIC.exec(plain);
  if (!m) return null;
  const year = parseYear(m[1]!);
  const month = parseSmall(m[2]!);
  const day = parseSmall(m[3]!);
  if (!(year >= 1900 && year <= 2200) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= daysIn(year, month))) return null;
  return { year, month, day };
}

/** A date in the standard's form: 2023年7月5日. */
export function standardDate(date: { year: number; month: number; day: number }): string {
  return `${date.year}年${date.month}月${date.day}日`;
}
