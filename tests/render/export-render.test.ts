import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { titleLines } from '../../core/print/title-lines.ts';
import { parseGwdoc } from '../../core/gwdoc.ts';
import { importSource } from '../../core/import/import-source.ts';
import { blockText, textBlock, type GongwenDocument } from '../../core/model.ts';
import { skipReason } from '../env/requirements.ts';
import { convertToPdf, findSoffice } from './libreoffice.ts';
import { PAGE_NUMBER, charCount, fullHanziLines, gridRows, layout, readPdf, type Layout, type Page, type Row } from './measure.ts';

/**
 * The exported seeds, printed by LibreOffice ≥ 25.2 and measured from the PDF: what GB/T 9704-2012
 * asks of the page (5.2: margins, 22 lines, 28 characters; 7.5: page numbers). Skipped, with the
 * reason in its name, where no such LibreOffice is installed.
 */
const STRUCTURED = ['000-xuancheng-half-year', '002-key-points-2022', '004-annual-2022'];
/** The five raw seeds, imported as the editor opens them (missing required sections added), then exported. */
const RAW = ['000_50acbe1f2b51726a', '001_1546186363c61f01', '002_b13487b31118fa9a', '003_4e5eab6f0c303194', '004_f1749bfab7b2431e'];
const SEEDS = [...STRUCTURED, ...RAW.map((name) => `${name}.txt`)];
const MM_PER_PT = 25.4 / 72;
const TOLERANCE = 1.5; // mm
const soffice = findSoffice();
/** LibreOffice prints, poppler reads the PDF back, and the CJK fonts give the hanzi their metrics. */
const skipped = skipReason('libreoffice', 'poppler', 'cjk-fonts');
if (skipped) process.stderr.write(`render test ${skipped}\n`);
/** Marks 避头尾 keeps from the start or the end of a line (raw seeds keep half-width ones too). */
const NO_BREAK = /[，。、；：？！”’）》〉」』…—“‘（《〈「『,.;:?!()]/;
const ATTACHMENTS = ['宣城市2023年上半年科技创新重点项目清单', '宣城市2023年上半年科技创新专项资金使用情况明细表及绩效评价报告'];

