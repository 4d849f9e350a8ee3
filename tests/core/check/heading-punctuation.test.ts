import { describe, expect, it } from 'vitest';
import { edited, check, only } from './report.ts';

describe('checkSubmission: standalone headings ending in punctuation', () => {
  it('a standalone heading ending in 。，；：、 warns at the mark', () => {
    for (const mark of ['。', '，', '；', '：', '、', ':']) {
      const findings = check(edited({ 9: `H2:加大研发投入${mark}` }));
      expect(only(findings, 'heading-punctuation').map((f) => [f.block, f.start, f.end, f.severity])).toEqual([[9, 6, 7, 'warning']]);
    }
    // Seed 001's (一), written as a heading line of its own.
    const seed = check(edited({ 9: 'H2:谋字当先，抓项目助产业做到未雨绸缪。' }));
    expect(seed.map((f) => f.code)).toEqual(['heading-punctuation']);
    expect(seed[0]!.message).toBe('第 10 段章节标题「谋字当先，抓项目助产业做到未雨绸缪。」：独占一行的标题末尾不加标点，应删去「。」');
  });

  it('run-in headings, question marks, closing brackets and quotes pass', () => {
    expect(check(edited({ 9: 'H2~:加大研发投入。全年投入3亿元。' }))).toEqual([]);
    expect(check(edited({ 9: 'H2:如何加大研发投入？' }))).toEqual([]);
    expect(check(edited({ 9: 'H2:实施“双倍增”计划（2023—2025年）' }))).toEqual([]);
    expect(check(edited({ 9: 'H2:打造创新“大载体”' }))).toEqual([]);
  });

  it('the title ends without punctuation too', () => {
    const findings = only(check(edited({ 0: 'T:市科技局关于报送2023年工作总结及2024年工作计划的报告。' })), 'heading-punctuation');
    expect(findings.map((f) => [f.block, f.start])).toEqual([[0, 30]]);
    expect(findings[0]!.message).toContain('公文标题末尾不加标点');
  });
});
