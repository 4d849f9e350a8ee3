import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { printPlan } from '../../core/print/plan.ts';
import type { PrintedTable } from '../../core/print/printed-table.ts';
import { findTemplate } from '../../core/templates.ts';
import { skipReason } from '../env/requirements.ts';
import { bigTable, tableReport } from '../core/table-docs.ts';
import { convertToPdf, findSoffice } from './libreoffice.ts';
import { charCount, fullHanziLines, layout, readPdf, type Layout, type Page, type Row } from './measure.ts';
import { rasterPage, type Raster } from './raster.ts';

/**
 * A report with a 35-row table (a header row, a cell merged down three rows, one across two
 * columns, names that wrap) and two 附件, exported and printed by LibreOffice. Measured here, not
 * by gbt-check: that tool counts a table's rows as body lines and fails every document with a
 * table, so the plain pages' 22 lines of 28 characters are counted from the PDF's word boxes.
 *
 * The numbers are the standard's and the page's, written out (28 mm and 184 mm for the 版心's
 * edges, 28.95 pt rows), not read from the layout data, so that a wrong number there fails.
 */
const skipped = skipReason('libreoffice', 'poppler', 'cjk-fonts');
const soffice = findSoffice();
const LEFT = 28;
const RIGHT = 184;
const PITCH = (28.95 * 25.4) / 72;
const flat = (row: Row) => row.text.replace(/\s+/gu, '');

/** x positions (mm) of vertical dark lines at least `minMm` long: the table's borders. */
function verticalLines(raster: Raster, minMm: number): number[] {
  const counts = new Array<number>(raster.width).fill(0);
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) {
      const i = (y * raster.width + x) * 3;
      if (raster.rgb[i]! < 100 && raster.rgb[i + 1]! < 100 && raster.rgb[i + 2]! < 100) counts[x]!++;
    }
  }
  const lines: number[] = [];
  for (let x = 0; x < raster.width; x++) {
    if (counts[x]! < minMm * raster.scale) continue;
    let end = x;
    while (end + 1 < raster.width && counts[end + 1]! >= minMm * raster.scale) end++;
    lines.push((x + end + 1) / 2 / raster.scale);
    x = end;
  }
  return lines;
}

/** y positions (mm) of horizontal dark lines spanning most of the 版心: the table's row borders. */
function horizontalLines(raster: Raster): number[] {
  const lines: number[] = [];
  for (let y = 0; y < raster.height; y++) {
    let dark = 0;
    for (let x = 0; x < raster.width; x++) {
      const i = (y * raster.width + x) * 3;
      if (raster.rgb[i]! < 100 && raster.rgb[i + 1]! < 100 && raster.rgb[i + 2]! < 100) dark++;
    }
    if (dark < 100 * raster.scale) continue;
    const at = y / raster.scale;
    if (lines.length && at - lines.at(-1)! < 0.5) continue;
    lines.push(at);
  }
  return lines;
}

