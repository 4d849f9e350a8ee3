import { expect, test } from '@playwright/test';
import { caretToEndOf, countCharacters, createDocument, modelBlocks, startFresh, statusLine } from './app-support.ts';

test('大纲列出带序号的标题，点击跳到该章节', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  const outline = page.getByRole('navigation', { name: '大纲' });
  const entries = outline.getByRole('button');
  await expect(entries).toHaveText(['一、工作完成情况', '二、存在的问题', '三、下半年工作打算']);

  await entries.nth(1).click();
  await expect(statusLine(page)).toContainText('当前章节：二、存在的问题');
  await expect(entries.nth(1)).toHaveAttribute('aria-current', 'location');
  await expect(entries.nth(0)).not.toHaveAttribute('aria-current', 'location');

  // The caret really is there: typing lands at the start of that heading.
  await page.keyboard.type('目前');
  const headings = (await modelBlocks(page)).filter((b) => b.type === 'heading');
  expect(headings[1]?.children[0]?.text).toBe('目前存在的问题');
  await expect(entries.nth(1)).toHaveText('二、目前存在的问题');

  await entries.nth(2).click();
  await expect(statusLine(page)).toContainText('当前章节：三、下半年工作打算');
});

test('大纲按钮可隐藏和显示侧栏', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'annual' });
  const toggle = page.getByRole('toolbar').getByRole('button', { name: '大纲', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page.getByRole('navigation', { name: '大纲' })).toHaveCount(0);
  await toggle.click();
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
});

test('字数随输入更新，不计空白和序号', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  const initial = countCharacters(await modelBlocks(page));
  await expect(statusLine(page)).toContainText(`字数 ${initial}`);

  const body = (await modelBlocks(page)).findIndex((b) => b.type === 'heading') + 1;
  await caretToEndOf(page, body);
  await page.keyboard.type('完成 投资');
  await expect(statusLine(page)).toContainText(`字数 ${initial + 4}`);
  expect(countCharacters(await modelBlocks(page))).toBe(initial + 4);
  await expect(statusLine(page)).toContainText('当前章节：一、工作完成情况');
});

test('状态栏是页面上唯一的 role=status', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'report' });
  await expect(page.getByRole('status')).toHaveCount(1);
  await expect(page.getByRole('toolbar')).toHaveCount(1);
});
