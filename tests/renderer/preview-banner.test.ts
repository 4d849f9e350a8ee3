import { describe, expect, it } from 'vitest';
import { newDocument } from '../../core/new-document.ts';
import { PT_PER_MM } from '../../core/print/page-geometry.ts';
import { getTemplate } from '../../core/templates.ts';
import type { BannerItem } from '../../renderer/preview/banner-lines.ts';
import { layoutDocument, type PreviewLine } from '../../renderer/preview/layout.ts';
import { paginate } from '../../renderer/preview/paginate.ts';

function report() {
  const document = newDocument(getTemplate('report'), { organ: '宣城市科技局', year: 2023, date: '2024年1月5日' });
  document.meta.banner = { ...document.meta.banner!, number: '宣科〔2024〕7号', signers: ['王明'] };
  document.meta.colophon = { copyTo: ['市发展改革委'], printer: '宣城市科技局办公室', printDate: '2024年1月8日' };
  return document;
}

const text = (cells: { ch: string }[]) => cells.map((cell) => cell.ch).join('');

describe('预览 of the 版头 and 版记', () => {
  const document = report();
  const pages = paginate(layoutDocument(document.blocks, document.meta, getTemplate('report')).paragraphs);
  const first = pages[0]!.lines[0] as Extract<PreviewLine, { kind: 'banner' }>;
  const item = (kind: BannerItem['content']['kind']) => first.items.find((i) => i.content.kind === kind)!;

  it('draws the 发文机关标志 red and larger than the text, its top edge 35 mm below the 版心\'s', () => {
    expect(first.kind).toBe('banner');
    const mark = item('mark');
    expect(mark.content).toMatchObject({ kind: 'mark', lines: ['宣城市科技局文件'], color: 'FF0000' });
    expect((mark.content as { sizePt: number }).sizePt).toBeGreaterThan(2 * 16);
    expect(mark.topPt / PT_PER_MM).toBeCloseTo(35, 1);
  });

  it('sets the 发文字号 at the left and 签发人 at the right of one row, and the red rule under it', () => {
    const row = item('parts');
    const parts = (row.content as Extract<BannerItem['content'], { kind: 'parts' }>).parts;
    expect(parts.map((part) => text(part.cells))).toEqual(['宣科〔2024〕7号', '签发人：', '王明']);
    expect(parts[0]!.at).toBe(1);
    const rule = item('rule');
    expect(rule.content).toMatchObject({ rule: { color: 'FF0000' } });
    expect(rule.topPt).toBeGreaterThan(row.topPt + row.heightPt);
    expect(rule.topPt - (row.topPt + row.heightPt)).toBeLessThan(4 * PT_PER_MM);
  });

  it('puts the 版记\'s black rules on its lines: thick above 抄送, thin and thick around 印发', () => {
    const last = pages[pages.length - 1]!.lines.filter((line) => line.kind === 'text' || line.kind === 'tabbed');
    const copyTo = last.find((line) => line.kind === 'text' && text(line.cells).startsWith('抄送：'))!;
    const printed = last.find((line) => line.kind === 'tabbed')!;
    expect(copyTo.kind === 'text' && copyTo.rules).toEqual([{ edge: 'top', weightMm: 0.35, color: '000000' }]);
    expect(printed.kind === 'tabbed' && printed.rules?.map((rule) => `${rule.edge}:${rule.weightMm}`)).toEqual(['top:0.25', 'bottom:0.35']);
    expect(printed.kind === 'tabbed' && printed.parts.map((part) => [text(part.cells), part.align])).toEqual([
      ['宣城市科技局办公室', 'left'],
      ['2024年1月8日印发', 'right'],
    ]);
  });
});
