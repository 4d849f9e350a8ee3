import { expect, test, type Page } from '@playwright/test';
import { BIG_SECTION_TITLE, benchmarkDocument } from '../bench/documents.ts';
import { blockText, editorPage, modelBlocks, newDocumentDialog, pageBlock, startFresh, statusLine } from './app-support.ts';

/**
 * A long report (about 100 pages): the editor renders it in chunks that the browser skips while
 * off screen (content-visibility), so these check that nothing a clerk does notices: labels run
 * on across chunks, the outline reaches a heading no one has scrolled to, typing lands there,
 * and a section moved across chunk boundaries arrives whole with its labels.
 */
const LEVEL1 = ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '十二、', '十三、', '十四、', '十五、'];

async function openLongReport(page: Page): Promise<void> {
  await startFresh(page);
  const chooser = page.waitForEvent('filechooser');
  await newDocumentDialog(page).getByRole('button', { name: '打开或导入文件…' }).click();
  const document = benchmarkDocument(60_000, { bigSection: 12 });
  await (await chooser).setFiles({ name: '长报告.gwdoc', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'gongwen/1', ...document }), 'utf8') });
  // The template's required sections are added when the document is brought into line.
  // (The test hook appears with the open document.)
  await expect.poll(() => modelBlocks(page).then((blocks) => blocks.length, () => 0), { timeout: 20_000 }).toBeGreaterThanOrEqual(document.blocks.length);
  await expect(editorPage(page).locator('[data-block-type]')).toHaveCount((await modelBlocks(page)).length);
}

async function level1Labels(page: Page): Promise<string[]> {
  return editorPage(page).locator('[data-block-type="heading"][data-level="1"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-label') ?? ''));
}

test('a long report is laid out in chunks the browser may skip, with labels running on across them', async ({ page }) => {
  await openLongReport(page);
  const chunks = editorPage(page).locator('.gw-chunk-lowest');
  expect(await chunks.count()).toBeGreaterThan(3);
  expect(await chunks.first().evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('auto');
  const labels = await level1Labels(page);
  expect(labels.length).toBeGreaterThan(5);
  expect(labels).toEqual(LEVEL1.slice(0, labels.length));
});

test('the outline jumps to a heading far below, never scrolled to, and typing lands in it', async ({ page }) => {
  await openLongReport(page);
  const entries = page.getByRole('navigation', { name: '大纲' }).getByRole('button');
  const last = entries.last();
  const lastText = (await last.textContent()) ?? '';
  await last.click();
  const blocks = await modelBlocks(page);
  const target = blocks.map((b) => b.type === 'heading').lastIndexOf(true);
  await expect(pageBlock(page, target)).toBeInViewport();
  await expect(statusLine(page)).toContainText(`当前章节：${lastText}`);
  await page.keyboard.type('新增');
  await expect.poll(async () => blockText((await modelBlocks(page))[target]!)).toMatch(/^新增/);
});

test('a section moved up across chunk boundaries arrives whole, and its labels follow', async ({ page }) => {
  await openLongReport(page);
  const before = await modelBlocks(page);
  const big = before.findIndex((b) => b.type === 'heading' && blockText(b) === BIG_SECTION_TITLE);
  const level1 = before.flatMap((b, i) => (b.type === 'heading' && b.level === 1 ? [i] : []));
  const k = level1.indexOf(big);
  const previous = level1[k - 1]!;
  const end = level1[k + 1]!;
  const labelsBefore = await level1Labels(page);

  await pageBlock(page, big).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Alt+Shift+ArrowUp');

  const expected = [...before.slice(0, previous), ...before.slice(big, end), ...before.slice(previous, big), ...before.slice(end)];
  await expect.poll(() => modelBlocks(page)).toEqual(expected);
  // Each position keeps its label; the headings at them have traded places.
  expect(await level1Labels(page)).toEqual(labelsBefore);
  await expect(pageBlock(page, previous)).toHaveAttribute('data-label', labelsBefore[k - 1]!);
  await expect(pageBlock(page, previous)).toHaveText(BIG_SECTION_TITLE);
  await expect(pageBlock(page, previous + (end - big))).toHaveAttribute('data-label', labelsBefore[k]!);
  // Every block of the moved section is on the page, in order, right after its heading.
  const shown = await editorPage(page).locator('[data-block-type]').evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\uFEFF/g, '')));
  expect(shown).toEqual(expected.map(blockText));
});

test('select all and delete across every chunk keeps the title and the required sections', async ({ page }) => {
  await openLongReport(page);
  await pageBlock(page, 1).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await modelBlocks(page)).length).toBeLessThan(10);
  const blocks = await modelBlocks(page);
  expect(blocks[0]!.type).toBe('title');
  const required = blocks.filter((b) => b.section !== undefined);
  expect(required.length).toBeGreaterThan(0);
  expect(await editorPage(page).locator('[data-block-type]').count()).toBe(blocks.length);
});

test('the preview of a long report draws the sheets in view, and the last one when scrolled to', async ({ page }) => {
  await openLongReport(page);
  await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
  const pane = page.getByRole('complementary', { name: '预览' });
  await expect(pane).toHaveAttribute('aria-busy', 'false');
  const sheets = pane.locator('.gw-preview-page');
  const count = Number(await pane.getAttribute('data-pages'));
  expect(count).toBeGreaterThan(60);
  await expect(sheets).toHaveCount(count);
  const drawn = pane.locator('.gw-preview-page[data-drawn="true"]');
  expect(await drawn.count()).toBeLessThan(15);
  await expect(sheets.first().locator('.gw-preview-page-number')).toHaveText('— 1 —');

  await pane.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(sheets.last().locator('.gw-preview-page-number')).toHaveText(`— ${count} —`);
  await expect(sheets.last()).toBeInViewport();
  expect(await sheets.last().locator('.gw-preview-line').count()).toBeGreaterThan(0);
  await expect(sheets.first()).not.toHaveAttribute('data-drawn', 'true');
});
