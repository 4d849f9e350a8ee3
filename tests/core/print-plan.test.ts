import { describe, expect, it } from 'vitest';
import { blockText, heading, textBlock, type Block, type GongwenDocument } from '../../core/model.ts';
import { tableWidth } from '../../core/print/char-width.ts';
import { PARAGRAPH_INDENT } from '../../core/print/indents.ts';
import { isPrintedParagraph, printPlan } from '../../core/print/plan.ts';
import type { PrintedParagraph } from '../../core/print/printed-paragraph.ts';
import { findTemplate } from '../../core/templates.ts';
import { titleLines } from '../../core/print/title-lines.ts';

const template = findTemplate('half-year');
const doc = (blocks: Block[]): GongwenDocument => ({ meta: { template: 'half-year', organ: '某市科技局', year: 2023, period: '上半年', date: '' }, blocks });
const text = (p: PrintedParagraph) => p.runs.map((r) => r.text).join('');

describe('printPlan', () => {
  const blocks: Block[] = [
    textBlock('title', '某市科技局2023年上半年工作总结和下半年工作打算'),
    textBlock('addressee', '市政府'),
    heading(1, '工作完成情况'),
    textBlock('paragraph', ''),
    heading(2, '加强领导。', { runIn: true }),
    heading(2, ''),
    heading(2, '抓项目，谋发展。举办活动4场。', { runIn: true }),
    heading(3, '做到未雨绸缪。'),
    { type: 'note', children: [{ text: '上期的参考' }] } as Block,
    textBlock('paragraph', '完成投资3.5亿元'),
    textBlock('attachment', '项目清单'),
    textBlock('attachment', ''),
    textBlock('attachment', '资金表；'),
    textBlock('signature', '某市科技局'),
    textBlock('date', '2023年07月05日'),
  ];
  const plan = printPlan(doc(blocks), template).filter(isPrintedParagraph);

  it('prints every text as written: no colon added, no 。 or ； dropped, no date rewritten', () => {
    expect(plan.map(text)).toEqual([
      titleLines(blockText(blocks[0]!), '某市科技局').join('\n'),
      '市政府',
      '一、工作完成情况',
      '（一）加强领导。',
      '（二）抓项目，谋发展。举办活动4场。',
      '1.做到未雨绸缪。',
      '完成投资3.5亿元',
      '附件：1.项目清单',
      '2.资金表；',
      '某市科技局',
      '2023年07月05日',
    ]);
  });

  it('leaves out empty blocks and notes, and does not number them', () => {
    expect(plan.map((p) => p.role)).toEqual(['title', 'addressee', 'heading', 'heading', 'heading', 'heading', 'body', 'attachment', 'attachment', 'signature', 'date']);
    expect(plan.map((p) => p.block)).toEqual([0, 1, 2, 4, 6, 7, 9, 10, 12, 13, 14]);
  });

  it('splits a run-in heading into its sentence in the heading font and its body in the body font', () => {
    const runIn = plan.find((p) => text(p).startsWith('（二）'))!;
    expect(runIn.runIn).toBe(true);
    expect(runIn.keepNext).toBe(false);
    expect(runIn.runs).toEqual([
      { text: '（二）抓项目，谋发展。', font: 'heading2' },
      { text: '举办活动4场。', font: 'body' },
    ]);
  });

  it('puts a blank line after the title, before the first attachment name and before the signature', () => {
    const blanks = plan.map((p) => `${p.blankBefore ? '^' : ''}${p.role}${p.blankAfter ? '_' : ''}`);
    expect(blanks).toEqual(['title_', 'addressee', 'heading', 'heading', 'heading', 'heading', 'body', '^attachment', 'attachment', '^signature', 'date']);
  });

  it('indents body and headings two 字, hangs a wrapped attachment name under its first character', () => {
    for (const p of plan.filter((p) => p.role === 'body' || p.role === 'heading')) expect(p.indent).toEqual({ left: 0, firstLine: PARAGRAPH_INDENT, right: 0 });
    const [first, second] = plan.filter((p) => p.role === 'attachment');
    expect(first!.indent.left + first!.indent.firstLine).toBe(PARAGRAPH_INDENT);
    expect(first!.indent.left).toBe(PARAGRAPH_INDENT + tableWidth('附件：1.'));
    // 2. stands under 1., its name under the first name.
    expect(second!.indent.left + second!.indent.firstLine).toBe(PARAGRAPH_INDENT + tableWidth('附件：'));
    expect(second!.indent.left).toBe(first!.indent.left);
  });
});
