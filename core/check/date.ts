import { parseDate, standardDate } from '../export/date.ts';
import { blockText } from '../model.ts';
import { findPlaceholders } from '../placeholder.ts';
import type { CheckContext, Draft } from './finding.ts';
import { where } from './message.ts';
import { asciiDigits, isForward, reportYear } from './report-year.ts';

const STANDARD_DATE = /^(\d{4})年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日$/u;

/**
 * The years a 成文日期 may carry. A plan (工作要点, a 计划 without a 总结) is dated late the year
 * before or in its year; a report on a half year in that year; any other report in its year or
 * early the next.
 */
function dateYears(title: string, year: number): number[] {
  if (isForward(title)) return [year - 1, year];
  if (/上半年/u.test(title) && !/全年|年度工作总结/u.test(title)) return [year];
  return [year, year + 1];
}

/** 成文日期 (GB/T 9704 7.3.5.4): there, in the standard form, in a year the report can be dated in. */
export function dateFindings({ document }: CheckContext): Draft<'date-missing' | 'date-format' | 'date-year'>[] {
  const { blocks, meta } = document;
  const { title, year: reportYearOf } = reportYear(document);
  const dateIndex = blocks.findIndex((b) => b.type === 'date');
  const blockDate = dateIndex >= 0 ? blockText(blocks[dateIndex]!).trim() : '';
  // The date printed is the date line as written.
  const text = blockDate;
  const at = dateIndex >= 0 ? { block: dateIndex } : {};
  const prefix = dateIndex >= 0 ? `${where(dateIndex)}` : '';
  if (!text) {
    if (dateIndex < 0) return [];
    // The date the document was created with, offered back where the clerk emptied the line.
    const known = parseDate(meta.date);
    const fill = known ? standardDate(known) : '';
    const line = blockText(blocks[dateIndex]!);
    return [{ code: 'date-missing', ...at, message: `${prefix}成文日期还没有填写${fill ? `（可填入「${fill}」）` : ''}`, ...(fill ? { fix: { start: 0, end: line.length, text: fill } } : {}) }];
  }
  // An unfilled date (xxxx年x月x日) is listed as placeholders.
  if (blockDate && findPlaceholders(blockDate).length) return [];
  const findings: Draft<'date-missing' | 'date-format' | 'date-year'>[] = [];
  const plain = asciiDigits(text);
  const parsed = parseDate(text);
  const standard = STANDARD_DATE.test(text) && parsed !== null;
  if (!standard) {
    const rule = 'GB/T 9704 7.3.5.4 要求用阿拉伯数字、年份写全、月日不编虚位';
    findings.push(
      parsed
        ? { code: 'date-format', ...at, message: `${prefix}成文日期「${text}」不合规范（${rule}），应写成「${standardDate(parsed)}」`, fix: { start: 0, end: blockText(blocks[dateIndex]!).length, text: standardDate(parsed) } }
        : { code: 'date-format', ...at, message: `${prefix}成文日期「${text}」不合规范（${rule}），应写成「2023年7月10日」的形式` },
    );
  }
  const year = parsed?.year ?? Number(/^(\d{4})\s*年/u.exec(plain)?.[1] ?? NaN);
  if (reportYearOf && Number.isFinite(year)) {
    const allowed = dateYears(title, reportYearOf.year);
    if (!allowed.includes(year)) {
      findings.push({
        code: 'date-year',
        ...at,
        message: `${prefix}成文日期「${text}」是 ${year} 年，与${reportYearOf.from}的报告年度 ${reportYearOf.year} 年不符（应为 ${allowed.join(' 或 ')} 年）`,
      });
    }
  }
  return findings;
}
