import { blockText, type GongwenDocument } from '../model.ts';

/** The year a report is about, and the years its text names: what the date and year rules read. */

/** Full-width digits read as ASCII, index for index (each is one UTF-16 unit). */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?=\s*年)/gu;

/**
 * The years named in a text (YYYY年, with ASCII or full-width digits), with the span up to and
 * including 年. The end of a range (2021—2025年) is not a year of its own.
 */
export function yearMentions(text: string): { year: number; start: number; end: number }[] {
  const plain = asciiDigits(text);
  const out: { year: number; start: number; end: number }[] = [];
  for (const m of plain.matchAll(YEAR)) {
    if (/\d{4}\s*[-—–~～至到]\s*$/u.test(plain.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ year: Number(m[1]), start: m.index, end: plain.indexOf('年', m.index) + 1 });
  }
  return out;
}

export interface ReportYear {
  year: number;
  /** Where it was read: the title or the document's own settings. */
  from: string;
}

function yearOf(document: GongwenDocument, title: string): ReportYear | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?=\s*年)/u.exec(asciiDigits(title));
  if (m) return { year: Number(m[1]), from: '标题' };
  const { year } = document.meta;
  return Number.isInteger(year) && year >= 1900 && year <= 2199 ? { year, from: '文档信息' } : null;
}

/** A plan rather than a report on the past: 工作要点, a 计划 or 方案 without a 总结. */
export function isForward(title: string): boolean {
  return /要点|计划|规划|方案|打算|安排/u.test(title) && !/总结|完成情况|述职/u.test(title);
}

/** The title (its block and text) and the report year read from it, else from the document's settings. */
export function reportYear(document: GongwenDocument): { titleIndex: number; title: string; year: ReportYear | null } {
  const titleIndex = document.blocks.findIndex((b) => b.type === 'title');
  const title = titleIndex >= 0 ? blockText(document.blocks[titleIndex]!) : '';
  return { titleIndex, title, year: yearOf(document, title) };
}
