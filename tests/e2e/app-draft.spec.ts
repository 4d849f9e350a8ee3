import { expect, test } from '@playwright/test';
import { caretToEndOf, createDocument, editorPage, modelBlocks, newDocumentDialog, startFresh, statusLine } from './app-support.ts';


test('未保存的修改写入草稿，刷新后可以恢复', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  const body = (await modelBlocks(page)).findIndex((b) => b.type === 'heading') + 1;
  await caretToEndOf(page, body);
  await page.keyboard.type('草稿里的一句话。');
  await expect(statusLine(page)).toContainText('草稿已暂存');
  const blocks = await modelBlocks(page);

  await page.reload();
  const dialog = page.getByRole('dialog', { name: '恢复未保存的文档' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('宣城市科技局2023年上半年工作总结和下半年工作打算');
  await expect(newDocumentDialog(page)).toHaveCount(0);
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(dialog).toBeHidden();

  await expect(editorPage(page)).toContainText('草稿里的一句话。');
  expect(await modelBlocks(page)).toEqual(blocks);
  // Restored work is still unsaved work.
  await expect(statusLine(page)).toContainText('未保存');
});

test('丢弃草稿后显示模板选择，再刷新不再询问', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'annual' });
  await caretToEndOf(page, 0);
  await page.keyboard.type('（修改）');
  await expect(statusLine(page)).toContainText('草稿已暂存');

  await page.reload();
  const dialog = page.getByRole('dialog', { name: '恢复未保存的文档' });
  await dialog.getByRole('button', { name: '丢弃' }).click();
  await expect(newDocumentDialog(page)).toBeVisible();
  await page.reload();
  await expect(newDocumentDialog(page)).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test('保存后清除草稿', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'key-points' });
  await caretToEndOf(page, 0);
  await page.keyboard.type('草案');
  await expect(statusLine(page)).toContainText('草稿已暂存');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  await download;
  await expect(statusLine(page)).toContainText('已保存');
  await page.reload();
  await expect(newDocumentDialog(page)).toBeVisible();
  await expect(page.getByRole('dialog', { name: '恢复未保存的文档' })).toHaveCount(0);
});
