import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hangsPastLine } from '../../core/print/line-break.ts';
import { LINE_PITCH_PT, LINES_PER_PAGE } from '../../core/print/page-geometry.ts';
import { blockText, createDocument, editorPage, modelBlocks, startFresh, TEMPLATE_NAMES, type TestBlock } from './app-support.ts';
import { A4_PT, bookmarks, fontsEmbedded, gridCells, measurePdf, TYPE_AREA_PT } from './support/pdf-measure.ts';

// 打印 in the web mode: the print view the app mounts for window.print, printed to PDF by
// Chromium (page.pdf, the page's own @page size) and measured with poppler: A4, the preview's
// page count, the rows of the 22-line grid with the preview's text on each, 28 字 on a full line,
// fonts embedded, the level-1 and level-2 headings as bookmarks, nothing of the editor's own.

const dir = mkdtempSync(join(tmpdir(), 'gongwen-print-'));
const SEEDS = ['000-xuancheng-half-year', '002-key-points-2022', '004-annual-2022'].map((name) => `tests/fixtures/seeds/${name}.gwdoc`);

interface ViewPage {
  /** `rows`: the grid rows a line covers (the 版头's parts, placed off the grid, cover several). */
  lines: { kind: string; text: string; rows: number }[];
  /** Whether it carries a page number: not the 版记's page, nor a blank page before it. */
  numbered: boolean;
  /** Its lines stand at the 版心's foot, off the grid's rows (the 版记's page). */
  atFoot: boolean;
}

async function openFile(page: Page, path: string) {
  await startFresh(page);
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '取消' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true }).click();
  await (await chooser).setFiles({ name: path.split('/').pop()!, mimeType: 'application/json', buffer: readFileSync(path) });
  await expect(editorPage(page)).toBeVisible();
}

async function previewPageCount(page: Page): Promise<number> {
  const toggle = page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const pane = page.getByRole('complementary', { name: '预览' });
  await expect(pane).toHaveAttribute('aria-busy', 'false');
  return Number(await pane.getAttribute('data-pages'));
}

/**
 * 打印 (Ctrl+P), through the blocking-findings dialog when there is one; window.print is held
 * open while Chromium prints the page to PDF, as the browser's own print would print it.
 */
async function printToPdf(page: Page, name: string): Promise<{ file: string; view: ViewPage[] }> {
  await page.evaluate(() => {
    const held = window as unknown as { print: () => unknown; releasePrint?: () => void };
    held.print = () => new Promise<void>((resolve) => (held.releasePrint = resolve));
  });
  await page.keyboard.press('Control+p');
  const blockers = page.getByRole('dialog', { name: '打印前还有必须修改的内容' });
  const held = page.waitForFunction(() => 'releasePrint' in window);
  await Promise.race([held, blockers.waitFor()]);
  if (await blockers.isVisible()) await blockers.getByRole('button', { name: '仍然打印' }).click();
  await held;
  const view = await page.locator('.gw-print-view .gw-preview-page').evaluateAll((sheets) =>
    sheets.map((sheet) => ({
      numbered: sheet.querySelector('.gw-preview-page-number') !== null,
      atFoot: sheet.querySelector('[data-at-foot]') !== null,
      lines: [...sheet.querySelectorAll<HTMLElement>('.gw-preview-line')].map((line) => ({ kind: line.dataset.kind ?? '', text: line.textContent ?? '', rows: Number(line.dataset.rows ?? 1) })),
    })),
  );
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));
  await page.evaluate(() => (window as unknown as { releasePrint: () => void }).releasePrint());
  await expect(page.locator('.gw-print-view')).toHaveCount(0);
  return { file, view };
}

