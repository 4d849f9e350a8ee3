import { describe, expect, it } from 'vitest';
import { LINE_PITCH_PT, LINES_PER_PAGE } from '../../core/print/page-geometry.ts';
import type { PrintedTable } from '../../core/print/printed-table.ts';
import type { PreviewLine, PreviewParagraph } from '../../renderer/preview/layout.ts';
import { paginate, type PreviewPage } from '../../renderer/preview/paginate.ts';
import { flowTable, PAGE_BODY_PT as TYPE_AREA_PT } from '../../renderer/preview/table-flow.ts';
import { prng } from '../core/random-blocks.ts';
import { table } from './printed-tables.ts';

const blank: PreviewLine = { kind: 'blank' };
const para = (lines: number, extra: Partial<PreviewParagraph> = {}): PreviewParagraph => ({ lines: Array.from({ length: lines }, () => blank), keepNext: false, ...extra });
const tableParagraph = (printed: PrintedTable, extra: Partial<PreviewParagraph> = {}): PreviewParagraph => ({ lines: [], keepNext: false, table: printed, ...extra });

/** Each page's content: `n` for n grid lines in a row, `[rows]` for a table's rows (r = repeated header). */
function shape(pages: readonly PreviewPage[]): (number | string[])[][] {
  return pages.map((page) => {
    const out: (number | string[])[] = [];
    for (const line of page.lines) {
      if (line.kind === 'table') out.push(line.slice.rows.map((row) => `${row.repeated ? 'r' : ''}${row.row}${row.part && row.part.fromLine > 0 ? '+' : ''}`));
      else if (typeof out.at(-1) === 'number') out[out.length - 1] = (out.at(-1) as number) + 1;
      else out.push(1);
    }
    return out;
  });
}

const range = (from: number, to: number, prefix = '') => Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);

