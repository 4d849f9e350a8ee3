import { docNumberProblems } from '../doc-number.ts';
import { parseDate } from '../export/date.ts';
import type { CheckContext, Draft } from './finding.ts';

/**
 * The 版头 and 版记 (GB/T 9704-2012 7.2, 7.4; docs/gbt9704-banner.md): a 上行文 without 签发人
 * (7.2.6: a superior organ accepts a 上报 公文 only signed off), a 发文字号 not in the form
 * 机关代字〔年份〕序号号 (7.2.5) or with its 序号 still to be given, a 印发日期 before the 成文日期
 * (a document cannot be printed for issue before it is dated). They are about the document's
 * meta, not a block: no block, no fix (the 版头 panel is where the clerk corrects them).
 */
export function bannerFindings({ document, template }: CheckContext): Draft<'signer-missing' | 'doc-number-form' | 'doc-number-placeholder' | 'print-date-early'>[] {
  const { banner, colophon, date } = document.meta;
  const out: Draft<'signer-missing' | 'doc-number-form' | 'doc-number-placeholder' | 'print-date-early'>[] = [];
  if (banner) {
    if (template?.banner.upward && !banner.signers.some((name) => name.trim())) out.push({ code: 'signer-missing', message: '版头：上行文须标注签发人（GB/T 9704—2012 7.2.6）' });
    for (const problem of docNumberProblems(banner.number)) out.push({ code: 'doc-number-form', message: `版头：发文字号「${banner.number.trim()}」${problem}（7.2.5）` });
    if (/【[^】]*】/u.test(banner.number)) out.push({ code: 'doc-number-placeholder', message: `版头：发文字号「${banner.number.trim()}」的序号尚未填写` });
  }
  if (colophon) {
    const printed = parseDate(colophon.printDate);
    const dated = parseDate(date);
    const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
    if (printed && dated && key(printed) < key(dated)) out.push({ code: 'print-date-early', message: `版记：印发日期「${colophon.printDate.trim()}」早于成文日期「${date.trim()}」（7.4.3）` });
  }
  return out;
}
