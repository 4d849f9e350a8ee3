import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { blockText, editorPage, modelBlocks, startFresh, statusLine } from './app-support.ts';
import { composeAndCommit, imeSession } from './support/editor-page.ts';

const SEED_000 = new URL('../fixtures/import/seeds/000_50acbe1f2b51726a.txt', import.meta.url);
const HOLE = '【\u3000】';

const pending = async (page: Page) => Number(/还有 (\d+) 处待填/.exec((await statusLine(page).textContent()) ?? '')?.[1] ?? 0);
const selected = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');
const modelSelection = (page: Page) => page.locator('.gw-editor').getAttribute('data-selection');

/** 由上期报告新建 from seed 000 (2023 上半年 → 2023 全年): carried figures become 【 】 holes. */
async function rollForward(page: Page): Promise<void> {
  await startFresh(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '由上期报告新建…' }).click();
  await (await chooser).setFiles({ name: '宣城2023上半年.txt', mimeType: 'text/plain', buffer: await readFile(SEED_000) });
  const dialog = page.getByRole('dialog', { name: '由上期报告新建' });
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusLine(page)).toContainText('处待填');
}

/** The n-th highlighted 【 】 of the page, and the index of the block it is in. */
async function hole(page: Page, n: number): Promise<{ span: Locator; block: number }> {
  const span = editorPage(page).locator('.gw-placeholder', { hasText: HOLE }).nth(n);
  await span.scrollIntoViewIfNeeded();
  const block = await span.evaluate((el) => [...document.querySelectorAll('[data-slate-editor] [data-block-type]')].indexOf(el.closest('[data-block-type]')!));
  return { span, block };
}

/** Where character `i` of the span's text is drawn (a span may wrap, so not its bounding box). */
async function charBox(span: Locator, i: number): Promise<{ x: number; y: number; width: number; height: number }> {
  return span.evaluate((el, i) => {
    const node = el.querySelector('[data-slate-string]')?.firstChild ?? el.firstChild!;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  }, i);
}

const textOf = async (page: Page, block: number) => blockText((await modelBlocks(page))[block]!);

/** `text` with its occurrence of `hole` at UTF-16 offset `at` replaced. */
const filled = (text: string, at: number, by: string) => text.slice(0, at) + by + text.slice(at + HOLE.length);

test('由上期报告新建, then a click into 【　】 and 4 gives 4 (no brackets); a double-click and 10 gives 10; Ctrl+Z brings the hole back', async ({ page }) => {
  await rollForward(page);
  const before = await pending(page);

  // A click in the middle of the hole (its full-width space) selects the hole whole.
  const first = await hole(page, 0);
  const text = await textOf(page, first.block);
  const at = text.indexOf(HOLE);
  await first.span.click();
  await page.keyboard.type('4');
  await expect.poll(() => textOf(page, first.block)).toBe(filled(text, at, '4'));
  await expect.poll(() => pending(page)).toBe(before - 1);

  // A double-click on the closing bracket selects the whole hole too, not just 】.
  const second = await hole(page, 0);
  const text2 = await textOf(page, second.block);
  const at2 = text2.indexOf(HOLE);
  const bracket = await charBox(second.span, HOLE.length - 1);
  await page.mouse.dblclick(bracket.x + bracket.width / 2, bracket.y + bracket.height / 2);
  await expect.poll(() => selected(page)).toBe(HOLE);
  await page.keyboard.type('10');
  await expect.poll(() => textOf(page, second.block)).toBe(filled(text2, at2, '10'));
  await expect.poll(() => pending(page)).toBe(before - 2);

  // One Ctrl+Z: the hole is back, selected, and counted again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(page, second.block)).toBe(text2);
  await expect.poll(() => pending(page)).toBe(before - 1);
  await expect.poll(() => selected(page)).toBe(HOLE);
});

test('moving into 【　】 with → or ← selects it, moving on leaves it at its edge; Backspace after it selects it, then removes it', async ({ page }) => {
  await rollForward(page);
  const before = await pending(page);
  const { span, block } = await hole(page, 0);
  const text = await textOf(page, block);
  const at = text.indexOf(HOLE);
  const open = await charBox(span, 0);

  // Caret just before the hole (a click on the left edge of 【), then →.
  await page.mouse.click(open.x + 1, open.y + open.height / 2);
  await expect.poll(() => modelSelection(page)).toBe(`${block}:${at}`);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => modelSelection(page)).toBe(`${block}:${at}-${block}:${at + HOLE.length}`);
  // → again: out of it, at its end (not stuck inside, not past the next character).
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => modelSelection(page)).toBe(`${block}:${at + HOLE.length}`);
  // ← from there goes back into it, and selects it.
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => selected(page)).toBe(HOLE);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => modelSelection(page)).toBe(`${block}:${at}`);

  // Backspace right after the hole selects it (nothing is deleted yet); a second one removes it whole.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => modelSelection(page)).toBe(`${block}:${at + HOLE.length}`);
  await page.keyboard.press('Backspace');
  await expect.poll(() => selected(page)).toBe(HOLE);
  expect(await textOf(page, block)).toBe(text);
  await page.keyboard.press('Backspace');
  await expect.poll(() => textOf(page, block)).toBe(filled(text, at, ''));
  await expect.poll(() => pending(page)).toBe(before - 1);
});

test('an IME composition into a clicked 【　】 replaces it whole; one Ctrl+Z restores it', async ({ page }) => {
  await rollForward(page);
  const cdp = await imeSession(page);
  const { span, block } = await hole(page, 0);
  const text = await textOf(page, block);
  const at = text.indexOf(HOLE);
  await span.click();
  await expect.poll(() => selected(page)).toBe(HOLE);
  await composeAndCommit(page, cdp, ['shi', 'shiyi'], '十一');
  await expect.poll(() => textOf(page, block)).toBe(filled(text, at, '十一'));
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(page, block)).toBe(text);
});

test('a paste onto a clicked 【　】 replaces it whole; one Ctrl+Z restores it', async ({ page }) => {
  await rollForward(page);
  const { span, block } = await hole(page, 0);
  const text = await textOf(page, block);
  const at = text.indexOf(HOLE);
  await span.click();
  await expect.poll(() => selected(page)).toBe(HOLE);
  await editorPage(page).evaluate((root) => {
    const data = new DataTransfer();
    data.setData('text/plain', '3.5');
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => textOf(page, block)).toBe(filled(text, at, '3.5'));
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(page, block)).toBe(text);
});

test('a stray 】 typed by hand is counted in 待填, highlighted, and a blocking 检查 finding that jumps to it', async ({ page }) => {
  await rollForward(page);
  const before = await pending(page);
  // The end of the first body paragraph that has no placeholder.
  const blocks = await modelBlocks(page);
  const index = blocks.findIndex((b) => b.type === 'paragraph' && !/[【】]/u.test(blockText(b)) && blockText(b).length > 4);
  expect(index).toBeGreaterThan(0);
  const paragraph = editorPage(page).locator('[data-block-type]').nth(index);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type('12】');
  await expect.poll(() => pending(page)).toBe(before + 1);
  await expect(paragraph.locator('.gw-placeholder')).toHaveText('】');

  await page.getByRole('toolbar').getByRole('button', { name: '检查', exact: true }).click();
  const check = page.getByRole('complementary', { name: '检查' });
  const stray = check.locator('[data-severity="blocking"]', { hasText: '「】」没有配对的「【」' });
  await expect(stray).toHaveCount(1);
  await expect(stray).toContainText(`第 ${index + 1} 段`);
  await stray.click();
  await expect.poll(() => selected(page)).toBe('】');
});
