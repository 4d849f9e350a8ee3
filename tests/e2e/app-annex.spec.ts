import { expect, test, type Page } from '@playwright/test';
import { blockText, createDocument, editorPage, modelBlocks, pageBlock, startFresh, statusLine, type TestBlock } from './app-support.ts';

/** 附件 (GB/T 9704 §8): 添加附件 / 删除附件, the 附件说明 following them in the same undo step. */

async function menu(page: Page, item: string): Promise<void> {
  await page.getByRole('menubar').getByRole('button', { name: /段落/u }).click();
  await page.getByRole('menu', { name: '段落' }).getByRole('menuitem', { name: new RegExp(`^${item}`, 'u') }).click();
}

const texts = (blocks: TestBlock[], type: string) => blocks.filter((b) => b.type === type).map(blockText);
const indexOf = (blocks: TestBlock[], type: string, k = 0) => blocks.flatMap((b, i) => (b.type === type ? [i] : []))[k]!;

async function caretAtEnd(page: Page, index: number): Promise<void> {
  await pageBlock(page, index).click();
  await page.keyboard.press('End');
  await page.waitForTimeout(150);
}

test('添加附件, rename, 删除附件: the 附件说明 follows in the same undo step, 附件N derived', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  const before = await modelBlocks(page);
  const date = indexOf(before, 'date');

  await menu(page, '添加附件');
  // After the 成文日期, labelled 附件, its placeholder title selected: typing replaces it.
  let blocks = await modelBlocks(page);
  const first = indexOf(blocks, 'annex');
  expect(first).toBeGreaterThan(date);
  await expect(pageBlock(page, first)).toHaveAttribute('data-label', '附件');
  await page.keyboard.type('项目清单');
  await expect.poll(async () => texts(await modelBlocks(page), 'annex')).toEqual(['项目清单']);
  // Enter after the title starts its content, never a second attachment.
  await page.keyboard.press('Enter');
  await page.keyboard.type('清单内容。');
  await expect.poll(async () => blockText((await modelBlocks(page))[first + 1]!)).toBe('清单内容。');
  expect(texts(await modelBlocks(page), 'annex')).toEqual(['项目清单']);
  expect((await modelBlocks(page))[first + 1]!.type).toBe('paragraph');
  // The 附件说明 names it: a new line before the 署名, seen in the editor.
  await expect.poll(async () => texts(await modelBlocks(page), 'attachment')).toEqual(['项目清单']);
  blocks = await modelBlocks(page);
  await expect(pageBlock(page, indexOf(blocks, 'attachment'))).toHaveText('项目清单');
  await expect(pageBlock(page, indexOf(blocks, 'attachment'))).toHaveAttribute('data-label', '附件：');
  expect(indexOf(blocks, 'attachment')).toBeLessThan(indexOf(blocks, 'signature'));

  await menu(page, '添加附件');
  await page.keyboard.type('资金明细表');
  await expect.poll(async () => texts(await modelBlocks(page), 'attachment')).toEqual(['项目清单', '资金明细表']);
  blocks = await modelBlocks(page);
  await expect(pageBlock(page, indexOf(blocks, 'annex', 0))).toHaveAttribute('data-label', '附件1');
  await expect(pageBlock(page, indexOf(blocks, 'annex', 1))).toHaveAttribute('data-label', '附件2');
  await expect(pageBlock(page, indexOf(blocks, 'attachment', 1))).toHaveAttribute('data-label', '2.');

  // Renaming attachment 1 renames its line; one Ctrl+Z takes both back.
  await caretAtEnd(page, indexOf(blocks, 'annex', 0));
  await page.keyboard.type('表');
  await expect.poll(async () => texts(await modelBlocks(page), 'attachment')).toEqual(['项目清单表', '资金明细表']);
  await expect(statusLine(page)).toContainText('附件说明已随附件更新');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => texts(await modelBlocks(page), 'annex')).toEqual(['项目清单', '资金明细表']);
  expect(texts(await modelBlocks(page), 'attachment')).toEqual(['项目清单', '资金明细表']);

  // 删除附件 with the caret in attachment 1's content: its title and content go, the list's line too.
  blocks = await modelBlocks(page);
  await caretAtEnd(page, indexOf(blocks, 'annex', 0) + 1);
  await menu(page, '删除附件');
  await expect.poll(async () => texts(await modelBlocks(page), 'annex')).toEqual(['资金明细表']);
  expect(texts(await modelBlocks(page), 'attachment')).toEqual(['资金明细表']);
  blocks = await modelBlocks(page);
  await expect(pageBlock(page, indexOf(blocks, 'annex'))).toHaveAttribute('data-label', '附件');
  await expect(statusLine(page)).toContainText('已删除附件1「项目清单」');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => texts(await modelBlocks(page), 'annex')).toEqual(['项目清单', '资金明细表']);
  expect(texts(await modelBlocks(page), 'attachment')).toEqual(['项目清单', '资金明细表']);
  // Nothing else changed: the body is as created.
  expect((await modelBlocks(page)).slice(0, indexOf(before, 'signature')).filter((b) => b.type !== 'attachment')).toEqual(before.slice(0, indexOf(before, 'signature')));
});

