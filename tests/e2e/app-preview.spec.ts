import { expect, test, type Page } from '@playwright/test';
import { titleLines } from '../../core/print/title-lines.ts';
import { blockText, caretToEndOf, modelBlocks, modelMeta, openSeed } from './app-support.ts';

function preview(page: Page) {
  return page.getByRole('complementary', { name: '预览' });
}

test('预览：种子 000 排成 6 页，每满页 22 行，页码奇右偶左，标题行与导出一致', async ({ page }) => {
  await openSeed(page);
  const toggle = page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const pane = preview(page);
  await expect(pane).toHaveAttribute('aria-busy', 'false');

  const pages = pane.locator('.gw-preview-page');
  await expect(pages).toHaveCount(6);
  for (let i = 0; i < 5; i++) {
    // A page ends early only to keep a standalone heading with its text.
    const lines = await pages.nth(i).locator('.gw-preview-line').count();
    expect(lines).toBeGreaterThanOrEqual(20);
    expect(lines).toBeLessThanOrEqual(22);
  }
  const full = await pages.evaluateAll((els) => els.filter((el) => el.querySelectorAll('.gw-preview-line').length === 22).length);
  expect(full).toBeGreaterThanOrEqual(3);

  const first = pages.nth(0).locator('.gw-preview-page-number');
  await expect(first).toHaveText('— 1 —');
  await expect(first).toHaveAttribute('data-side', 'odd');
  const second = pages.nth(1).locator('.gw-preview-page-number');
  await expect(second).toHaveText('— 2 —');
  await expect(second).toHaveAttribute('data-side', 'even');
  // Odd on the right, even on the left of the sheet.
  const [odd, even, sheet] = await Promise.all([first.boundingBox(), second.boundingBox(), pages.nth(1).boundingBox()]);
  expect(odd!.x - sheet!.x).toBeGreaterThan(sheet!.width / 2);
  expect(even!.x - sheet!.x).toBeLessThan(sheet!.width / 2);

  const blocks = await modelBlocks(page);
  const meta = await modelMeta(page);
  const expected = titleLines(blockText(blocks.find((b) => b.type === 'title')!), meta.organ);
  await expect(pages.nth(0).locator('.gw-preview-title')).toHaveText(expected);
});

test('预览随编辑更新，可从视图切换关闭', async ({ page }) => {
  await openSeed(page);
  const toggle = page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true });
  await toggle.click();
  const pane = preview(page);
  await expect(pane.locator('.gw-preview-page')).toHaveCount(6);
  const body = (await modelBlocks(page)).findIndex((b) => b.type === 'paragraph');
  await caretToEndOf(page, body);
  await page.keyboard.type('预览更新标记');
  await expect(pane).toContainText('预览更新标记');
  await expect(pane).toHaveAttribute('aria-busy', 'false');
  await toggle.click();
  await expect(pane).toBeHidden();
});

/** Each preview cell's own box and its glyph's painted box (the text node's range), in the window's px. */
async function cellGeometry(page: Page, text: string) {
  const line = preview(page).locator('.gw-preview-line', { hasText: text }).first();
  await expect(line).toBeVisible();
  return line.locator('.gw-preview-cell').evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const glyph = range.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      return { ch: cell.textContent ?? '', left: box.left, right: box.right, glyphLeft: glyph.left, glyphRight: glyph.right };
    }),
  );
}

test('预览的字宽与导出一致：二级标题的引号贴着文字，拉丁字母不重叠', async ({ page }) => {
  await openSeed(page);
  const heading = (await modelBlocks(page)).findIndex((b) => b.type === 'heading' && b.level === 2 && b.runIn !== true);
  await caretToEndOf(page, heading);
  await page.keyboard.type('创新“驱动力”TEAM WORK');
  await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
  await expect(preview(page)).toHaveAttribute('aria-busy', 'false');
  const cells = await cellGeometry(page, '驱动力');
  const at = (ch: string, from = 0) => cells.findIndex((c, i) => i >= from && c.ch === ch);
  const open = at('“');
  const close = at('”');
  expect(open).toBeGreaterThan(0);
  // An opening quote sits against the word it opens, a closing one against the word it closes
  // (as the full-width marks of 楷体 and 仿宋 print): no gap wider than a tenth of a 字 between.
  const em = cells[open + 1]!.right - cells[open + 1]!.left;
  expect(cells[open + 1]!.glyphLeft - cells[open]!.glyphRight).toBeLessThan(em / 10);
  expect(cells[close]!.glyphLeft - cells[close - 1]!.glyphRight).toBeLessThan(em / 10);
  // Every Latin letter stays inside its half-字 cell: TEAM WORK never overlaps.
  const latin = (await cellGeometry(page, 'TEAM')).filter((c) => /[A-Z]/u.test(c.ch));
  expect(latin.map((c) => c.ch).join('')).toContain('TEAM');
  for (const cell of latin) {
    expect(cell.glyphLeft).toBeGreaterThanOrEqual(cell.left - 0.5);
    expect(cell.glyphRight).toBeLessThanOrEqual(cell.right + 0.5);
  }
});
