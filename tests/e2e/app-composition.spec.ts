import { expect, test } from '@playwright/test';
import { caretToEndOf, createDocument, modelBlocks, startFresh, statusLine } from './app-support.ts';

test('输入法组字期间结构按钮停用，提交后恢复', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  const body = (await modelBlocks(page)).findIndex((b) => b.type === 'heading') + 1;
  await caretToEndOf(page, body);
  const toolbar = page.getByRole('toolbar');
  const level1 = toolbar.getByRole('button', { name: '一级标题', exact: true });
  await expect(level1).toBeEnabled();

  // The IME as Chromium's DevTools protocol drives it: an uncommitted composition, then a commit.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'gongzuo', selectionStart: 7, selectionEnd: 7 });
  await expect(level1).toBeDisabled();
  await expect(toolbar.getByRole('button', { name: '降级', exact: true })).toBeDisabled();
  await expect(toolbar.getByRole('button', { name: '保存', exact: true })).toBeEnabled();

  await cdp.send('Input.insertText', { text: '工作' });
  await expect(level1).toBeEnabled();
  await expect.poll(async () => (await modelBlocks(page))[body]?.children[0]?.text).toBe('工作');
  await expect(statusLine(page)).toContainText('未保存');
});

test('窗口标题显示文件名和未保存标记', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'annual' });
  await expect(page).toHaveTitle('未命名文档 — 公文写作台');
  await caretToEndOf(page, 0);
  await page.keyboard.type('（草稿）');
  await expect(page).toHaveTitle('• 未命名文档 — 公文写作台');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  await download;
  await expect(page).toHaveTitle('宣城市科技局2023年工作总结和2024年工作计划（草稿）.gwdoc — 公文写作台');
});
