import { describe, expect, it } from 'vitest';
import { ANNEX_TITLE_PLACEHOLDER, planAddAnnex, planRemoveAnnex } from '../../core/annex-commands.ts';
import { checkSubmission } from '../../core/check/index.ts';
import { textBlock } from '../../core/model.ts';
import { findPlaceholders } from '../../core/placeholder.ts';
import { reportWithAnnexes } from './annex-docs.ts';

describe('添加附件 (planAddAnnex)', () => {
  it('goes after the last attachment, with a placeholder title that blocks the export until filled', () => {
    const document = reportWithAnnexes([{ title: '项目清单' }]);
    const plan = planAddAnnex(document.blocks);
    expect(plan.at).toBe(document.blocks.length);
    expect(plan.blocks).toEqual([textBlock('annex', ANNEX_TITLE_PLACEHOLDER), textBlock('paragraph')]);
    expect(plan.label).toBe('附件2');
    expect(findPlaceholders(ANNEX_TITLE_PLACEHOLDER)).toHaveLength(1);
    const added = { ...document, blocks: [...document.blocks, ...plan.blocks] };
    expect(checkSubmission(added).filter((f) => f.code === 'placeholder' && f.block === plan.at).map((f) => f.severity)).toEqual(['blocking']);
  });

  it('goes after the 成文日期 when there is none; takes the next name a 附件说明 written first already gives', () => {
    const document = reportWithAnnexes([], ['项目清单', '资金表']);
    const plan = planAddAnnex(document.blocks);
    expect(document.blocks[plan.at - 1]!.type).toBe('date');
    expect(plan).toMatchObject({ title: '项目清单', label: '附件' });
  });
});

describe('删除附件 (planRemoveAnnex)', () => {
  it('takes the attachment holding the caret, title and content; refuses in the body', () => {
    const { blocks } = reportWithAnnexes([{ title: '甲' }, { title: '乙', content: [textBlock('paragraph', '一'), textBlock('paragraph', '二')] }]);
    const second = blocks.findLastIndex((b) => b.type === 'annex');
    expect(planRemoveAnnex(blocks, second + 2)).toEqual({ ok: true, span: { start: second, end: blocks.length }, label: '附件2', title: '乙' });
    expect(planRemoveAnnex(blocks, 1)).toMatchObject({ ok: false, reason: expect.stringMatching(/附件/u) });
  });
});
