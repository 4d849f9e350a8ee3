import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { parseGwdoc } from '../../core/gwdoc.ts';
import type { Banner, GongwenDocument } from '../../core/model.ts';
import { MARGIN_MM, PAGE_MM, TYPE_AREA_MM } from '../../core/print/page-geometry.ts';
import { skipReason } from '../env/requirements.ts';
import { convertToPdf, findSoffice } from './libreoffice.ts';
import { readPdf, type Page, type Row } from './measure.ts';
import { inkBands, rasterPage, type Band, type Raster } from './raster.ts';

/**
 * The 版头 and 版记 of a 上行文 report (templates/report.json), exported and printed by
 * LibreOffice, measured against GB/T 9704-2012 (docs/gbt9704-banner.md) for one organ and for a
 * joint 发文 of three. Red ink is read from the page's pixels (pdftoppm), text from its word boxes.
 *
 * The clause values are written here as the standard gives them (35 mm, 4 mm), not read from the
 * layout data, so that a wrong number there fails. Tolerances: 1 mm for the mark's top edge (the ink of a hanzi starts up to 1 mm inside its em
 * box at 42 pt; 6.1 allows 1 mm in plate-making), 1 mm for the rule's 4 mm below the 发文字号's ink
 * (its digits and 号 end up to 0.5 mm above their em box), 0.5 mm for the rule's ends, 1 mm for
 * the 空一字 of the 发文字号 and the 签发人; 0.5 mm for the 版记's last rule on the 版心's bottom edge
 * and its 空一字 (tests/render/colophon-render.test.ts measures the rest of the 版记).
 */
const skipped = skipReason('libreoffice', 'poppler', 'cjk-fonts');
const soffice = findSoffice();
const ONE_CHAR = TYPE_AREA_MM.width / 28;
const TOP = MARGIN_MM.top;
const RIGHT = TYPE_AREA_MM.left + TYPE_AREA_MM.width;