const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** The PDF against the print view and the preview: page for page, row for row. */
function expectSamePages(file: string, view: ViewPage[], previewPages: number) {
  const pages = measurePdf(file);
  expect(pages.length, 'pages in the PDF').toBe(previewPages);
  expect(view.length, 'pages in the print view').toBe(previewPages);
  let fullLines = 0;
  pages.forEach((printed, i) => {
    const where = `page ${i + 1}`;
    expect(Math.abs(printed.width - A4_PT.width), `${where} width`).toBeLessThan(1);
    expect(Math.abs(printed.height - A4_PT.height), `${where} height`).toBeLessThan(1);
    const lines = view[i]!.lines;
    expect(lines.length, `${where} rows`).toBeLessThanOrEqual(LINES_PER_PAGE);
    // The 版头 is placed off the grid (banner-lines.ts): its text prints within the rows it covers.
    const banner = lines.findIndex((line) => line.kind === 'banner');
    const inBanner = (row: number) => banner >= 0 && row >= banner && row < banner + lines[banner]!.rows;
    const bannerRows = printed.rows.filter((r) => inBanner(r.row));
    expect(squeeze(bannerRows.map((r) => r.text).join('')), `${where} 版头`).toBe(banner >= 0 ? squeeze(lines[banner]!.text) : '');
    printed.rows = printed.rows.filter((r) => !inBanner(r.row));
    // The 版记's page: its lines at the 版心's foot, the last row the grid's last (app-colophon.spec.ts measures them).
    const first = view[i]!.atFoot ? LINES_PER_PAGE - lines.length : 0;
    const expected = lines.flatMap((line, row) => (line.kind === 'blank' || line.kind === 'banner' ? [] : [{ row: first + row, text: squeeze(line.text) }]));
    expect(printed.rows.map(({ row, text }) => ({ row, text: squeeze(text) })), where).toEqual(expected);
    // A full page: 22 rows printed, the last at the 版心's foot.
    if (expected.length === LINES_PER_PAGE) expect(printed.rows.map((r) => r.row), where).toEqual([...Array(LINES_PER_PAGE).keys()]);
    for (const row of printed.rows) {
      // On the grid: each row's text centred in its 28.95 pt row, 22 of them in the 225 mm 版心.
      expect(Math.abs(row.offset - 0.5) * LINE_PITCH_PT, `${where} row ${row.row} off its grid row`).toBeLessThan(LINE_PITCH_PT * 0.15);
      expect(row.xMin, `${where} row ${row.row} left of the 版心`).toBeGreaterThan(TYPE_AREA_PT.left - 1);
      const text = squeeze(row.text);
      // A 、。，． that no longer fits hangs past the 版心 instead of going down, as LibreOffice
      // prints the export (line-break.ts): what stands before it still ends within the 版心.
      const hanging = hangsPastLine(text.at(-1)!) && row.xMax > TYPE_AREA_PT.right + 1;
      const cells = gridCells(text) - (hanging ? 1 : 0);
      const xMax = hanging ? row.xMax - TYPE_AREA_PT.cell : row.xMax;
      expect(xMax, `${where} row ${row.row} right of the 版心: ${row.text}`).toBeLessThan(TYPE_AREA_PT.right + 1);
      expect(cells, `${where} row ${row.row}: ${row.text}`).toBeLessThanOrEqual(28);
      if (cells === 28) {
        fullLines++;
        // A full line fills the 版心 from edge to edge: 28 字 of 5.57 mm.
        expect(row.xMin - TYPE_AREA_PT.left, `${where} row ${row.row} starts`).toBeLessThan(TYPE_AREA_PT.cell / 4);
        expect(TYPE_AREA_PT.right - xMax, `${where} row ${row.row} ends`).toBeLessThan(TYPE_AREA_PT.cell / 4);
      }
    }
    // 页码: — N — below the 版心, odd pages on the right, even on the left; none on the 版记's page.
    if (!view[i]!.numbered) {
      expect(printed.footer, `${where} has no number`).toEqual([]);
      return;
    }
    expect(squeeze(printed.footer.map((word) => word.text).join('')), `${where} number`).toBe(`—${i + 1}—`);
    const footer = printed.footer[0]!;
    if ((i + 1) % 2 === 1) expect(footer.xMin, `${where} number on the right`).toBeGreaterThan(A4_PT.width / 2);
    else expect(footer.xMax, `${where} number on the left`).toBeLessThan(A4_PT.width / 2);
  });
  const rows = pages.flatMap((p) => p.rows).length;
  return { fullLines, rows, text: pages.flatMap((p) => p.rows.map((r) => r.text)).join('\n') };
}