describe('a table on the preview pages', () => {
  it('a page holds its 22 grid rows, tables included (LibreOffice measured)', () => {
    expect(TYPE_AREA_PT).toBeCloseTo(LINES_PER_PAGE * LINE_PITCH_PT, 9);
  });

  it('sends a row that does not fit to the next page whole, under the header row again', () => {
    // 5 lines (144.75 pt) leave 493.05 pt: the header and 13 rows of 35 pt (490 pt). A page then
    // holds the header and 17 rows (630 pt); the last 9 rows go on a third page.
    const pages = paginate([para(5), tableParagraph(table(Array.from({ length: 40 }, () => 35)))]);
    expect(shape(pages)).toEqual([[5, range(0, 14)], [['r0', ...range(14, 31)]], [['r0', ...range(31, 40)]]]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
  });

  it('repeats every header row, in order', () => {
    const pages = paginate([tableParagraph(table([30, 20, ...Array.from({ length: 30 }, () => 40)], 2))]);
    // 637.8 − 50 = 587.8 pt: 14 rows of 40 pt a page.
    expect(shape(pages)).toEqual([[range(0, 16)], [['r0', 'r1', ...range(16, 30)]], [['r0', 'r1', ...range(30, 32)]]]);
  });

  it('sets the text after a table right under it, as many lines as the 版心 has room for', () => {
    // LibreOffice measured: the paragraph after a table starts at the table's foot, not at the
    // next grid line. 2 lines + 105 pt leave 637.8 − 57.9 − 105 = 474.9 pt: 16 lines, not 17.
    const pages = paginate([para(2), tableParagraph(table([35, 35, 35], 0)), para(30)]);
    expect(shape(pages)).toEqual([[2, range(0, 3), 16], [14]]);
    // 637.8 − 4 × 28.95 − 57.9 = 464.1 pt: 16 lines (on the grid it would be 22 − 4 − 2 = 16 as well).
    // A table is one 0.5 pt rule higher than its rows: two grid rows of table leave 15 lines, not 16.
    const exact = paginate([para(4), tableParagraph(table([28.95, 28.95], 0)), para(30)]);
    expect(shape(exact)).toEqual([[4, range(0, 2), 15], [15]]);
  });

  it('moves the whole table to the next page when its header and first row do not fit', () => {
    const pages = paginate([para(20), tableParagraph(table([30, 40, 40]))]);
    expect(shape(pages)).toEqual([[20], [range(0, 3)]]);
  });

  it('keeps a caption kept-with-next on the page of the table’s first row', () => {
    const pages = paginate([para(19), para(1, { keepNext: true }), tableParagraph(table([30, 40, 40]))]);
    expect(shape(pages)).toEqual([[19], [1, range(0, 3)]]);
  });

  it('splits a row taller than a page where it stands, at a line, the rest under the header', () => {
    // LibreOffice measured (tests/render): the row fills the page with the lines that fit, and its
    // rest stands under the repeated header, as high as its lines. 45 lines of 18 pt and a 0.5 pt
    // rule: 3 grid lines and the 30 pt header leave 637.8 − 86.85 − 30 = 520.95 pt, 28 lines.
    const pages = paginate([para(3), tableParagraph(table([30, 45 * 18 + 0.5, 40], 1, 2, 18)), para(1)]);
    expect(shape(pages)).toEqual([[3, ['0', '1']], [['r0', '1+', '2'], 1]]);
    const parts = pages.map((page) => page.lines.find((line) => line.kind === 'table')).map((line) => (line?.kind === 'table' ? line.slice.rows.find((row) => row.row === 1)! : null));
    expect(parts.map((row) => row?.part)).toEqual([
      { fromLine: 0, lines: 28 },
      { fromLine: 28, lines: 17 },
    ]);
    expect(parts.map((row) => row?.heightPt)).toEqual([TYPE_AREA_PT - 3 * LINE_PITCH_PT - 0.5 - 30, 17 * 18 + 0.5]);
  });

  it('moves a row that may split to the next page when not one line of it fits', () => {
    // A 620 pt table leaves 17.8 pt: less than a line and its rule (18.5 pt).
    const pages = paginate([tableParagraph(table([620], 0, 1)), tableParagraph(table([45 * 18 + 0.5, 30], 0, 2, 18))]);
    expect(shape(pages)).toEqual([[['0']], [['0']], [['0+', '1']]]);
  });

  it('starts an 附件 on a new page and numbers the pages on', () => {
    const pages = paginate([para(5), tableParagraph(table([30, 40])), para(1, { pageBreakBefore: true }), para(3), para(1, { pageBreakBefore: true }), para(2)]);
    expect(shape(pages)).toEqual([[5, range(0, 2)], [4], [3]]);
    expect(pages.map((page) => [page.number, page.numbered])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
  });

  it('does not put a page break before an 附件 that already starts a page', () => {
    const pages = paginate([para(22), para(1, { pageBreakBefore: true }), para(1)]);
    expect(shape(pages)).toEqual([[22], [2]]);
  });
});

describe('flowTable on random tables', () => {
  it('places every row once, in order, a page never over-full, the header on every page', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = prng(seed);
      const headers = Math.floor(random() * 3);
      // Header rows of a line or a few, as tables have them (flowTable repeats up to half a page of them).
      const heights = Array.from({ length: headers + Math.floor(random() * 60) }, (_, r) => 18 * (r >= headers && random() < 0.03 ? 30 + Math.floor(random() * 60) : 1 + Math.floor(random() * (r < headers ? 3 : 8))));
      const printed = table(heights, headers, 2, 18);
      const room = random() * TYPE_AREA_PT;
      const { slices, newPageFirst } = flowTable(printed, room);
      const own = slices.flatMap((slice) => slice.rows.filter((row) => !row.repeated));
      // Each row's parts in order, and together as high as the row.
      const order = own.map((row) => row.row);
      expect(order, `seed ${seed}`).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(order).size, `seed ${seed}`).toBe(heights.length);
      printed.rows.forEach((row, r) => {
        const parts = own.filter((part) => part.row === r);
        // Only a row the plan lets split is split, and its parts hold each of its lines once.
        if (parts.length > 1) expect(row.cantSplit, `seed ${seed} row ${r} split`).toBe(false);
        if (parts.length > 1) expect(parts.map((part) => part.part!.lines).reduce((a, b) => a + b), `seed ${seed} row ${r}`).toBe(row.cells[0]!.lines);
        if (parts.length > 1) expect(parts.map((part) => part.part!.fromLine), `seed ${seed} row ${r}`).toEqual(parts.map((_, k) => parts.slice(0, k).reduce((n, part) => n + part.part!.lines, 0)));
        if (parts.length === 1) expect(parts[0]!.heightPt, `seed ${seed} row ${r}`).toBe(row.heightPt);
      });
      slices.forEach((slice, k) => {
        const limit = k === 0 && !newPageFirst ? room : TYPE_AREA_PT;
        expect(slice.heightPt, `seed ${seed} slice ${k}`).toBeLessThanOrEqual(limit + 0.01);
        if (k > 0) expect(slice.rows.slice(0, headers).map((row) => [row.row, row.repeated]), `seed ${seed}`).toEqual(range(0, headers).map((r) => [Number(r), true]));
      });
    }
  });
});
