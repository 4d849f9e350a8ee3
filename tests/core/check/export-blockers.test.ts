import { describe, expect, it } from 'vitest';
import { describeBlockers, exportBlockers } from '../../../core/check/export-blockers.ts';
import { heading, textBlock, type GongwenDocument } from '../../../core/model.ts';
import { newDocument } from '../../../core/new-document.ts';
import { checkSubmission } from '../../../core/check/index.ts';
import { getTemplate } from '../../../core/templates.ts';

const META = { template: 'half-year', organ: '宣城市科技局', year: 2023, period: '上半年' as const, date: '' };

/** The half-year skeleton with the given text under 工作完成情况 / 存在的问题 / 下半年工作打算 and the date. */
function report(done: string, problems: string, plan: string, date: string): GongwenDocument {
  return {
    meta: META,
    blocks: [
      textBlock('title', '宣城市科技局2023年上半年工作总结和下半年工作打算'),
      heading(1, '工作完成情况', { section: 'done' }),
      textBlock('paragraph', done),
      heading(1, '存在的问题', { section: 'problems' }),
      textBlock('paragraph', problems),
      heading(1, '下半年工作打算', { section: 'plan' }),
      textBlock('paragraph', plan),
      textBlock('signature', '宣城市科技局'),
      textBlock('date', date),
    ],
  };
}

describe('exportBlockers', () => {
  it('lists an empty required section, a missing 成文日期 and a placeholder, in document order', () => {
    const blockers = exportBlockers(report('完成投资【　】亿元。', '', '继续推进。', ''));
    expect(blockers.map((f) => [f.code, f.block])).toEqual([
      ['placeholder', 2],
      ['empty-section', 3],
      ['date-missing', 8],
    ]);
    expect(describeBlockers(blockers)).toBe('还有 3 处必须修改（其中 1 处待填内容）');
  });

  it('is exactly the blocking findings of 检查, and empty for a finished report', () => {
    const fresh = newDocument(getTemplate('half-year'), { organ: '宣城市科技局', year: 2023 });
    expect(exportBlockers(fresh)).toEqual(checkSubmission(fresh).filter((f) => f.severity === 'blocking'));
    expect(exportBlockers(fresh).length).toBeGreaterThan(0);
    // Warnings (the half-width comma) do not stop an export.
    const finished = report('完成投资3亿元,同比增长5%。', '人手不足。', '继续推进。', '2023年6月28日');
    expect(checkSubmission(finished).length).toBeGreaterThan(0);
    expect(exportBlockers(finished)).toEqual([]);
    expect(describeBlockers(exportBlockers(report('甲。', '', '丙。', '2023年6月28日')))).toBe('还有 1 处必须修改');
  });

  it('counts the source’s numbering faults it is given', () => {
    const finished = report('甲。', '乙。', '丙。', '2023年6月28日');
    expect(exportBlockers(finished, { numberingProblems: [{ block: 1, message: '「（三）」之后是「（五）」，缺少「（四）」' }] }).map((f) => f.code)).toEqual(['numbering']);
  });
});
