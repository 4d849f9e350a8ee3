import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { caretToEndOf, createDocument, editorPage, modelBlocks, startFresh, statusLine, type TestBlock } from './app-support.ts';

async function saveAndRead(page: Page, save: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await save();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function openFile(page: Page, file: { name: string; text: string }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') });
}

test('保存得到有效的 gongwen/1 文件，重新打开得到同一文档', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  const body = (await modelBlocks(page)).findIndex((b) => b.type === 'heading') + 1;
  await caretToEndOf(page, body);
  await page.keyboard.type('全年完成投资12亿元。');
  await expect.poll(async () => (await modelBlocks(page))[body]?.children[0]?.text).toBe('全年完成投资12亿元。');
  await expect(statusLine(page)).toContainText('未保存');

  const saved = await saveAndRead(page, () => page.getByRole('button', { name: '保存', exact: true }).click());
  expect(saved.name).toBe('宣城市科技局2023年上半年工作总结和下半年工作打算.gwdoc');
  const data = JSON.parse(saved.text) as { format: string; meta: unknown; blocks: TestBlock[] };
  expect(data.format).toBe('gongwen/1');
  expect(data.meta).toEqual({ template: 'half-year', organ: '宣城市科技局', year: 2023, period: '上半年', date: '' });
  const blocks = await modelBlocks(page);
  expect(data.blocks).toEqual(blocks);
  await expect(statusLine(page)).toContainText('已保存');
  await expect(statusLine(page)).not.toContainText('未保存');

  // Change the open document, then reopen the saved file over it.
  await caretToEndOf(page, body);
  await page.keyboard.type('之后的修改');
  await expect(statusLine(page)).toContainText('未保存');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '未保存的修改' });
  await confirm.getByRole('button', { name: '放弃修改并打开' }).click();
  await (await chooser).setFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text, 'utf8') });

  await expect.poll(() => modelBlocks(page)).toEqual(blocks);
  await expect(editorPage(page)).not.toContainText('之后的修改');
  await expect(statusLine(page)).not.toContainText('未保存');
});

test('Ctrl+S 保存，Ctrl+Shift+S 另存为', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'key-points', organ: '某某县/区:发改委' });
  const first = await saveAndRead(page, () => page.keyboard.press('Control+s'));
  // Characters a file system refuses are dropped from the suggested name.
  expect(first.name).toBe('某某县区发改委2023年工作要点.gwdoc');
  const second = await saveAndRead(page, () => page.keyboard.press('Control+Shift+s'));
  expect(JSON.parse(second.text)).toEqual(JSON.parse(first.text));
});

test('打开无效 JSON：显示中文错误，当前文档不变', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'annual' });
  const before = await modelBlocks(page);

  await openFile(page, { name: '坏文件.gwdoc', text: '{"format": "gongwen/1", "meta": ' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('无法打开「坏文件.gwdoc」');
  // A truncated file is told as such, in Chinese: the JSON parser's English never reaches the clerk.
  await expect(alert).toContainText('文件不是有效的 JSON：内容不完整，文件可能在保存或复制时被截断');
  const shown = (await alert.textContent())!.replace('坏文件.gwdoc', '').replace('JSON', '');
  expect(shown).not.toMatch(/[A-Za-z]{3,}/u);
  expect(await modelBlocks(page)).toEqual(before);
  await expect(editorPage(page)).toContainText('宣城市科技局2023年工作总结和2024年工作计划');

  await alert.getByRole('button', { name: '关闭' }).click();
  await expect(alert).toBeHidden();
});

test('打开含未知段落类型的 gongwen/1 文件：显示中文错误，当前文档不变', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'report' });
  const before = await modelBlocks(page);
  const bad = {
    format: 'gongwen/1',
    meta: { template: 'report', organ: '宣城市科技局', year: 2023, period: '全年', date: '' },
    blocks: [
      { type: 'title', children: [{ text: '标题' }] },
      { type: 'table', children: [{ text: '不认识的段落' }] },
    ],
  };
  await openFile(page, { name: '未知段落.gwdoc', text: JSON.stringify(bad) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('无法打开「未知段落.gwdoc」');
  await expect(alert).toContainText('文件内容无效');
  await expect(alert).toContainText('第 2 段');
  expect(await modelBlocks(page)).toEqual(before);
  await expect(editorPage(page)).toContainText('市政府办公厅：');
});

test('在没有文档时也能打开文件', async ({ page }) => {
  await startFresh(page);
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('没有打开的文档')).toBeVisible();
  const doc = {
    format: 'gongwen/1',
    meta: { template: 'key-points', organ: '宣城市科技局', year: 2024, period: '全年', date: '' },
    blocks: [
      { type: 'title', children: [{ text: '宣城市科技局2024年工作要点' }] },
      { type: 'heading', level: 1, section: 'approach', children: [{ text: '总体思路' }] },
      { type: 'paragraph', children: [{ text: '坚持创新驱动。' }] },
    ],
  };
  await openFile(page, { name: '要点.gwdoc', text: JSON.stringify(doc) });
  await expect(editorPage(page)).toContainText('坚持创新驱动。');
  await expect(page.getByRole('navigation', { name: '大纲' }).getByRole('button').first()).toHaveText('一、总体思路');
});

test('未保存的修改：保存后打开 saves the document first, then opens the other file', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  const body = (await modelBlocks(page)).findIndex((b) => b.type === 'heading') + 1;
  await caretToEndOf(page, body);
  await page.keyboard.type('保存前的修改。');
  await expect(statusLine(page)).toContainText('未保存');
  const other = await saveAndRead(page, () => page.keyboard.press('Control+Shift+s'));
  await caretToEndOf(page, body);
  await page.keyboard.type('又改了');
  await expect(statusLine(page)).toContainText('未保存');

  const download = page.waitForEvent('download');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true }).click();
  await page.getByRole('dialog', { name: '未保存的修改' }).getByRole('button', { name: '保存后打开' }).click();
  // The file saved holds the last change; only then does the file chooser open.
  const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { blocks: TestBlock[] };
  expect(saved.blocks[body]!.children[0]!.text).toBe('保存前的修改。又改了');
  await (await chooser).setFiles({ name: other.name, mimeType: 'application/json', buffer: Buffer.from(other.text, 'utf8') });
  await expect.poll(async () => (await modelBlocks(page))[body]?.children[0]?.text).toBe('保存前的修改。');
  await expect(statusLine(page)).not.toContainText('未保存');
});
