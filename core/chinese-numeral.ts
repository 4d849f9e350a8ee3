const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 21 → 二十一, 100 → 一百, 105 → 一百零五:
 * the counting form used in 公文 heading numbers.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`not a positive integer: ${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10]! : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)]! + '十' + (n % 10 ? DIGITS[n % 10]! : '');
  if (n < 1000) {
    const rest = n % 100;
    const head = DIGITS[Math.floor(n / 100)]! + '百';
    if (rest === 0) return head;
    if (rest < 10) return head + '零' + DIGITS[rest]!;
    // 110 is 一百一十, not 一百十
    return head + (rest < 20 ? '一' : '') + chineseNumeral(rest);
  }
  throw new RangeError(`too large for a heading number: ${n}`);
}

const VALUES: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * The inverse of chineseNumeral for 1–999 (两 read as 二); NaN for anything else, so that a
 * malformed number such as 十十 or 一二 is never taken for a different one.
 */
export function parseChineseNumeral(text: string): number {
  if (!/^[零一二两三四五六七八九十百]+$/.test(text)) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else if (ch === '十') {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else {
      digit = VALUES[ch]!;
    }
  }
  if (digit > 0) total += digit;
  // The loop above accepts any sequence; only the canonical spelling of its sum is a numeral.
  if (total < 1 || total > 999 || chineseNumeral(total) !== text.replaceAll('两', '二')) return NaN;
  return total;
}
