/**
 * Years moved on in a text that names the report's own period: a title (宣城市科技局2023年上半年…
 * → 2024年上半年…, 2022年工作总结及2023年工作计划 → 2023年…及2024年…) or a section title
 * (2023年工作计划 → 2024年工作计划). Every four-digit year 1900–2199 standing alone (not part of a
 * longer number) moves by `offset`. Body text is never shifted: a year there may be history.
 */
export function shiftYears(text: string, offset: number): string {
  if (offset === 0) return text;
  return text.replace(/(?<![0-9０-９])(?:19|2[01])[0-9]{2}(?![0-9０-９])/gu, (year) => String(Number(year) + offset));
}
