import { describe, expect, it } from 'vitest';
import { listState, inStep } from '../../core/annex-list.ts';
import { annexZoneStart } from '../../core/annex-zone.ts';
import { checkSubmission } from '../../core/check/index.ts';
import { blockText, cellText, heading, textBlock, type Block, type GongwenDocument, type TableBlock, type TableCell } from '../../core/model.ts';
import { rollForward } from '../../core/rollforward/roll-forward.ts';

const H = '【\u3000】';
const cell = (text: string): TableCell => ({ type: 'table-cell', children: [{ type: 'cell-paragraph', children: [{ text }] }] });
const table = (rows: string[][]): TableBlock => ({ type: 'table', children: rows.map((cells, r) => ({ type: 'table-row', ...(r === 0 ? { header: true } : {}), children: cells.map(cell) })) });
const cells = (t: Block) => (t as TableBlock).children.map((row) => row.children.map(cellText));

const LAST: GongwenDocument = {
  meta: { template: 'half-year', organ: '市科技局', year: 2023, period: '上半年', date: '2023年6月28日' },
  blocks: [
    textBlock('title', '市科技局2023年上半年工作总结和下半年工作打算'),
    heading(1, '工作完成情况', { section: 'done' }),
    textBlock('paragraph', '新增高新技术企业45家。'),
    textBlock('caption', '表1 2023年上半年主要指标'),
    table([
      ['指标', '完成值'],
      ['研发投入（亿元）', '3.5'],
      ['技术合同（项）', '128'],
    ]),
    heading(1, '存在的问题', { section: 'problems' }),
    textBlock('paragraph', '投入不足。'),
    heading(1, '下半年工作打算', { section: 'plan' }),
    textBlock('paragraph', '继续推进。'),
    textBlock('attachment', '2023年重点项目清单'),
    textBlock('signature', '市科技局'),
    textBlock('date', '2023年6月28日'),
    textBlock('annex', '2023年重点项目清单'),
    heading(1, '科技类项目'),
    textBlock('paragraph', '共12个项目，总投资3.5亿元。'),
    table([
      ['项目', '投资（万元）'],
      ['甲项目', '1,200'],
    ]),
  ],
};

describe('roll forward carries tables and attachments', () => {
  it('a body table keeps its cells, its figures become placeholders; the 表题 stays above it', () => {
    const { document } = rollForward(LAST);
    const body = document.blocks.slice(0, annexZoneStart(document.blocks));
    const at = body.findIndex((b) => b.type === 'table');
    expect(at).toBeGreaterThan(0);
    expect(body[at - 1]).toEqual(textBlock('caption', '表1 2023年上半年主要指标'));
    expect(cells(body[at]!)).toEqual([
      ['指标', '完成值'],
      ['研发投入（亿元）', H],
      ['技术合同（项）', H],
    ]);
    expect((body[at] as TableBlock).children[0]!.header).toBe(true);
  });

  it('the attachments follow the 成文日期 with their content masked, and the 附件说明 still names them', () => {
    const { document, report } = rollForward(LAST);
    const { blocks } = document;
    const zone = annexZoneStart(blocks);
    expect(blocks[zone - 1]!.type).toBe('date');
    expect(blocks.slice(zone).filter((b) => b.type !== 'note').map((b) => (b.type === 'table' ? cells(b) : [b.type, blockText(b)]))).toEqual([
      ['annex', '2023年重点项目清单'],
      ['heading', '科技类项目'],
      ['paragraph', `共${H}个项目，总投资${H}亿元。`],
      [
        ['项目', '投资（万元）'],
        ['甲项目', H],
      ],
    ]);
    expect(inStep(listState(blocks))).toBe(true);
    expect(checkSubmission(document).filter((f) => f.code === 'annex-list-mismatch')).toEqual([]);
    // The cell figures count as placeholders to fill, like the body's.
    expect(report.placeholders).toBeGreaterThanOrEqual(5);
  });

  it('moving to the next year moves the attachment titles and the list alike', () => {
    const { document } = rollForward(LAST, { template: 'half-year' });
    expect(document.meta.year).toBe(2024);
    expect(listState(document.blocks)).toEqual({ titles: ['2024年重点项目清单'], lines: ['2024年重点项目清单'] });
  });

  it('no cell text is lost: each of last period’s cells is in the new table or in a 参考 note beside it', () => {
    const { document } = rollForward(LAST);
    const notes = document.blocks.filter((b) => b.type === 'note').map(blockText).join('\n');
    expect(notes).toContain('研发投入（亿元）\u30003.5');
    expect(notes).toContain('甲项目\u30001,200');
  });
});
