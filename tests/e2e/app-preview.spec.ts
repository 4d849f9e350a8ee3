import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { titleLines } from '../../core/export/title-lines.ts';
import { blockText, caretToEndOf, editorPage, modelBlocks, modelMeta, startFresh } from './app-support.ts';

const SEED = 'tests/fixtures/seeds/000-xuancheng-half-year.gwdoc';

async function openSeed(page: Page): Promise<void> {
  await startFresh(page);
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '取消' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true }).click();
  await (await chooser).setFiles({ name: '000-xuancheng-half-year.gwdoc', mimeType: 'application/json', buffer: await readFile(SEED) });
  await expect(editorPage(page)).toBeVisible();
}

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
