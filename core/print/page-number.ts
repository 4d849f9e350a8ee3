/**
 * 页码 (7.5): 4号半角宋体 digits with an 一字线 (U+2014, not a hyphen) and a space on each side,
 * “— 5 —”; odd pages 居右空一字, even pages 居左空一字 (indents.ts PAGE_NUMBER_INDENT).
 */
export const PAGE_NUMBER_BEFORE = '\u2014 ';
export const PAGE_NUMBER_AFTER = ' \u2014';

export function pageNumberText(number: number): string {
  return `${PAGE_NUMBER_BEFORE}${number}${PAGE_NUMBER_AFTER}`;
}
