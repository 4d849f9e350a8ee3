import { describe, expect, it } from 'vitest';
import { yearFindings } from '../../../core/check/years.ts';
import type { Template } from '../../../core/template.ts';
import { getTemplate } from '../../../core/templates.ts';
import { report, edited, check, only, brief } from './report.ts';

describe('checkSubmission: year consistency', () => {
  it('the date’s year: the report year or the next for an annual report', () => {
    expect(check(edited({ 12: 'D:2023年12月28日' }))).toEqual([]);
    const findings = check(edited({ 12: 'D:2022年12月28日' }));
    expect(brief(findings)).toEqual([{ code: 'date-year', severity: 'blocking', block: 12, start: undefined, end: undefined }]);
    expect(findings[0]!.message).toContain('应为 2023 或 2024 年');
    expect(only(check(edited({ 12: 'D:2025年1月10日' })), 'date-year')).toHaveLength(1);
  });

  it('a half-year report is dated in its year; a 工作要点 in its year or late the year before', () => {
    const halfYear = ['T:宣城市科技局2023年上半年工作总结和下半年工作打算', 'P:正文。', 'S:宣城市科技局'];
    expect(check(report([...halfYear, 'D:2023年6月28日'], { template: 'none' })).map((f) => f.code)).toEqual(['unknown-template']);
    expect(only(check(report([...halfYear, 'D:2024年1月5日'], { template: 'none' })), 'date-year')).toHaveLength(1);
    const keyPoints = ['T:2022年全市科技工作要点', 'P:正文。', 'S:市科技局'];
    expect(only(check(report([...keyPoints, 'D:2021年12月30日'], { template: 'none' })), 'date-year')).toEqual([]);
    expect(only(check(report([...keyPoints, 'D:2022年4月11日'], { template: 'none' })), 'date-year')).toEqual([]);
    expect(only(check(report([...keyPoints, 'D:2023年1月5日'], { template: 'none' })), 'date-year')).toHaveLength(1);
    const halfYearPlan = ['T:市科技局2024年上半年工作要点', 'P:正文。', 'S:市科技局'];
    expect(only(check(report([...halfYearPlan, 'D:2023年12月28日'], { template: 'none' })), 'date-year')).toEqual([]);
  });

  it('without a year in the title, the document’s year setting is the report year', () => {
    const untitled = edited({ 0: 'T:市科技局关于报送工作总结及工作计划的报告', 12: 'D:2021年1月10日' });
    const findings = only(check(untitled), 'date-year');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('文档信息的报告年度 2023 年');
  });

  it('「2022年以来」 in a 2023 report warns (last period’s 今年以来); 2023年以来, 2018年以来, 上年, 去年 pass', () => {
    const text = '2022年以来，累计新增企业45家。';
    const document = edited({ 5: `P:${text}` });
    const findings = check(document);
    expect(brief(findings)).toEqual([{ code: 'stale-year', severity: 'warning', block: 5, start: 0, end: 7 }]);
    expect(findings[0]!.message).toContain('「2022年以来」');
    expect(check(edited({ 5: 'P:2023年以来，新增企业45家；2018年以来累计培育企业300家；上年遗留问题已解决，去年同期为40家。' }))).toEqual([]);
    // In the plan section too: the stale phrase is the same wherever it stands.
    expect(only(check(edited({ 10: 'P:巩固2022年以来的成果。' })), 'stale-year')).toHaveLength(1);
  });

  it('a past time later than the report year warns in the sections that report on the past', () => {
    const findings = check(edited({ 5: 'P:2024年以来，新增企业45家。截至2024年底，累计300家。2024年，全市R&D经费支出8亿元。' }));
    expect(findings.map((f) => [f.code, f.start])).toEqual([
      ['future-year', 0],
      ['future-year', 16],
      ['future-year', 32],
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('a required section reports the past or plans the future as its template says, not by its key or words', () => {
    const base = getTemplate('report');
    const later = 'P:2024年以来，新增企业45家。';
    const years = (template: Template, changes: Parameters<typeof edited>[0]) =>
      yearFindings({ document: edited({ 5: later, ...changes }), template, options: {} }).map((f) => [f.code, f.block]);
    const withDone = (change: Partial<Template['sections'][number]>): Template => ({ ...base, sections: base.sections.map((s) => (s.key === 'done' ? { ...s, ...change } : s)) });
    expect(years(base, {})).toEqual([['future-year', 5]]);
    // The same section, said by its template to plan the future: later years are a matter of course.
    expect(years(withDone({ tense: 'future' }), {})).toEqual([]);
    // A key the check has never heard of, under a heading whose words say nothing: past by the template.
    const review = { 3: 'H1:一年来的主要工作#review' } as const;
    expect(years(withDone({ key: 'review' }), review)).toEqual([['future-year', 5]]);
    expect(years(withDone({ key: 'review', tense: 'future' }), review)).toEqual([]);
  });

  it('later years in the plan section, targets and comparisons pass', () => {
    expect(check(edited({ 10: 'P:2024年，我局将继续加大投入。截至2024年底，高新技术企业达到300家。力争2025年翻番，到2035年建成创新型城市。' }))).toEqual([]);
    expect(check(edited({ 5: 'P:今年以来，新增企业45家，为2024年打下基础，到2025年实现翻番，2021—2025年规划稳步推进。' }))).toEqual([]);
  });

  it('a second year in the title is the report year or the next', () => {
    expect(check(edited({ 0: 'T:市科技局2023年工作总结和2023年工作计划' }, { template: 'none' })).map((f) => f.code)).toEqual(['unknown-template']);
    const findings = only(check(edited({ 0: 'T:市科技局关于报送2023年工作总结及2025年工作计划的报告' })), 'title-year');
    expect(brief(findings)).toEqual([{ code: 'title-year', severity: 'warning', block: 0, start: 18, end: 23 }]);
  });

  it('a year in a section heading that is neither the report year nor the next', () => {
    const findings = check(edited({ 3: 'H1:2022年工作完成情况#done' }));
    expect(only(findings, 'section-year').map((f) => [f.block, f.start, f.severity])).toEqual([[3, 0, 'warning']]);
    expect(only(check(edited({ 9: 'H2:巩固2021—2025年规划成果' })), 'section-year')).toEqual([]);
    expect(only(check(edited({ 8: 'H1:2024年工作计划（2021—2025年规划收官）#plan' })), 'section-year')).toEqual([]);
    expect(only(check(edited({ 8: 'H1:２０２５年工作计划#plan' })), 'section-year').map((f) => [f.start, f.end])).toEqual([[0, 5]]);
  });
});