test('a 附件说明 written differently is not rewritten: 检查 reports it and 改正 writes the titles in', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  await menu(page, '添加附件');
  await page.keyboard.type('项目清单');
  await expect.poll(async () => texts(await modelBlocks(page), 'attachment')).toEqual(['项目清单']);
  let blocks = await modelBlocks(page);
  // The clerk writes the line differently, then renames the attachment: the line stays theirs.
  await caretAtEnd(page, indexOf(blocks, 'attachment'));
  await page.keyboard.type('（另附）');
  await caretAtEnd(page, indexOf(blocks, 'annex'));
  await page.keyboard.type('汇总');
  await expect.poll(async () => texts(await modelBlocks(page), 'annex')).toEqual(['项目清单汇总']);
  expect(texts(await modelBlocks(page), 'attachment')).toEqual(['项目清单（另附）']);

  await page.getByRole('toolbar').getByRole('button', { name: '检查', exact: true }).click();
  const check = page.getByRole('complementary', { name: '检查' });
  const entry = check.locator('[data-code="annex-list-mismatch"]');
  await expect(entry).toContainText('与附件的标题「项目清单汇总」不一致');
  await entry.locator('xpath=..').getByRole('button', { name: /^改正/u }).click();
  await expect.poll(async () => texts(await modelBlocks(page), 'attachment')).toEqual(['项目清单汇总']);
  await expect(check.locator('[data-code="annex-list-mismatch"]')).toHaveCount(0);
  blocks = await modelBlocks(page);
  expect(blocks.filter((b) => b.type === 'annex')).toHaveLength(1);
});

test('screenshot: two attachments at 1366×768, with the 大纲', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  await menu(page, '添加附件');
  await page.keyboard.type('2023年上半年重点项目清单');
  // The 附件说明 follows the title after typing; the caret moves on once it has.
  await expect.poll(async () => texts(await modelBlocks(page), 'attachment')).toEqual(['2023年上半年重点项目清单']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('一、科技创新类项目');
  await page.keyboard.press('Enter');
  await page.keyboard.type('共12个项目，总投资3.5亿元。');
  await menu(page, '添加附件');
  await page.keyboard.type('专项资金使用明细表');
  await expect.poll(async () => texts(await modelBlocks(page), 'attachment')).toEqual(['2023年上半年重点项目清单', '专项资金使用明细表']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('一、省级资金');
  await expect.poll(async () => texts(await modelBlocks(page), 'attachment')).toEqual(['2023年上半年重点项目清单', '专项资金使用明细表']);
  const blocks = await modelBlocks(page);
  // Each attachment's first heading is 一、 again.
  for (const k of [0, 1]) await expect(pageBlock(page, indexOf(blocks, 'annex', k) + 1)).toHaveAttribute('data-label', '一、');
  const outline = page.getByRole('navigation', { name: '大纲' });
  if (!(await outline.isVisible())) await page.getByRole('toolbar').getByRole('button', { name: '大纲', exact: true }).click();
  await expect(outline.locator('.gw-outline-annex')).toHaveCount(2);
  await expect(outline.locator('.gw-outline-annex').first()).toContainText('附件1');
  // The 附件说明 at the top of the view, both attachments below it.
  await pageBlock(page, indexOf(blocks, 'attachment')).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(400);
  await expect(editorPage(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/annex-1366x768.png' });
  await context.close();
});
