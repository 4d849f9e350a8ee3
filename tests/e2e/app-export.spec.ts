import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { titleLines } from '../../core/export/title-lines.ts';
import { blockText, caretToEndOf, createDocument, modelBlocks, modelMeta, startFresh, statusLine } from './app-support.ts';

async function exportAndRead(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const download = page.waitForEvent('download');
  await trigger();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(await file.path())) };
}

test('导出 Word 从工具栏下载 .docx，内含标题和一级标题序号', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
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
  const exported = await exportAndRead(page, () => page.keyboard.press('Control+e'));
  expect(exported.name).toBe('宣城市科技局2023年工作要点.docx');
  expect(strFromU8(unzipSync(exported.bytes)['word/document.xml']!)).toContain('宣城市科技局2023年工作要点');
});

test('没有文档时导出按钮不可用', async ({ page }) => {
  await startFresh(page);
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true })).toBeDisabled();
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
  const exported = await exportAndRead(page, () => page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true }).click());
  expect(exported.name).toBe('未命名公文.docx');
  const xml = strFromU8(unzipSync(exported.bytes)['word/document.xml']!);
  // No title paragraph, the rest as usual: the first heading is there with its number.
  expect(xml).not.toContain('w:val="Title"');
  expect(xml).toContain('一、');
  await expect(statusLine(page)).toContainText('已导出「未命名公文.docx」');
});
