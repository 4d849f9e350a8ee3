import { describe, expect, it } from 'vitest';
import type { GongwenDocument } from '../../../core/model.ts';
import { CLEAN, report, edited, check, brief } from './report.ts';

describe('checkSubmission: 成文日期 (GB/T 9704 7.3.5.4)', () => {
  const dateFindings = (date: string, meta: Partial<GongwenDocument['meta']> = {}) => check(edited({ 12: `D:${date}` }, meta)).filter((f) => f.code.startsWith('date'));

  it('the standard form passes', () => {
    expect(dateFindings('2024年1月10日')).toEqual([]);
    expect(dateFindings('2023年12月31日')).toEqual([]);
  });

  it('leading zeros and Chinese numerals warn, with the standard form as the fix in the document', () => {
    for (const date of ['2024年01月10日', '二〇二四年一月十日', '2024-01-10', '２０２４年１月１０日']) {
      const findings = dateFindings(date);
      expect(brief(findings)).toEqual([{ code: 'date-format', severity: 'warning', block: 12, start: undefined, end: undefined }]);
      expect(findings[0]!.message).toContain('应写成「2024年1月10日」');
      expect(findings[0]!.fix).toEqual({ start: 0, end: date.length, text: '2024年1月10日' });
    }
  });

  it('a date the export cannot read blocks', () => {
    for (const date of ['24年1月10日', '2024年1月', '2024年2月30日', '一月十日']) {
      expect(brief(dateFindings(date))).toEqual([{ code: 'date-format', severity: 'blocking', block: 12, start: undefined, end: undefined }]);
    }
  });

  // The export once printed meta.date under an empty date line, a date the editor never showed.
  it('an empty date line is missing; the date the document was made with is offered as its fix', () => {
    const findings = dateFindings('', { date: '2024年01月10日' });
    expect(brief(findings)).toEqual([{ code: 'date-missing', severity: 'blocking', block: 12, start: undefined, end: undefined }]);
    expect(findings[0]!.fix).toEqual({ start: 0, end: 0, text: '2024年1月10日' });
    const none = dateFindings('');
    expect(brief(none)).toEqual([{ code: 'date-missing', severity: 'blocking', block: 12, start: undefined, end: undefined }]);
    expect(none[0]!.fix).toBeUndefined();
  });

  it('a document without a date line and without meta.date has nothing to check', () => {
    expect(check(report(CLEAN.slice(0, 12)))).toEqual([]);
  });
});
