import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { titleLines } from '../../core/print/title-lines.ts';
import { blockText, caretToEndOf, createDocument, modelBlocks, modelMeta, startFresh, statusLine } from './app-support.ts';

async function exportAndRead(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const download = page.waitForEvent('download');
  await trigger();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(await file.path())) };
}

/** Types `text` at the end of block `index` and waits for the model to hold it. */
async function typeInto(page: Page, index: number, text: string): Promise<void> {
  await caretToEndOf(page, index);
  await page.keyboard.type(text);
  await expect.poll(async () => blockText((await modelBlocks(page))[index]!).endsWith(text)).toBe(true);
}

/** Text under every required section of a fresh document and its 成文日期: nothing left that 检查 calls blocking. */
async function completeFreshDocument(page: Page, date: string): Promise<void> {
  const blocks = await modelBlocks(page);
  for (const [i, block] of blocks.entries()) if (block.type === 'heading' && block.section) await typeInto(page, i + 1, '各项工作有序推进。');
  await typeInto(page, blocks.findIndex((b) => b.type === 'date'), date);
}

const exportButton = (page: Page) => page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true });
const blockersDialog = (page: Page) => page.getByRole('dialog', { name: '导出前还有必须修改的内容' });

/** The index of the block holding the caret, or -1. */
function caretBlock(page: Page): Promise<number> {
  return page.evaluate(() => {
    const node = window.getSelection()?.anchorNode ?? null;
    const element = (node instanceof Element ? node : node?.parentElement)?.closest('[data-slate-node="element"]');
    return element ? [...document.querySelectorAll('[data-slate-editor="true"] [data-slate-node="element"]')].indexOf(element) : -1;
  });
}

test('导出 Word 从工具栏下载 .docx，内含标题和一级标题序号', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  await completeFreshDocument(page, '2023年6月28日');
  const exported = await exportAndRead(page, () => page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true }).click());
  expect(exported.name).toBe('宣城市科技局2023年上半年工作总结和下半年工作打算.docx');
  // A .docx is a zip: "PK".
  expect(String.fromCharCode(exported.bytes[0]!, exported.bytes[1]!)).toBe('PK');
  const xml = strFromU8(unzipSync(exported.bytes)['word/document.xml']!);
  // The title is written as its 梯形 lines, one w:t each.
  const title = blockText((await modelBlocks(page)).find((b) => b.type === 'title')!);
  const lines = titleLines(title, (await modelMeta(page)).organ);
  expect(lines.join('')).toBe(title);
  for (const line of lines) expect(xml).toContain(`>${line}</w:t>`);
  expect(xml).toContain('一、');
  await expect(statusLine(page)).toContainText('已导出「宣城市科技局2023年上半年工作总结和下半年工作打算.docx」');
});

test('Ctrl+E 导出 Word', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'key-points' });
  await completeFreshDocument(page, '2023年1月10日');
  const exported = await exportAndRead(page, () => page.keyboard.press('Control+e'));
  expect(exported.name).toBe('宣城市科技局2023年工作要点.docx');
  expect(strFromU8(unzipSync(exported.bytes)['word/document.xml']!)).toContain('宣城市科技局2023年工作要点');
});

test('没有文档时导出按钮不可用', async ({ page }) => {
  await startFresh(page);
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true })).toBeDisabled();
});

test('导出 Word lists an empty required section and a missing 成文日期: 返回修改 goes to the first and writes nothing, 仍然导出 writes', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  const blocks = await modelBlocks(page);
  const problems = blocks.findIndex((b) => b.section === 'problems');
  // 工作完成情况 and 下半年工作打算 written; 存在的问题 and the date left empty.
  for (const key of ['done', 'plan']) await typeInto(page, blocks.findIndex((b) => b.section === key) + 1, '各项工作有序推进。');
  let downloads = 0;
  page.on('download', () => downloads++);

  await exportButton(page).click();
  const dialog = blockersDialog(page);
  await expect(dialog.getByRole('heading')).toHaveText('还有 2 处必须修改');
  await expect(dialog.getByRole('listitem')).toHaveText([`第 ${problems + 1} 段：必需章节「存在的问题」还没有内容`, `第 ${blocks.findIndex((b) => b.type === 'date') + 1} 段成文日期还没有填写`]);
  await dialog.getByRole('button', { name: '返回修改' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => caretBlock(page)).toBe(problems);
  // Typing goes where the caret is: the clerk can fix it at once.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('人手不足。');
  await expect.poll(async () => blockText((await modelBlocks(page))[problems + 1]!)).toBe('人手不足。');
  expect(downloads).toBe(0);

  // Only the date is left now; 仍然导出 writes the file as it is.
  await exportButton(page).click();
  await expect(dialog.getByRole('heading')).toHaveText('还有 1 处必须修改');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '仍然导出' }).click();
  expect((await download).suggestedFilename()).toBe('宣城市科技局2023年上半年工作总结和下半年工作打算.docx');
  await expect(dialog).toBeHidden();
});

test('导出 Word writes a document without blocking findings at once, no dialog', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  await completeFreshDocument(page, '2023年6月28日');
  await page.getByRole('toolbar').getByRole('button', { name: '检查' }).click();
  await expect(page.getByRole('complementary', { name: '检查' })).toContainText('没有发现问题，可以提交。');
  const download = page.waitForEvent('download');
  await exportButton(page).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  await expect(blockersDialog(page)).toHaveCount(0);
});

test('标题为空的文档也能导出 Word', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  // Clear the title: select from its end to the start of the document and delete.
  await caretToEndOf(page, 0);
  await page.keyboard.press('Control+Shift+Home');
  await page.keyboard.press('Backspace');
  const blocks = await modelBlocks(page);
  expect(blocks[0]!.type).toBe('title');
  expect(blockText(blocks[0]!)).toBe('');
  const exported = await exportAndRead(page, async () => {
    await exportButton(page).click();
    // The missing title is one of the blocking findings the dialog lists; the clerk may still export.
    await expect(blockersDialog(page).getByRole('listitem').first()).toContainText('缺少标题');
    await blockersDialog(page).getByRole('button', { name: '仍然导出' }).click();
  });
  expect(exported.name).toBe('未命名公文.docx');
  const xml = strFromU8(unzipSync(exported.bytes)['word/document.xml']!);
  // No title paragraph, the rest as usual: the first heading is there with its number.
  expect(xml).not.toContain('w:val="Title"');
  expect(xml).toContain('一、');
  await expect(statusLine(page)).toContainText('已导出「未命名公文.docx」');
});
