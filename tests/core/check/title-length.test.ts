import { describe, expect, it } from 'vitest';
import { edited, check, brief } from './report.ts';

describe('checkSubmission: title length', () => {
  it('a title that needs more than three lines of 20 characters warns', () => {
    const long = 'T:市科学技术局关于报送2023年度全市科技创新工作总结及2024年度全市科技创新工作计划和重点任务安排以及有关事项落实情况的报告';
    const findings = check(edited({ 0: long }));
    expect(brief(findings)).toEqual([{ code: 'title-too-long', severity: 'warning', block: 0, start: undefined, end: undefined }]);
    expect(findings[0]!.message).toMatch(/要排 4 行，超过三行/u);
  });

  it('a three-line title passes', () => {
    const three = 'T:市科技局关于报送2023年度全市科技创新工作总结及2024年度全市科技创新工作计划的报告';
    expect(check(edited({ 0: three }))).toEqual([]);
  });
});
