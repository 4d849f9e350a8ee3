import { describe, expect, it } from 'vitest';
import { textBlock } from '../../core/model.ts';
import { computeLabels } from '../../core/numbering.ts';
import { tableWidth } from '../../core/print/char-width.ts';
import { cautiousWidth } from '../../core/print/column-widths.ts';
import { resolveFormat } from '../../core/print/format.ts';
import { LINES_PER_PAGE, LINE_PITCH_PT, PT_PER_MM } from '../../core/print/page-geometry.ts';
import { isPrintedParagraph, printPlan } from '../../core/print/plan.ts';
import type { PrintedTable } from '../../core/print/printed-table.ts';
import { TABLE_LAYOUT, TABLE_LAYOUT_SOURCES } from '../../core/print/table-layout.ts';
import { printedTable } from '../../core/print/table-plan.ts';
import { findTemplate } from '../../core/templates.ts';
import { bigTable, cell, row, table, tableReport } from './table-docs.ts';

const format = resolveFormat();
const plan = (t = bigTable()) => printedTable(0, t, format, tableWidth);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const innerChars = (t: PrintedTable, column: number, span = 1) => (sum(t.columnsMm.slice(column, column + span)) - t.cellMarginMm.left - t.cellMarginMm.right) * (PT_PER_MM / t.sizePt);

describe('table layout data', () => {
  it('gives every number its source', () => {
    expect(TABLE_LAYOUT_SOURCES.length).toBeGreaterThanOrEqual(12);
    for (const { key, source } of TABLE_LAYOUT_SOURCES) expect(source.length, key).toBeGreaterThan(5);
    expect(TABLE_LAYOUT.cellSizePt).toBe(14);
    expect(TABLE_LAYOUT.tableWidthMm).toBe(156);
  });
});

describe('printedTable', () => {
  it('makes the columns sum to the 版心 width, each wide enough for its widest word', () => {
    for (const t of [plan(), plan(table([row(['一'])])), plan(table([row(['很长'.repeat(60), '1234567890', '短'])]))]) {
      expect(sum(t.columnsMm)).toBeCloseTo(156, 6);
      for (const w of t.columnsMm) expect(w).toBeGreaterThan(0);
    }
    const t = plan(table([row(['很长'.repeat(60), '1234567890', '短'])]));
    // The number is never broken: its column holds it on one line.
    expect(t.rows[0]!.cells[1]!.lines).toBe(1);
    expect(innerChars(t, 1)).toBeGreaterThanOrEqual(cautiousWidth('1234567890', 'body', tableWidth));
  });

  it('gives wide text the width it needs and leaves slack over the widest line', () => {
    const t = plan(table([row(['名称', '数额'], true), row(['科技创新综合体', '12'])]));
    expect(t.rows.every((r) => r.cells.every((c) => c.lines === 1))).toBe(true);
    expect(innerChars(t, 0) - tableWidth('科技创新综合体')).toBeGreaterThanOrEqual(TABLE_LAYOUT.columnSlackChars);
  });

  it('makes each row its tallest cell in whole grid rows, from the lines the cells wrap to', () => {
    const t = plan();
    for (const r of t.rows) {
      const lines = Math.max(...r.cells.filter((c) => c.rowSpan === 1).map((c) => c.lines));
      const need = lines * t.lineHeightPt + (t.cellMarginMm.top + t.cellMarginMm.bottom) * PT_PER_MM + t.borderPt;
      expect(r.gridRows).toBe(Math.ceil(need / LINE_PITCH_PT - 1e-6));
      expect(r.heightPt).toBeCloseTo(r.gridRows * LINE_PITCH_PT, 9);
    }
    const long = t.rows[7]!.cells[1]!;
    expect(long.lines).toBeGreaterThan(1);
    expect(long.lineTexts.join('')).toBe('一个名称较长需要在单元格内换行显示的科技项目名称');
    // Each broken line fits the cell, counted the cautious way.
    for (const line of long.lineTexts) expect(cautiousWidth(line, 'body', tableWidth)).toBeLessThanOrEqual(innerChars(t, 1) + 1e-9);
  });

  it('marks the leading header rows, in 黑体 and centred; figures centred, text left', () => {
    const t = plan();
    expect(t.rows.map((r) => r.header)).toEqual([true, ...Array<boolean>(34).fill(false)]);
    expect(t.rows[0]!.cells.every((c) => c.font === 'tableHeader' && c.align === 'center')).toBe(true);
    const body = t.rows[4]!.cells;
    expect(body.map((c) => c.font)).toEqual(['body', 'body', 'body', 'body', 'body']);
    expect(body.map((c) => c.align)).toEqual(['center', 'left', 'center', 'center', 'left']);
    const right = printedTable(0, bigTable(), resolveFormat({ figureAlign: 'right' }), tableWidth);
    expect(right.rows[4]!.cells.map((c) => c.align)).toEqual(['right', 'left', 'right', 'right', 'left']);
    // A header mark after a body row is no header: only leading rows repeat.
    const late = plan(table([row(['a']), row(['b'], true)]));
    expect(late.rows.map((r) => r.header)).toEqual([false, false]);
  });

  it('spans merged cells: gridSpan across columns, vMerge down rows; covered cells are not listed', () => {
    const t = plan();
    const merged = t.rows[1]!.cells[0]!;
    expect(merged).toMatchObject({ column: 0, rowSpan: 3, paragraphs: ['重点'] });
    expect(t.rows[2]!.cells.map((c) => c.column)).toEqual([1, 2, 3, 4]);
    expect(t.rows[3]!.cells.map((c) => c.column)).toEqual([1, 2, 3, 4]);
    const wide = t.rows[5]!.cells[1]!;
    expect(wide).toMatchObject({ column: 1, colSpan: 2 });
    expect(t.rows[5]!.cells.map((c) => c.column)).toEqual([0, 1, 3, 4]);
  });

  it('keeps the text of a merged-down cell that holds some, as a cell of its own', () => {
    const t = plan(table([row([cell('上', { vMerge: 'restart' }), 'x']), row([cell('下面的字', { vMerge: 'continue' }), 'y'])]));
    expect(t.rows[1]!.cells[0]).toMatchObject({ paragraphs: ['下面的字'], rowSpan: 1 });
    expect(t.rows[0]!.cells[0]!.rowSpan).toBe(1);
  });

  it('lets a row taller than a page split; every other row is kept whole', () => {
    const t = plan(table([row(['表头'], true), row(['长'.repeat(40 * 30)]), row(['短'])]));
    expect(t.rows[1]!.gridRows).toBeGreaterThan(LINES_PER_PAGE);
    expect(t.rows.map((r) => r.cantSplit)).toEqual([true, false, true]);
    // The row that splits is set from the top, so each part fills its page (LibreOffice centres each part, and then holds fewer lines).
    expect(t.rows.map((r) => r.vAlign)).toEqual(['center', 'top', 'center']);
  });

  it('a merged cell taller than its rows deepens the last of them', () => {
    const t = plan(table([row([cell('多\n行\n文\n字\n五', { vMerge: 'restart' }), 'a']), row([cell('', { vMerge: 'continue' }), 'b'])]));
    const need = Math.ceil((5 * t.lineHeightPt + t.borderPt) / LINE_PITCH_PT - 1e-6);
    expect(t.rows[0]!.gridRows + t.rows[1]!.gridRows).toBe(need);
    expect(t.rows[0]!.gridRows).toBe(1);
  });
});