describe.skipIf(skipped !== null || !soffice.ok)(`tables and 附件 printed by LibreOffice${skipped ? ` — ${skipped}` : ''}`, { timeout: 300_000 }, () => {
  const document = tableReport(bigTable(35), 12);
  const plan = printPlan(document, findTemplate('half-year'));
  const table = plan.find((p): p is PrintedTable => p.role === 'table')!;
  let dir: string;
  let pdf: string;
  let pages: Page[];
  let grid: Layout;
  // Pages holding the big table: those with its header row.
  let tablePages: number[];

  beforeAll(async () => {
    if (!soffice.ok) return;
    dir = mkdtempSync(join(tmpdir(), 'gongwen-table-'));
    const file = join(dir, 'table.docx');
    writeFileSync(file, await exportDocx(document));
    convertToPdf(soffice.path, [file], dir);
    pdf = join(dir, 'pdf', 'table.pdf');
    pages = readPdf(pdf);
    grid = layout(pages);
    tablePages = pages.flatMap((page, i) => (page.body.some((row) => flat(row).startsWith('序号项目名称')) ? [i] : []));
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('repeats the header row at the top of every page the table runs onto', () => {
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    // Consecutive pages, and every data row's 序号 printed once on them.
    expect(tablePages).toEqual(tablePages.map((_, i) => tablePages[0]! + i));
    // The header (two lines in its 2023年投资（万元） cell) comes first on each page, before any data row.
    for (const i of tablePages.slice(1)) {
      const at = pages[i]!.body.findIndex((row) => flat(row).startsWith('序号项目名称'));
      expect(at, `page ${i + 1}`).toBeLessThanOrEqual(1);
      expect(flat(pages[i]!.body[0]!)).toMatch(/^(序号项目名称|2023年投)/u);
    }
  });

  it('splits no row across pages: every line of a wrapped cell is on its row’s page', () => {
    for (const r of [7, 14, 21, 28]) {
      const figure = String(1000 + r * 37);
      const page = pages.findIndex((p) => p.body.some((row) => flat(row).includes(figure)));
      expect(page, figure).toBeGreaterThanOrEqual(0);
      const lines = table.rows[r]!.cells[1]!.lineTexts;
      expect(lines.length).toBeGreaterThan(1);
      const text = pages[page]!.body.map(flat).join('');
      for (const line of lines) expect(text, `${figure}: ${line}`).toContain(line);
    }
  });

  it('draws the table the 版心 wide (28–184 mm), its rows as high as the plan says', () => {
    for (const i of tablePages) {
      const raster = rasterPage(pdf, i + 1);
      const verticals = verticalLines(raster, 20);
      expect(Math.abs(verticals[0]! - LEFT), `page ${i + 1} left`).toBeLessThanOrEqual(0.5);
      expect(Math.abs(verticals.at(-1)! - RIGHT), `page ${i + 1} right`).toBeLessThanOrEqual(0.5);
      // Row borders: every gap a whole number of 28.95 pt grid rows.
      const rules = horizontalLines(raster);
      expect(rules.length).toBeGreaterThan(5);
      for (let k = 1; k < rules.length; k++) {
        const rows = (rules[k]! - rules[k - 1]!) / PITCH;
        expect(Math.abs(rows - Math.round(rows)), `page ${i + 1} gap ${k}: ${rows}`).toBeLessThanOrEqual(0.05);
      }
    }
    // The first page's rows, header first, at the plan's heights.
    const rules = horizontalLines(rasterPage(pdf, tablePages[0]! + 1));
    const heights = rules.slice(1).map((y, k) => y - rules[k]!);
    const planned = table.rows.slice(0, heights.length).map((row) => (row.heightPt * 25.4) / 72);
    heights.forEach((h, k) => expect(Math.abs(h - planned[k]!), `row ${k}`).toBeLessThanOrEqual(0.3));
  });

  it('puts the text after the table back on the 22-line grid', () => {
    const last = pages[tablePages.at(-1)!]!;
    const plain = pages.find((p, i) => !tablePages.includes(i) && p.body.length === 22)!;
    const top = plain.body[0]!.mid;
    const bottom = horizontalLines(rasterPage(pdf, tablePages.at(-1)! + 1)).at(-1)!;
    const after = last.body.filter((row) => row.y0 > bottom);
    expect(after.length).toBeGreaterThan(0);
    for (const row of after) {
      const rows = (row.mid - top) / grid.pitch;
      expect(Math.abs(rows - Math.round(rows)), flat(row)).toBeLessThanOrEqual(0.05);
    }
  });

  it('keeps 22 lines of 28 characters on the pages of plain text', () => {
    const plain = pages.filter((p, i) => !tablePages.includes(i) && p.body.length >= 20 && !p.body.some((row) => /^附件\d?$/u.test(flat(row))));
    expect(plain.length).toBeGreaterThanOrEqual(1);
    for (const page of plain) {
      expect(page.body.length).toBe(22);
      const full = fullHanziLines(page, grid);
      expect(full.length).toBeGreaterThan(0);
      for (const row of full) expect(charCount(row)).toBe(28);
    }
    expect(Math.abs(grid.pitch - PITCH)).toBeLessThanOrEqual(0.1);
  });

  it('starts each 附件 on a new page: its label top left, its title centred on the third row', () => {
    const starts = pages.flatMap((page, i) => (page.body[0] && /^附件\d?$/u.test(flat(page.body[0])) ? [i] : []));
    expect(starts.map((i) => flat(pages[i]!.body[0]!))).toEqual(['附件1', '附件2']);
    const top = pages.find((p) => p.body.length === 22)!.body[0]!.mid;
    for (const i of starts) {
      const [label, title] = pages[i]!.body;
      expect(Math.abs(label!.x0 - LEFT)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(label!.mid - top)).toBeLessThanOrEqual(1);
      expect(Math.abs((title!.x0 + title!.x1) / 2 - (LEFT + RIGHT) / 2)).toBeLessThanOrEqual(1);
      expect(Math.abs(title!.mid - top - 2 * PITCH)).toBeLessThanOrEqual(1.5);
    }
    expect(flat(pages[starts[0]!]!.body[1]!)).toBe('重点项目清单');
    expect(flat(pages[starts[1]!]!.body[1]!)).toBe('资金安排表');
  });
});
