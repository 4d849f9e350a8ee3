/** 页码 as printed (GB/T 9704 7.5; core/export/page-number.ts): an 一字线 U+2014 on each side. */
export function pageNumberText(number: number): string {
  return `\u2014 ${number} \u2014`;
}
