import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { editorPage, startFresh, statusLine } from './app-support.ts';

const SEED_001 = new URL('../fixtures/import/seeds/001_1546186363c61f01.txt', import.meta.url);

async function importSeed001(page: Page): Promise<void> {
  await startFresh(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '打开或导入文件…' }).click();
  await (await chooser).setFiles({ name: '001.txt', mimeType: 'text/plain', buffer: await readFile(SEED_001) });
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '开始编辑' }).click();
}

const pending = async (page: Page) => Number(/还有 (\d+) 处待填/.exec((await statusLine(page).textContent()) ?? '')?.[1] ?? 0);

test('待填: placeholders are highlighted and counted; filling one lowers the count', async ({ page }) => {
  await importSeed001(page);
  // Seed 001 masks every figure (x, xx, x.xx, xxxx年): many holes, each highlighted.
  await expect(statusLine(page)).toContainText('处待填');
  const before = await pending(page);
  expect(before).toBeGreaterThan(100);
  await expect(editorPage(page).locator('.gw-placeholder')).toHaveCount(before);

  // Fill the first one: select it by the export dialog's list, type a figure.
  await page.keyboard.press('Control+e');
  const warning = page.getByRole('dialog', { name: '导出前还有必须修改的内容' });
  await expect(warning.getByRole('heading')).toContainText(`（其中 ${before} 处待填内容）`);
  await warning.locator('button[data-code="placeholder"]').first().click();
  await expect(warning).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toMatch(/^[xX×]+/);
  await page.keyboard.type('2023');
  await expect.poll(() => pending(page)).toBe(before - 1);
});

test('导出 Word warns while placeholders remain; 仍然导出 writes the file', async ({ page }) => {
  await importSeed001(page);
  await page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true }).click();
  const warning = page.getByRole('dialog', { name: '导出前还有必须修改的内容' });
  await expect(warning.locator('button[data-code="placeholder"]').first()).toHaveText(/^第 \d+ 段「.*x.*」：「x[x.]*」还没有填写$/);
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: '仍然导出' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
});