function expectFontsEmbedded(file: string) {
  const { fonts, embedded } = fontsEmbedded(file);
  expect(fonts).toBeGreaterThan(0);
  expect(embedded).toBe(fonts);
}

/** The level-1 and level-2 headings, as bookmarks nested as they are. */
function expectBookmarks(file: string, blocks: TestBlock[]) {
  const headings = blocks.filter((b) => b.type === 'heading' && (b.level === 1 || b.level === 2) && blockText(b).trim() !== '');
  const marks = bookmarks(file);
  expect(marks.map((m) => m.depth)).toEqual(headings.map((h) => h.level));
  marks.forEach((mark, i) => expect(squeeze(mark.text), mark.text).toContain(squeeze(blockText(headings[i]!)).slice(0, 6)));
}

test('打印种子文档：A4、与预览同页数、每满页 22 行、满行 28 字、字体嵌入、一二级标题为书签', async ({ page }) => {
  test.setTimeout(120_000);
  for (const seed of SEEDS) {
    const name = seed.split('/').pop()!.replace('.gwdoc', '');
    await openFile(page, seed);
    const previewPages = await previewPageCount(page);
    const { file, view } = await printToPdf(page, name);
    const { fullLines, rows, text } = expectSamePages(file, view, previewPages);
    // Most body lines are full: the grid's 28 字 are measured on many of them.
    expect(fullLines, name).toBeGreaterThan(rows / 3);
    expect(view.filter((p) => p.lines.length === LINES_PER_PAGE).length, name).toBeGreaterThan(0);
    expect(text).not.toContain('本页最后一行是标题');
    expectFontsEmbedded(file);
    expectBookmarks(file, await modelBlocks(page));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Title:\s+\S/u);
  }
});

test('打印新建的模板文档：空章节的提示不印出，先列出必须修改的内容', async ({ page }) => {
  test.setTimeout(90_000);
  for (const template of Object.keys(TEMPLATE_NAMES) as (keyof typeof TEMPLATE_NAMES)[]) {
    await startFresh(page);
    await createDocument(page, { template });
    const hints = await page.locator('[data-hint], .gw-section-hint').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.hint ?? el.textContent ?? ''));
    // The empty required sections show their hints in the editor: there is something not to print.
    expect(hints.length, template).toBeGreaterThan(0);
    const previewPages = await previewPageCount(page);
    const { file, view } = await printToPdf(page, template);
    const { text } = expectSamePages(file, view, previewPages);
    for (const hint of hints.filter((h) => h.trim() !== '')) expect(text).not.toContain(squeeze(hint).slice(0, 8));
    expectFontsEmbedded(file);
  }
});

test('打印由上期报告新建的文档：参考内容不印出，与预览同页', async ({ page }) => {
  await startFresh(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '由上期报告新建…' }).click();
  await (await chooser).setFiles({ name: '宣城2023上半年.txt', mimeType: 'text/plain', buffer: readFileSync('tests/fixtures/import/seeds/000_50acbe1f2b51726a.txt') });
  const dialog = page.getByRole('dialog', { name: '由上期报告新建' });
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  const blocks = await modelBlocks(page);
  // The notes whose words the document does not also carry as its own text.
  const own = squeeze(blocks.filter((b) => b.type !== 'note').map(blockText).join(''));
  const notes = blocks
    .filter((b) => b.type === 'note')
    .map((b) => squeeze(blockText(b)).slice(0, 12))
    .filter((n) => n.length >= 8 && !own.includes(n));
  expect(notes.length).toBeGreaterThan(0);
  const previewPages = await previewPageCount(page);
  const { file, view } = await printToPdf(page, 'rollforward');
  const { text } = expectSamePages(file, view, previewPages);
  // pdftotext reads some full-width marks as their ASCII forms: compare the hanzi only.
  const hanzi = (t: string) => t.replace(/[^\u4e00-\u9fff]/gu, '');
  for (const note of notes) expect(hanzi(text)).not.toContain(hanzi(note));
  expectFontsEmbedded(file);
  expectBookmarks(file, blocks);
});