const SINGLE: Banner = { organs: ['宣城市科学技术局'], withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三'] };
const JOINT: Banner = { organs: ['宣城市科学技术局', '宣城市财政局', '宣城市发展和改革委员会'], withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三', '李四', '王五'] };

function report(banner: Banner): GongwenDocument {
  const parsed = parseGwdoc(readFileSync(new URL('../fixtures/seeds/000-xuancheng-half-year.gwdoc', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const { document } = parsed;
  document.meta.template = 'report';
  document.meta.banner = banner;
  document.meta.colophon = { copyTo: ['市委办公室', '市人大常委会办公室'], printer: '宣城市科学技术局办公室', printDate: '2023年7月12日' };
  return document;
}

const flat = (row: Row) => row.text.replace(/\s+/gu, '');

/** The left and right ends of the red ink in a band's rows, left of `before` (mm). */
function redExtent(raster: Raster, band: Band, before: number): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (let y = Math.floor(band.top * raster.scale); y < band.bottom * raster.scale; y++) {
    for (let x = 0; x < before * raster.scale; x++) {
      const i = (y * raster.width + x) * 3;
      if (raster.rgb[i]! > 150 && raster.rgb[i + 1]! < 110 && raster.rgb[i + 2]! < 110) {
        left = Math.min(left, x / raster.scale);
        right = Math.max(right, (x + 1) / raster.scale);
      }
    }
  }
  return { left, right };
}

describe.skipIf(skipped !== null || !soffice.ok)(`版头 and 版记 printed by LibreOffice${skipped ? ` — ${skipped}` : ''}`, { timeout: 240_000 }, () => {
  let dir: string;
  const printed = new Map<string, { pdf: string; pages: Page[]; red: Band[] }>();

  beforeAll(async () => {
    if (!soffice.ok) return;
    dir = mkdtempSync(join(tmpdir(), 'gongwen-banner-'));
    const files = [];
    for (const [name, banner] of [['single', SINGLE], ['joint', JOINT]] as const) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await exportDocx(report(banner)));
      files.push(file);
    }
    convertToPdf(soffice.path, files, dir);
    for (const name of ['single', 'joint']) {
      const pdf = join(dir, 'pdf', `${name}.pdf`);
      printed.set(name, { pdf, pages: readPdf(pdf), red: inkBands(rasterPage(pdf, 1), 'red') });
    }
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe.each([
    ['single', SINGLE],
    ['joint', JOINT],
  ] as const)('%s', (name, banner) => {
    // The rule: a red band across the 版心 and under a millimetre high (the mark's lines are taller).
    const rule = () => printed.get(name)!.red.find((band) => band.right - band.left > TYPE_AREA_MM.width * 0.9 && band.bottom - band.top < 1)!;

    it('prints the red 发文机关标志 with its top edge 35 mm below the 版心 (7.2.4)', () => {
      const { red } = printed.get(name)!;
      const mark = red.filter((band) => band.bottom <= rule().top);
      expect(mark.length).toBe(banner.organs.length);
      expect(Math.abs(mark[0]!.top - (TOP + 35))).toBeLessThanOrEqual(1);
      // Centred: the mark's ink (a joint mark's names with 文件 beside them) centred on the 版心.
      const left = Math.min(...mark.map((band) => band.left));
      const right = Math.max(...mark.map((band) => band.right));
      expect(Math.abs((left + right) / 2 - (TYPE_AREA_MM.left + TYPE_AREA_MM.width / 2))).toBeLessThanOrEqual(1.5);
      if (banner.organs.length > 1) {
        // 文件 right of the names, centred on them vertically: on the middle name's line of three.
        const wenjian = mark.reduce((a, b) => (b.right > a.right ? b : a));
        expect(Math.abs((wenjian.top + wenjian.bottom) / 2 - (mark[0]!.top + mark.at(-1)!.bottom) / 2)).toBeLessThanOrEqual(1);
      }
    });

    it.runIf(banner.organs.length > 1)('spreads each organ of a joint mark over one width (分散对齐): first and last glyphs aligned within 1 mm (7.2.4)', () => {
      const { red, pdf } = printed.get(name)!;
      const mark = red.filter((band) => band.bottom <= rule().top);
      const raster = rasterPage(pdf, 1);
      // 文件 is the last two characters of the widest band; the names' ink stops a quarter of a
      // character before it (a hanzi's ink is about 0.92 of its em high: the band's height is a little under an em).
      const em = Math.max(...mark.map((band) => band.bottom - band.top));
      const wenjianLeft = Math.max(...mark.map((band) => band.right)) - 2 * em - em / 4;
      const lines = mark.map((band) => redExtent(raster, band, wenjianLeft));
      for (const line of lines) {
        expect(Math.abs(line.left - lines[0]!.left)).toBeLessThanOrEqual(1);
        expect(Math.abs(line.right - lines[0]!.right)).toBeLessThanOrEqual(1);
      }
      // The names are spread, not centred: the shortest name (宣城市财政局, 6 of 11) as wide as the longest.
      expect(lines[1]!.right - lines[1]!.left).toBeGreaterThan(8 * em);
    });

    it('draws the red rule across the 版心, 4 mm below the 发文字号 (7.2.7)', () => {
      const line = rule();
      expect(Math.abs(line.left - TYPE_AREA_MM.left)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(line.right - RIGHT)).toBeLessThanOrEqual(0.5);
      expect(line.bottom - line.top).toBeLessThanOrEqual(0.6);
      const page = printed.get(name)!.pages[0]!;
      const number = page.rows.find((row) => flat(row).includes('宣科〔2023〕12号'))!;
      const ink = inkBands(rasterPage(printed.get(name)!.pdf, 1), 'dark').find((band) => band.top < number.mid && band.bottom > number.mid)!;
      expect(Math.abs(line.top - ink.bottom - 4)).toBeLessThanOrEqual(1);
    });

    it('prints a 上行文 发文字号 one character in, on the last 签发人 row, the names one character from the right (7.2.5, 7.2.6)', () => {
      const page = printed.get(name)!.pages[0]!;
      const words = page.rows.filter((row) => row.mid > TOP + 35 && row.mid < rule().top);
      const numberRow = words.find((row) => flat(row).includes('宣科〔2023〕12号'))!;
      expect(Math.abs(numberRow.x0 - TYPE_AREA_MM.left - ONE_CHAR)).toBeLessThanOrEqual(1);
      const lastSigner = banner.signers.at(-1)!;
      expect(flat(numberRow).endsWith(lastSigner)).toBe(true);
      const labelRow = words.find((row) => flat(row).includes('签发人：'))!;
      expect(Math.abs(RIGHT - labelRow.x1 - ONE_CHAR)).toBeLessThanOrEqual(1);
      if (banner.signers.length > 2) {
        // 回行时与上一行第一个签发人姓名对齐: the last row's name under the first row's first name.
        expect(labelRow).not.toBe(numberRow);
        // Off the grid a 3号 character is 16 pt wide.
        const em = (16 * 25.4) / 72;
        const firstName = labelRow.x1 - banner.signers.slice(0, 2).join('　').length * em;
        expect(Math.abs(numberRow.x1 - lastSigner.length * em - firstName)).toBeLessThanOrEqual(1);
      }
    });

    it('prints the 版记 at the foot of the last page, an even one without a page number (7.4, 7.5)', () => {
      const { pages } = printed.get(name)!;
      expect(pages.length % 2).toBe(0);
      const last = pages.at(-1)!;
      expect(last.pageNumber).toBeNull();
      const rows = last.rows.map(flat);
      expect(rows.some((text) => text.startsWith('抄送：市委办公室，市人大常委会办公室。'))).toBe(true);
      const printedBy = last.rows.find((row) => flat(row).endsWith('2023年7月12日印发'))!;
      expect(flat(printedBy).startsWith('宣城市科学技术局办公室')).toBe(true);
      // The last rule (7.4.1 末条分隔线与版心下边缘重合): the lowest band of dark ink across the 版心.
      const lastRule = inkBands(rasterPage(printed.get(name)!.pdf, pages.length, 20), 'dark', 100).at(-1)!;
      expect(lastRule.top).toBeGreaterThan(printedBy.y1);
      expect(Math.abs(lastRule.bottom - (PAGE_MM.height - MARGIN_MM.bottom))).toBeLessThanOrEqual(0.5);
      // 印发机关左空一字，印发日期右空一字, in the 版记's 4号 characters.
      const em = (14 * 25.4) / 72;
      expect(Math.abs(printedBy.x0 - TYPE_AREA_MM.left - em)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(RIGHT - printedBy.x1 - em)).toBeLessThanOrEqual(0.5);
    });
  });
});
