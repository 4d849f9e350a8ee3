import { describe, expect, it } from 'vitest';
import { checkStructure, type Problem } from '../../../core/check/structure.ts';
import type { GongwenDocument } from '../../../core/model.ts';
import { newDocument } from '../../../core/new-document.ts';
import { getTemplate } from '../../../core/templates.ts';
import { blocksOf, type Compact } from '../compact.ts';

const fresh = () => newDocument(getTemplate('report'), { organ: '市科技局', year: 2024, date: '2025年1月10日' });
const codes = (problems: Problem[]) => problems.map((p) => ({ code: p.code, block: p.block }));

function withBlocks(entries: Compact[], template = 'report'): GongwenDocument {
  return { meta: { ...fresh().meta, template }, blocks: blocksOf(entries) };
}

// A filled report: every required section has content. Indices are used below.
const FILLED: Compact[] = [
  'T:市科技局关于报送2024年工作总结及2025年工作计划的报告', // 0
  'A:市政府办公厅：', // 1
  'P:现将我单位2024年工作总结及2025年工作计划报告如下：', // 2
  'H1:2024年工作完成情况#done', // 3
  'H2:加强科技创新', // 4
  'P:全年投入研发经费x亿元。', // 5
  'H1:存在的问题#problems', // 6
  'P:创新能力有待提升。', // 7
  'H1:2025年工作计划#plan', // 8
  'P:继续加大投入。', // 9
  'S:市科技局', // 10
  'D:2025年1月10日', // 11
];

describe('checkStructure', () => {
  it('a fresh document reports exactly its empty required sections', () => {
    const problems = checkStructure(fresh());
    expect(codes(problems)).toEqual([
      { code: 'empty-section', block: 3 },
      { code: 'empty-section', block: 5 },
      { code: 'empty-section', block: 7 },
    ]);
    for (const problem of problems) expect(problem.message).toMatch(/[\u4e00-\u9fff]/u);
    expect(problems[0]!.message).toContain('2024年工作完成情况');
  });

  it('a filled document reports nothing', () => {
    expect(checkStructure(withBlocks(FILLED))).toEqual([]);
  });

  it('a section whose only content is a subheading counts as filled', () => {
    const blocks = FILLED.slice();
    blocks.splice(5, 1); // 加强科技创新 stays, its body goes
    expect(checkStructure(withBlocks(blocks))).toEqual([]);
  });

  it('level jumps, at the heading that jumps', () => {
    const blocks = FILLED.slice();
    blocks[4] = 'H3:加强科技创新';
    const problems = checkStructure(withBlocks(blocks));
    expect(codes(problems)).toEqual([{ code: 'level-jump', block: 4 }]);
    expect(problems[0]!.message).toContain('第 5 段');
    expect(codes(checkStructure(withBlocks(['T:t', 'H2:a'], 'none')))).toEqual([{ code: 'unknown-template', block: undefined }, { code: 'level-jump', block: 1 }]);
  });

  it('a missing section (no block to point at)', () => {
    const blocks = FILLED.slice();
    blocks.splice(6, 2);
    const problems = checkStructure(withBlocks(blocks));
    expect(codes(problems)).toEqual([{ code: 'missing-section', block: undefined }]);
    expect(problems[0]!.message).toContain('存在的问题');
  });

  it('a duplicate section, at the second one', () => {
    const blocks = FILLED.slice();
    blocks.splice(8, 0, 'H1:工作完成情况（续）#done', 'P:续');
    expect(codes(checkStructure(withBlocks(blocks)))).toEqual([{ code: 'duplicate-section', block: 8 }]);
  });

  it('sections out of order, at the one that comes too late', () => {
    const blocks = [...FILLED.slice(0, 3), ...FILLED.slice(6, 8), ...FILLED.slice(3, 6), ...FILLED.slice(8)];
    expect(blocks[3]).toBe('H1:存在的问题#problems');
    expect(codes(checkStructure(withBlocks(blocks)))).toEqual([{ code: 'section-order', block: 5 }]);
  });

  it('a wording the template does not allow', () => {
    const blocks = FILLED.slice();
    blocks[3] = 'H1:存在的问题#done';
    const problems = checkStructure(withBlocks(blocks));
    expect(codes(problems)).toEqual([{ code: 'section-wording', block: 3 }]);
    expect(problems[0]!.message).toContain('2024年工作完成情况');
    blocks[3] = 'H1:2024年工作开展情况#done';
    expect(checkStructure(withBlocks(blocks))).toEqual([]);
  });

  it('an empty or missing title', () => {
    const blocks = FILLED.slice();
    blocks[0] = 'T:  ';
    expect(codes(checkStructure(withBlocks(blocks)))).toEqual([{ code: 'missing-title', block: 0 }]);
    expect(codes(checkStructure(withBlocks(FILLED.slice(1))))).toEqual([{ code: 'missing-title', block: 0 }]);
  });

  it('an empty heading', () => {
    const blocks = FILLED.slice();
    blocks[4] = 'H2: ';
    expect(codes(checkStructure(withBlocks(blocks)))).toEqual([{ code: 'empty-heading', block: 4 }]);
  });

  it('an unknown template', () => {
    expect(codes(checkStructure(withBlocks(FILLED, 'nope')))).toEqual([{ code: 'unknown-template', block: undefined }]);
  });

  it('no template chosen: nothing to say about sections, and no 「」 naming an empty template', () => {
    const problems = checkStructure(withBlocks(FILLED, ''));
    expect(problems).toEqual([]);
    expect(checkStructure(withBlocks(['T:t', 'H2:a'], '')).map((p) => p.message).join('')).not.toContain('「」');
  });
});
