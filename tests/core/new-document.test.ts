import { describe, expect, it } from 'vitest';
import { newDocument } from '../../core/new-document.ts';
import { normalizeBlocks } from '../../core/normalize.ts';
import { BUILTIN_TEMPLATES, getTemplate } from '../../core/templates.ts';
import { compactOf } from './compact.ts';

const OPTIONS = { organ: '市科技局', year: 2024 };

describe('newDocument', () => {
  it('half-year', () => {
    const document = newDocument(getTemplate('half-year'), { ...OPTIONS, date: '2024年7月10日' });
    expect(document.meta).toEqual({ template: 'half-year', organ: '市科技局', year: 2024, period: '上半年', date: '2024年7月10日' });
    expect(compactOf(document.blocks)).toEqual([
      'T:市科技局2024年上半年工作总结和下半年工作打算',
      'P:根据要求，现将我单位2024年上半年工作完成情况和下半年工作打算报告如下：',
      'H1:工作完成情况#done', 'P:',
      'H1:存在的问题#problems', 'P:',
      'H1:下半年工作打算#plan', 'P:',
      'S:市科技局',
      'D:2024年7月10日',
    ]);
  });

  it('annual', () => {
    const document = newDocument(getTemplate('annual'), OPTIONS);
    expect(document.meta).toEqual({ template: 'annual', organ: '市科技局', year: 2024, period: '全年', date: '' });
    expect(compactOf(document.blocks)).toEqual([
      'T:市科技局2024年工作总结和2025年工作计划',
      'P:现将我单位2024年工作完成情况和2025年工作计划报告如下：',
      'H1:2024年工作完成情况#done', 'P:',
      'H1:存在的问题#problems', 'P:',
      'H1:2025年工作计划#plan', 'P:',
      'S:市科技局',
      'D:',
    ]);
  });

  it('key-points', () => {
    expect(compactOf(newDocument(getTemplate('key-points'), OPTIONS).blocks)).toEqual([
      'T:市科技局2024年工作要点',
      'P:2024年是……的关键一年。为扎实做好全年工作，特制定本工作要点。',
      'H1:总体思路#approach', 'P:',
      'H1:主要目标#goals', 'P:',
      'H1:重点任务#tasks', 'P:',
      'S:市科技局',
      'D:',
    ]);
  });

  it('report: the only one with an addressee, right after the title', () => {
    expect(compactOf(newDocument(getTemplate('report'), OPTIONS).blocks)).toEqual([
      'T:市科技局关于报送2024年工作总结及2025年工作计划的报告',
      'A:市政府办公厅：',
      'P:现将我单位2024年工作总结及2025年工作计划报告如下：',
      'H1:2024年工作完成情况#done', 'P:',
      'H1:存在的问题#problems', 'P:',
      'H1:2025年工作计划#plan', 'P:',
      'S:市科技局',
      'D:',
    ]);
  });

  it('takes the period from the options over the template', () => {
    expect(newDocument(getTemplate('annual'), { ...OPTIONS, period: '年度' }).meta.period).toBe('年度');
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id]))('a new %s document is already normalized', (id) => {
    const template = getTemplate(id);
    const { meta, blocks } = newDocument(template, OPTIONS);
    expect(normalizeBlocks(blocks, { template, meta })).toEqual(blocks);
  });

  it('leaves out signature and date when the template says so', () => {
    const template = { ...getTemplate('annual'), signature: false, date: false, opening: '' };
    expect(compactOf(newDocument(template, OPTIONS).blocks).filter((b) => typeof b === 'string' && /^[SDP]:./u.test(b))).toEqual([]);
    expect(newDocument(template, OPTIONS).blocks.map((b) => b.type)).toEqual(['title', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });
});