describe('printPlan with tables and 附件', () => {
  const doc = tableReport();
  const items = printPlan(doc, findTemplate('half-year'));

  it('prints the caption centred in 黑体 right before its table, which it keeps with', () => {
    const at = items.findIndex((p) => p.role === 'table');
    const caption = items[at - 1]!;
    expect(caption).toMatchObject({ role: 'caption', align: 'center', keepNext: true, runs: [{ text: '表1　重点项目推进情况', font: 'caption' }] });
  });

  it('starts each 附件 on a new page with its label, a blank row, and its title centred', () => {
    const paragraphs = items.filter(isPrintedParagraph);
    const labels = paragraphs.filter((p) => p.role === 'annex-label');
    expect(labels.map((p) => p.runs[0]!.text)).toEqual(['附件1', '附件2']);
    for (const label of labels) expect(label).toMatchObject({ pageBreakBefore: true, keepNext: true, align: 'left', blankAfter: true, indent: { left: 0, firstLine: 0, right: 0 }, runs: [{ font: 'annexLabel' }] });
    const titles = paragraphs.filter((p) => p.role === 'annex-title');
    expect(titles.map((p) => [p.runs[0]!.text, p.runs[0]!.font, p.align])).toEqual([
      ['重点项目清单', 'title', 'center'],
      ['资金安排表', 'title', 'center'],
    ]);
    // The second attachment's table comes after its title.
    expect(items.at(-1)!.role).toBe('table');
  });

  it('labels a lone attachment 附件, several 附件1 附件2 …, where the 附件说明 is numbered', () => {
    expect(computeLabels([textBlock('annex', '清单')])).toEqual(['附件']);
    const labels = computeLabels(doc.blocks);
    expect(labels.filter((l) => l?.startsWith('附件') && !l.startsWith('附件：'))).toEqual(['附件1', '附件2']);
    expect(labels.filter((l) => l?.startsWith('附件：'))).toEqual(['附件：1.']);
  });

  it('prints an attachment without a title as its label alone, still on a new page', () => {
    const first = doc.blocks.findIndex((b) => b.type === 'annex');
    const blocks = [...doc.blocks.slice(0, first), { type: 'annex' as const, children: [{ text: '' }] }, { type: 'paragraph' as const, children: [{ text: '附件正文' }] }];
    const printed = printPlan({ ...doc, blocks }, findTemplate('half-year')).filter(isPrintedParagraph);
    const label = printed.find((p) => p.role === 'annex-label')!;
    expect(label).toMatchObject({ pageBreakBefore: true, blankAfter: false, runs: [{ text: '附件' }] });
    expect(printed.some((p) => p.role === 'annex-title')).toBe(false);
  });
});
