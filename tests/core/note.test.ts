import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../core/check/structure.ts';
import { exportDocx } from '../../core/export/docx.ts';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import { heading, textBlock, type GongwenDocument } from '../../core/model.ts';
import { checkSubmission } from '../../core/check/index.ts';
import { paragraphsOf, readPackage } from './export-xml.ts';

/** A 参考 note: last period's text kept for the clerk, in the editor only. */
function withNote(): GongwenDocument {
  return {
    meta: { template: 'half-year', organ: '某局', year: 2024, period: '上半年', date: '2024年7月1日' },
    blocks: [
      textBlock('title', '某局2024年上半年工作总结和下半年工作打算'),
      heading(1, '上半年工作完成情况', { section: 'done' }),
      heading(2, '推进科技项目'),
      textBlock('note', '上期计划：争取省级以上项目30项，资金1.2亿元。'),
      heading(1, '存在的问题', { section: 'problems' }),
      textBlock('paragraph', '投入不足。'),
      heading(1, '下半年工作打算', { section: 'plan' }),
      textBlock('note', '上期打算：建设创新平台。'),
      textBlock('signature', '某局'),
      textBlock('date', '2024年7月1日'),
    ],
  };
}

describe('参考 notes', () => {
  it('are kept in the .gwdoc', () => {
    const parsed = parseGwdoc(serializeGwdoc(withNote()));
    expect(parsed.ok && parsed.document.blocks.filter((b) => b.type === 'note').length).toBe(2);
  });

  it('are never exported', async () => {
    const xml = readPackage(await exportDocx(withNote())).part('word/document.xml');
    expect(xml).not.toContain('上期计划');
    expect(xml).not.toContain('上期打算');
    expect(paragraphsOf(xml).some((p) => p.text === '（一）推进科技项目')).toBe(true);
  });

  it('do not count as a section’s content, and are not checked as report text', () => {
    const problems = checkStructure(withNote());
    expect(problems.filter((p) => p.code === 'empty-section').map((p) => p.block)).toEqual([6]);
    // 1.2亿元 in a note is no finding of the report (its figures are last period's).
    expect(checkSubmission(withNote()).filter((f) => f.block === 3 || f.block === 7)).toEqual([]);
  });
});