function structured(seed: string): GongwenDocument {
  const parsed = parseGwdoc(readFileSync(new URL(`../fixtures/seeds/${seed}.gwdoc`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${seed}: ${parsed.error}`);
  return parsed.document;
}

describe.skipIf(skipped !== null || !soffice.ok)(`exported seeds printed by LibreOffice${soffice.ok ? ` (${soffice.version})` : ''}${skipped ? ` — ${skipped}` : ''}`, { timeout: 240_000 }, () => {
  let dir: string;
  const printed = new Map<string, { pages: Page[]; layout: Layout; title: string[] }>();

  beforeAll(async () => {
    if (!soffice.ok) return;
    dir = mkdtempSync(join(tmpdir(), 'gongwen-render-'));
    const files: string[] = [];
    const titles = new Map<string, string[]>();
    for (const seed of SEEDS) {
      const document = seed.endsWith('.txt') ? importSource(readFileSync(new URL(`../fixtures/import/seeds/${seed}`, import.meta.url))).document : structured(seed);
      const file = join(dir, `${seed.replace(/\.txt$/u, '')}.docx`);
      writeFileSync(file, await exportDocx(document));
      files.push(file);
      titles.set(seed, titleLines(document.blocks.filter((b) => b.type === 'title').map(blockText).join(''), document.meta.organ));
    }
    // Seed 000 with a 附件说明 of two names, the second too long for one line.
    const parsed = parseGwdoc(readFileSync(new URL(`../fixtures/seeds/${STRUCTURED[0]}.gwdoc`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const blocks = parsed.document.blocks;
    blocks.splice(blocks.findIndex((b) => b.type === 'signature'), 0, textBlock('attachment', ATTACHMENTS[0]), textBlock('attachment', ATTACHMENTS[1]));
    writeFileSync(join(dir, 'attachments.docx'), await exportDocx(parsed.document));
    files.push(join(dir, 'attachments.docx'));
    convertToPdf(soffice.path, files, dir);
    for (const seed of SEEDS) {
      const pages = readPdf(join(dir, 'pdf', `${seed.replace(/\.txt$/u, '')}.pdf`));
      printed.set(seed, { pages, layout: layout(pages), title: titles.get(seed)! });
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const seed = (name: string) => printed.get(name)!;

  it('prints 附件说明 by 7.3.4: 附件：1. two characters in, 2. under 1., a wrapped name under its first character', () => {
    const pages = readPdf(join(dir, 'pdf', 'attachments.pdf'));
    const l = layout(pages);
    const rows = pages.flatMap((p) => p.body);
    const first = rows.findIndex((r) => r.text.replace(/\s+/g, '').startsWith('附件：1.'));
    expect(first).toBeGreaterThan(0);
    const [one, two, wrapped] = rows.slice(first, first + 3) as [Row, Row, Row];
    expect((one.text + two.text + wrapped.text).replace(/\s+/g, '')).toBe(`附件：1.${ATTACHMENTS[0]}2.${ATTACHMENTS[1]}`);
    // 正文下空一行: one empty grid row between the body and the 附件说明.
    expect(one.mid - rows[first - 1]!.mid).toBeCloseTo(2 * l.pitch, 0);
    const column = (row: Row) => (row.x0 - l.left) / l.em;
    expect(Math.abs(column(one) - 2) * l.em).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(column(two) - 5) * l.em).toBeLessThanOrEqual(TOLERANCE);
    // The name starts after 附件：1. (three hanzi and one 字 of half-width 1.).
    expect(Math.abs(column(wrapped) - 6) * l.em).toBeLessThanOrEqual(TOLERANCE);
  });

  describe.each(SEEDS)('%s', (name) => {
    it('prints A4 pages, several of them', () => {
      const { pages } = seed(name);
      expect(pages.length).toBeGreaterThan(2);
      for (const p of pages) {
        expect(p.width).toBeCloseTo(210, 0);
        expect(p.height).toBeCloseTo(297, 0);
      }
    });

    it('prints the title in 2号 on exactly the lines the exporter broke it into', () => {
      const { pages, title } = seed(name);
      const big = pages[0]!.rows.filter((r) => r.em !== null && r.em > 22 * MM_PER_PT * 0.9);
      expect(big.map((r) => r.text.replace(/\s+/g, ''))).toEqual(title);
    });

    it('sets body text 16 pt on a 579-twip line pitch', () => {
      const { layout: l } = seed(name);
      expect(l.pitch).toBeCloseTo((579 / 20) * MM_PER_PT, 1);
      // one hanzi on Word's grid: 156 mm / 28
      expect(l.em).toBeCloseTo(156 / 28, 1);
    });

    it('has the type area at 28 mm left and 26 mm right', () => {
      const { layout: l, pages } = seed(name);
      expect(Math.abs(l.left - 28)).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs(pages[0]!.width - l.right - 26)).toBeLessThanOrEqual(TOLERANCE);
    });

    it('fills every full page from 37 mm to 35 mm above the bottom edge: 22 lines', () => {
      const { pages, layout: l } = seed(name);
      const full = pages.slice(0, -1);
      for (const [i, page] of full.entries()) {
        const first = page.body[0]!;
        expect(Math.abs(first.mid - l.pitch / 2 - 37), `page ${i + 1} top`).toBeLessThanOrEqual(TOLERANCE);
        const rows = gridRows(page, l.pitch);
        expect(rows, `page ${i + 1} has ${rows} lines`).toBe(22);
        const last = page.body.at(-1)!;
        expect(Math.abs(page.height - (last.mid + l.pitch / 2) - 35), `page ${i + 1} bottom`).toBeLessThanOrEqual(TOLERANCE);
      }
    });

    it('sets 28 characters on full lines of hanzi; fewer only where 避头尾 moved a character on', () => {
      const { pages, layout: l } = seed(name);
      const lines = pages.flatMap((p) => fullHanziLines(p, l).map((row) => ({ row, next: p.body[p.body.indexOf(row) + 1] })));
      const counts = lines.map(({ row }) => charCount(row));
      // Raw seeds keep their half-width commas, which take such lines out of the sample.
      expect(counts.length).toBeGreaterThanOrEqual(5);
      expect(Math.max(...counts)).toBe(28);
      expect(counts.filter((c) => c === 28).length).toBeGreaterThanOrEqual(0.8 * counts.length);
      for (const { row, next } of lines) {
        const count = charCount(row);
        if (count === 28 || !next) continue;
        // A line may not begin with a closing mark nor end with an opening one, and a number or a
        // Latin word is not broken: what made this line short is at the start of the next.
        const head = [...next.text.replace(/\s+/g, '')].slice(0, 28 - count + 2).join('');
        expect(head, `${count} characters: ${row.text}`).toMatch(new RegExp(`${NO_BREAK.source}|^[0-9A-Za-z]`));
      }
    });

    it('numbers every page “— N —”, odd pages right and even pages left, one 4号 character in from the type area', () => {
      const { pages } = seed(name);
      const oneChar = 14 * MM_PER_PT;
      for (const [i, page] of pages.entries()) {
        const n = i + 1;
        expect(page.pageNumber, `page ${n}`).not.toBeNull();
        const pn = page.pageNumber!;
        expect(PAGE_NUMBER.exec(pn.text.replace(/\s+/g, ' ').trim())?.[1]).toBe(String(n));
        if (n % 2) expect(Math.abs(page.width - pn.x1 - 26 - oneChar), `page ${n} right`).toBeLessThanOrEqual(TOLERANCE);
        else expect(Math.abs(pn.x0 - 28 - oneChar), `page ${n} left`).toBeLessThanOrEqual(TOLERANCE);
        // 一字线上距版心下边缘 7 mm: the top of the number's em box, 7 mm below 297 − 35 mm.
        expect(Math.abs(pn.mid - oneChar / 2 - (297 - 35) - 7), `page ${n} number position`).toBeLessThanOrEqual(TOLERANCE);
      }
    });
  });
});
