import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../core/check/structure.ts';
import { heading, textBlock, type GongwenDocument } from '../../core/model.ts';
import { quoteBlock } from '../../core/quote-block.ts';
import { planShift } from '../../core/structure.ts';

describe('quoteBlock', () => {
  it('quotes a block’s text, cut after 12 characters, and names an empty heading', () => {
    expect(quoteBlock(heading(1, '  工作完成情况 '))).toBe('「工作完成情况」');
    expect(quoteBlock(heading(2, '加快推进科技成果转化和产业化'))).toBe('「加快推进科技成果转化和产…」');
    expect(quoteBlock(heading(1, ''))).toBe('「（空标题）」');
  });

  it('is how the check and the structure refusals both name a heading', () => {
    const long = heading(3, '全面加强基础研究和应用基础研究');
    const document: GongwenDocument = { meta: { template: '', organ: '市局', year: 2023, period: '全年', date: '' }, blocks: [textBlock('title', '报告'), long] };
    expect(checkStructure(document).find((p) => p.code === 'level-jump')!.message).toContain(quoteBlock(long));
    const refused = planShift(document.blocks, 1, 1);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toContain(quoteBlock(long));
  });
});
