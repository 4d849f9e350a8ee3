import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { blockText, modelBlocks, modelMeta, startFresh, statusLine } from './app-support.ts';

const SEED_000 = new URL('../fixtures/import/seeds/000_50acbe1f2b51726a.txt', import.meta.url);

const pending = async (page: Page) => Number(/还有 (\d+) 处待填/.exec((await statusLine(page).textContent()) ?? '')?.[1] ?? 0);

test('由上期报告新建: 2023 上半年 → 2023 全年, planned items carried, placeholders counted, filled, export warns', async ({ page }) => {
  await startFresh(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '由上期报告新建…' }).click();
  await (await chooser).setFiles({ name: '宣城2023上半年.txt', mimeType: 'text/plain', buffer: await readFile(SEED_000) });

  const dialog = page.getByRole('dialog', { name: '由上期报告新建' });
  await expect(dialog).toContainText('宣城市科技局2023年上半年工作总结和下半年工作打算');
  // The rules propose the annual report of the same year.
  await expect(dialog.getByLabel('年度')).toHaveValue('2023');
  await expect(dialog.getByLabel('时段')).toHaveValue('全年');
  // Another template brings its own year and period: next year's first half.
  await dialog.getByLabel('本期模板').selectOption('half-year');
  await expect(dialog.getByLabel('年度')).toHaveValue('2024');
  await expect(dialog.getByLabel('时段')).toHaveValue('上半年');
  await dialog.getByLabel('本期模板').selectOption('annual');
  await expect(dialog.getByLabel('年度')).toHaveValue('2023');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();

  const meta = await modelMeta(page);
  expect(meta).toMatchObject({ template: 'annual', year: 2023, period: '全年', date: '' });
  const blocks = await modelBlocks(page);
  expect(blockText(blocks[0]!)).toContain('2023年');
  // Last period's 下半年工作打算 headings are now what the clerk reports against, with the old text as notes.
  const headings = blocks.filter((b) => b.type === 'heading').map(blockText);
  expect(headings.some((h) => h.startsWith('健全科技创新应用体系'))).toBe(true);
  expect(blocks.some((b) => b.type === 'note')).toBe(true);
  await expect(page.locator('.gw-note').first()).toBeVisible();

  await expect(statusLine(page)).toContainText('处待填');
  const before = await pending(page);
  expect(before).toBeGreaterThan(0);
  // The status line holds one count, the live one: the creation notice does not carry its own.
  expect(((await statusLine(page).textContent()) ?? '').match(/处待填/gu)).toHaveLength(1);

  // Fill two placeholders through the export warning's list.
  const exportButton = page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true });
  for (let i = 0; i < 2; i++) {
    await exportButton.click();
    const warning = page.getByRole('dialog', { name: '导出前还有必须修改的内容' });
    await warning.locator('button[data-code="placeholder"]').first().click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).not.toBe('');
    await page.keyboard.type('12');
    await expect.poll(() => pending(page)).toBe(before - i - 1);
    // No number of the moment before survives in the status line.
    await expect(statusLine(page)).not.toContainText(`${before - i} 处`);
  }
  await exportButton.click();
  await expect(page.getByRole('dialog', { name: '导出前还有必须修改的内容' }).getByRole('heading')).toContainText(`（其中 ${before - 2} 处待填内容）`);
});
