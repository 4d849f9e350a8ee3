import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { parseGwdoc } from '../../core/gwdoc.ts';
import type { GongwenDocument } from '../../core/model.ts';
import { MARGIN_MM, PAGE_MM, TYPE_AREA_MM } from '../../core/print/page-geometry.ts';
import { documentPages } from '../../renderer/preview/document-pages.ts';
import type { PreviewLine } from '../../renderer/preview/layout.ts';
import { skipReason } from '../env/requirements.ts';
import { convertToPdf, findSoffice } from './libreoffice.ts';
import { readPdf, type Page, type Row } from './measure.ts';
import { inkBands, rasterPage, type Band } from './raster.ts';

/**
 * The 版记 (GB/T 9704-2012 7.4) of a 报告, exported and printed by LibreOffice, measured against the
 * clause values as the standard gives them (written here, not read from templates/): its rules
 * 0.35, 0.25 and 0.35 mm (7.4.1 推荐高度) across the 版心, the last one on the 版心's bottom edge
 * (262 mm from the page's top), on an even page without a page number, a blank page without one
 * before it where the body ends on an even page (7.5); 抄送 and 印发 in 4号 (14 pt) characters,
 * 左右各空一字 (7.4.2, 7.4.3). And 预览 breaks the 4号 抄送 into the same lines as LibreOffice.
 *
 * Tolerances: 0.5 mm for the last rule's bottom edge and the rules' ends, 0.1 mm for a rule's
 * weight (the page is read at 20 pixels a mm), 0.5 mm for 空一字 and the 抄送's hanging indent.
 * Measured with LibreOffice 25.2: the last rule 261.65–262.00 mm, weights 0.35/0.25/0.35 mm, ends
 * 28.00 and 184.00 mm.
 */
const skipped = skipReason('libreoffice', 'poppler', 'cjk-fonts');
const soffice = findSoffice();
const BOTTOM = PAGE_MM.height - MARGIN_MM.bottom;
const LEFT = TYPE_AREA_MM.left;
const RIGHT = TYPE_AREA_MM.left + TYPE_AREA_MM.width;
/** One 4号 character: 14 pt. */
const SMALL_EM = (14 * 25.4) / 72;

const LONG_COPY_TO = ['市委办公室', '市人大常委会办公室', '市政府办公室', '市纪委监委', '市发展和改革委员会', '市财政局', '市审计局', '各县市区科技局', '市直各有关单位'];

