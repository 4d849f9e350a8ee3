import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { blockText, caretToEndOf, createDocument, modelBlocks, startFresh } from './app-support.ts';

/**
 * The rules of GB/T 9704 that want a change — ： after the 主送机关, a date without 虚位, no closing
 * mark after a standalone heading — are made in the document from 检查 (改正), as one undo step,
 * where the clerk sees them. The .docx prints what the editor shows: the printer once added the
 * colon, rewrote the date and dropped the heading's 。 behind the clerk's back.
 */

async function textOf(page: Page, type: string, nth = 0): Promise<string> {
  return blockText((await modelBlocks(page)).filter((b) => b.type === type)[nth]!);
}

async function indexOf(page: Page, type: string): Promise<number> {
  return (await modelBlocks(page)).findIndex((b) => b.type === type);
}

/** Replaces the whole text of block `index` by typing. */
async function retype(page: Page, index: number, text: string): Promise<void> {
  await caretToEndOf(page, index);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(text);
}

async function exportedTexts(page: Page): Promise<string[]> {
  const download = page.waitForEvent('download');
  await page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true }).click();
  // The report still has empty sections: export anyway, as the clerk may.
  await page.getByRole('dialog').getByRole('button', { name: '仍然导出' }).click();
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(await (await download).path())))['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][^]*?<\/w:p>/gu)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''));
}

test('检查的「改正」在文档中改：主送机关冒号、成文日期、标题末尾标点；可撤销；导出与编辑器一致', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'report' });
  const addressee = await indexOf(page, 'addressee');
  await retype(page, addressee, '市政府办公厅');
  await retype(page, await indexOf(page, 'date'), '2023年07月05日');
  const heading = (await modelBlocks(page)).findIndex((b) => b.type === 'heading' && b.section === 'problems');
  await caretToEndOf(page, heading);
  await page.keyboard.type('。');

  // What the clerk sees is what is printed, before any correction.
  let printed = await exportedTexts(page);
  expect(printed).toContain('市政府办公厅');
  expect(printed).toContain('2023年07月05日');
  expect(printed).toContain('二、存在的问题。');

  await page.getByRole('toolbar').getByRole('button', { name: '检查', exact: true }).click();
  const check = page.getByRole('complementary', { name: '检查' });
  await check.getByRole('button', { name: '改正：改为「2023年7月5日」' }).click();
  await expect.poll(() => textOf(page, 'date')).toBe('2023年7月5日');
  // One undo step gives the clerk's text back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(page, 'date')).toBe('2023年07月05日');
  await check.getByRole('button', { name: '改正：改为「2023年7月5日」' }).click();
  await expect.poll(() => textOf(page, 'date')).toBe('2023年7月5日');
  await check.getByRole('button', { name: '改正：填入「：」' }).click();
  await expect.poll(() => textOf(page, 'addressee')).toBe('市政府办公厅：');
  await check.getByRole('button', { name: '改正：删去「。」' }).click();
  await expect.poll(async () => blockText((await modelBlocks(page))[heading]!)).toBe('存在的问题');
  await expect(check.getByRole('button', { name: /^改正：/ })).toHaveCount(0);

  printed = await exportedTexts(page);
  expect(printed).toContain('市政府办公厅：');
  expect(printed).toContain('2023年7月5日');
  expect(printed).toContain('二、存在的问题');
});

test('全部改正 makes every correction 检查 knows at once, as one undo step', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'half-year' });
  const body = (await modelBlocks(page)).findIndex((b) => b.type === 'heading' && b.section === 'done') + 1;
  await caretToEndOf(page, body);
  await page.keyboard.type('推进科技,创新:发展;工作(2023年)完成。');
  await page.getByRole('toolbar').getByRole('button', { name: '检查', exact: true }).click();
  const check = page.getByRole('complementary', { name: '检查' });
  await check.getByRole('button', { name: /^全部改正（4 处/ }).click();
  const text = async () => blockText((await modelBlocks(page))[body]!);
  await expect.poll(text).toBe('推进科技，创新：发展；工作（2023年）完成。');
  await page.keyboard.press('Control+z');
  await expect.poll(text).toBe('推进科技,创新:发展;工作(2023年)完成。');
});
