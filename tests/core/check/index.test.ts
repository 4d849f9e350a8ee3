import { describe, expect, it } from 'vitest';
import { newDocument } from '../../../core/new-document.ts';
import { hasBlocking, RULES } from '../../../core/check/index.ts';
import { getTemplate } from '../../../core/templates.ts';

import { CLEAN, report, edited, check, only, brief } from './report.ts';

describe('checkSubmission: a clean report', () => {
  it('reports nothing', () => {
    expect(check(report())).toEqual([]);
  });

  it('every message is Chinese and says where', () => {
    const document = edited({ 5: 'P:今年以来,新增xx家企业。一是加强。三是推进。', 12: 'D:2024年01月10日' });
    const findings = check(document);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      expect(f.message).toMatch(/[\u4e00-\u9fff]/u);
      if (f.block !== undefined) expect(f.message).toContain(`第 ${f.block + 1} 段`);
    }
  });
});

describe('RULES', () => {
  it('weighs each code once: no two rules report the same code', () => {
    const codes = RULES.flatMap((rule) => Object.keys(rule.severity));
    expect(codes).toContain('empty-section');
    expect(codes).toContain('future-year');
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('checkSubmission: structure problems (structure.ts), with severities', () => {
  it('a fresh document: empty required sections block, and so do the unfilled date and a 上行文 without 签发人', () => {
    const fresh = newDocument(getTemplate('report'), { organ: '市科技局', year: 2023 });
    const findings = check(fresh).filter((f) => f.code !== 'signer-missing');
    expect(check(fresh).filter((f) => f.code === 'signer-missing').map((f) => f.severity)).toEqual(['blocking']);
    expect(brief(findings)).toEqual([
      { code: 'empty-section', severity: 'blocking', block: 3, start: undefined, end: undefined },
      { code: 'empty-section', severity: 'blocking', block: 5, start: undefined, end: undefined },
      { code: 'empty-section', severity: 'blocking', block: 7, start: undefined, end: undefined },
      { code: 'date-missing', severity: 'blocking', block: 10, start: undefined, end: undefined },
    ]);
    expect(findings[0]!.message).toContain('2023年工作完成情况');
    expect(findings[3]!.message).toBe('第 11 段成文日期还没有填写');
    expect(hasBlocking(findings)).toBe(true);
  });

  it('a missing section has no block and comes first', () => {
    const findings = check(report([...CLEAN.slice(0, 6), ...CLEAN.slice(8)]));
    expect(brief(findings)).toEqual([{ code: 'missing-section', severity: 'blocking', block: undefined, start: undefined, end: undefined }]);
    expect(findings[0]!.message).toContain('存在的问题');
  });

  it('level jumps and empty headings block; a wording the template does not list only warns', () => {
    const findings = check(edited({ 9: 'H3:加大研发投入', 7: 'P:创新能力有待提升。' }));
    expect(brief(findings)).toEqual([{ code: 'level-jump', severity: 'blocking', block: 9, start: undefined, end: undefined }]);
    expect(findings[0]!.message).toContain('第 10 段');
    expect(brief(check(edited({ 9: 'H2: ' })))).toEqual([{ code: 'empty-heading', severity: 'blocking', block: 9, start: undefined, end: undefined }]);
    const wording = check(edited({ 6: 'H1:困难和挑战#problems' }));
    expect(brief(wording)).toEqual([{ code: 'section-wording', severity: 'warning', block: 6, start: undefined, end: undefined }]);
    expect(wording[0]!.message).toMatch(/^第 7 段：「困难和挑战」/u);
    expect(hasBlocking(wording)).toBe(false);
  });

  it('duplicate and misplaced sections block; an unknown template warns', () => {
    const duplicate = [...CLEAN.slice(0, 8), 'H1:2023年工作完成情况（续）#done', 'P:续。', ...CLEAN.slice(8)];
    expect(only(check(report(duplicate)), 'duplicate-section').map((f) => [f.block, f.severity])).toEqual([[8, 'blocking']]);
    const reordered = [...CLEAN.slice(0, 3), ...CLEAN.slice(6, 8), ...CLEAN.slice(3, 6), ...CLEAN.slice(8)];
    expect(only(check(report(reordered)), 'section-order').map((f) => [f.block, f.severity])).toEqual([[5, 'blocking']]);
    expect(brief(check(report(CLEAN, { template: 'nope' })))).toEqual([{ code: 'unknown-template', severity: 'warning', block: undefined, start: undefined, end: undefined }]);
  });
});

describe('checkSubmission: numbering problems from the importer', () => {
  it('each is blocking, at its heading, with the importer’s sentence', () => {
    const findings = check(report(), {
      numberingProblems: [
        { block: 9, message: '「（三）」之后是「（五）」，缺少「（四）」' },
        { block: 4, message: '「（一）」重复' },
      ],
    });
    expect(brief(findings)).toEqual([
      { code: 'numbering', severity: 'blocking', block: 4, start: undefined, end: undefined },
      { code: 'numbering', severity: 'blocking', block: 9, start: undefined, end: undefined },
    ]);
    expect(findings[1]!.message).toBe('第 10 段「加大研发投入」：「（三）」之后是「（五）」，缺少「（四）」');
  });

  it('an index outside the document keeps its message, without a block', () => {
    expect(brief(check(report(), { numberingProblems: [{ block: 99, message: '缺少「（四）」' }] }))).toEqual([
      { code: 'numbering', severity: 'blocking', block: undefined, start: undefined, end: undefined },
    ]);
  });
});

describe('checkSubmission: order', () => {
  it('by block, then by offset; findings without a block first', () => {
    const document = report([
      'T:市科技局关于报送2023年工作总结及2024年工作计划的报告。',
      'A:市政府办公厅:',
      'P:现将我局xxxx年工作总结,报告如下：',
      ...CLEAN.slice(3, 6),
      ...CLEAN.slice(8, 12),
      'D:2022年06月08日',
    ]);
    const findings = check(document, { numberingProblems: [{ block: 4, message: '编号重复' }] });
    expect(findings.map((f) => [f.code, f.block ?? null, f.start ?? null])).toEqual([
      ['missing-section', null, null],
      ['heading-punctuation', 0, 30],
      ['half-width-punctuation', 1, 6],
      ['placeholder', 2, 4],
      ['half-width-punctuation', 2, 13],
      ['numbering', 4, null],
      ['date-format', 10, null],
      ['date-year', 10, null],
    ]);
  });
});