function report(keep: number, copyTo: string[]): GongwenDocument {
  const parsed = parseGwdoc(readFileSync(new URL('../fixtures/seeds/000-xuancheng-half-year.gwdoc', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const { document } = parsed;
  // Bodies cut short, so that one ends on an odd page and one on an even page.
  const tail = document.blocks.filter((b) => b.type === 'signature' || b.type === 'date');
  document.blocks = [...document.blocks.filter((b) => b.type !== 'signature' && b.type !== 'date').slice(0, keep), ...tail];
  document.meta.template = 'report';
  document.meta.banner = { organs: ['宣城市科学技术局'], withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三'] };
  document.meta.colophon = { copyTo, printer: '宣城市科学技术局办公室', printDate: '2023年7月12日' };
  return document;
}

const CASES = new Map<string, GongwenDocument>([
  ['long', report(1000, LONG_COPY_TO)],
  ['short-12', report(12, ['市委办公室', '市人大常委会办公室'])],
  ['short-30', report(30, ['市委办公室'])],
]);

const flat = (row: Row) => row.text.replace(/\s+/gu, '');
const previewText = (line: PreviewLine) =>
  line.kind === 'text' ? line.cells.map((cell) => cell.ch).join('') : line.kind === 'tabbed' ? line.parts.map((part) => part.cells.map((cell) => cell.ch).join('')).join('') : '';

describe.skipIf(skipped !== null || !soffice.ok)(`版记 printed by LibreOffice${skipped ? ` — ${skipped}` : ''}`, { timeout: 240_000 }, () => {
  let dir: string;
  const printed = new Map<string, { pages: Page[]; rules: Band[] }>();

  beforeAll(async () => {
    if (!soffice.ok) return;
    dir = mkdtempSync(join(tmpdir(), 'gongwen-colophon-'));
    const files = [];
    for (const [name, document] of CASES) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await exportDocx(document));
      files.push(file);
    }
    convertToPdf(soffice.path, files, dir);
    for (const name of CASES.keys()) {
      const pdf = join(dir, 'pdf', `${name}.pdf`);
      const pages = readPdf(pdf);
      // Rules: rows of the last page with over 100 mm of dark ink (a line of text has far less).
      printed.set(name, { pages, rules: inkBands(rasterPage(pdf, pages.length, 20), 'dark', 100) });
    }
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ends the body on an odd page in one case and on an even page in another', () => {
    const bodyEnds = [...printed.values()].map(({ pages }) => pages.findLastIndex((page) => page.pageNumber !== null) + 1);
    expect(bodyEnds.some((n) => n % 2 === 1)).toBe(true);
    expect(bodyEnds.some((n) => n % 2 === 0)).toBe(true);
  });

  describe.each([...CASES.keys()])('%s', (name) => {
    it('puts the 版记 on an even last page, a blank page before it where the body ends on an even one, neither numbered (7.4.1, 7.5)', () => {
      const { pages } = printed.get(name)!;
      expect(pages.length % 2).toBe(0);
      const bodyEnd = pages.findLastIndex((page) => page.pageNumber !== null) + 1;
      expect(pages.length).toBe(bodyEnd % 2 === 1 ? bodyEnd + 1 : bodyEnd + 2);
      for (const page of pages.slice(bodyEnd)) expect(page.pageNumber).toBeNull();
      if (bodyEnd % 2 === 0) expect(pages[bodyEnd]!.rows).toEqual([]);
      // Only the 版记 on its page.
      expect(pages.at(-1)!.rows.every((row) => row.mid > TYPE_AREA_MM.top + TYPE_AREA_MM.height / 2)).toBe(true);
    });

    it('draws three rules across the 版心, 0.35, 0.25 and 0.35 mm, the last on the 版心\'s bottom edge (7.4.1)', () => {
      const { rules, pages } = printed.get(name)!;
      expect(rules).toHaveLength(3);
      expect(rules.map((rule) => rule.bottom - rule.top).map((weight, i) => Math.abs(weight - [0.35, 0.25, 0.35][i]!) <= 0.1)).toEqual([true, true, true]);
      for (const rule of rules) {
        expect(Math.abs(rule.left - LEFT)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(rule.right - RIGHT)).toBeLessThanOrEqual(0.5);
      }
      expect(Math.abs(rules[2]!.bottom - BOTTOM)).toBeLessThanOrEqual(0.5);
      // 抄送 between the first and the thin rule, 印发 between the thin and the last.
      const rows = pages.at(-1)!.rows;
      const copyTo = rows.filter((row) => row.mid > rules[0]!.bottom && row.mid < rules[1]!.top);
      const printedBy = rows.filter((row) => row.mid > rules[1]!.bottom && row.mid < rules[2]!.top);
      expect(flat(copyTo[0]!)).toMatch(/^抄送：/u);
      expect(printedBy.map(flat)).toEqual(['宣城市科学技术局办公室2023年7月12日印发']);
    });

    it('sets 抄送 and 印发 one 4号 character in from each side, later 抄送 lines under the first name (7.4.2, 7.4.3)', () => {
      const rows = printed.get(name)!.pages.at(-1)!.rows;
      const copyTo = rows.filter((row) => flat(row) !== '' && !flat(row).endsWith('印发'));
      expect(Math.abs(copyTo[0]!.x0 - LEFT - SMALL_EM)).toBeLessThanOrEqual(0.5);
      for (const row of copyTo.slice(1)) expect(Math.abs(row.x0 - LEFT - 4 * SMALL_EM)).toBeLessThanOrEqual(0.5);
      const printedBy = rows.find((row) => flat(row).endsWith('印发'))!;
      expect(Math.abs(printedBy.x0 - LEFT - SMALL_EM)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(RIGHT - printedBy.x1 - SMALL_EM)).toBeLessThanOrEqual(0.5);
    });

    it('预览 lays the 版记 out in the same lines, on the same page, without a page number', () => {
      const document = CASES.get(name)!;
      const { pages } = printed.get(name)!;
      const preview = documentPages(document.blocks, document.meta).pages;
      expect(preview.length).toBe(pages.length);
      const last = preview.at(-1)!;
      expect(last.numbered).toBe(false);
      expect(last.atFoot).toBe(true);
      expect(last.lines.map(previewText)).toEqual(pages.at(-1)!.rows.map(flat));
    });
  });

  it('breaks the long 抄送 into three lines of 4号 characters, where a 3号 grid would have made four', () => {
    const rows = printed.get('long')!.pages.at(-1)!.rows.filter((row) => !flat(row).endsWith('印发'));
    expect(rows).toHaveLength(3);
    // A full line holds (156 mm − 2 characters) / 14 pt characters: 29, not the grid's 26.
    expect([...flat(rows[0]!)]).toHaveLength(Math.floor((TYPE_AREA_MM.width - 2 * SMALL_EM) / SMALL_EM));
  });
});
