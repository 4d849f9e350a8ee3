import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { blockText, editorPage, modelBlocks, modelMeta, startFresh } from './app-support.ts';

const SEED_001 = new URL('../fixtures/import/seeds/001_1546186363c61f01.txt', import.meta.url);
const SEED_000 = new URL('../fixtures/import/seeds/000_50acbe1f2b51726a.txt', import.meta.url);

/** Opens a file from the 新建文档 dialog shown at start, or from the toolbar once it is gone. */
async function openBytes(page: Page, name: string, buffer: Buffer, mimeType = 'text/plain'): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  const start = page.getByRole('dialog', { name: '新建文档' });
  if (await start.isVisible()) await start.getByRole('button', { name: '打开或导入文件…' }).click();
  else await page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

test('打开 .txt：识别大纲，报告原文编号问题（缺少（四）），检查面板列出并可跳转', async ({ page }) => {
  await startFresh(page);
  await openBytes(page, '工作总结.txt', await readFile(SEED_001));

  const report = page.getByRole('dialog', { name: '导入结果' });
  await expect(report).toContainText('已导入「工作总结.txt」');
  await expect(report.getByRole('region', { name: '原文编号问题' })).toContainText('（四）');
  await report.getByRole('button', { name: '开始编辑' }).click();
  await expect(report).toBeHidden();

  const blocks = await modelBlocks(page);
  expect(blocks[0]!.type).toBe('title');
  expect(blockText(blocks[0]!)).toContain('工作总结');
  expect(blocks[1]!.type).toBe('addressee');
  expect(blocks.filter((b) => b.type === 'heading' && b.level === 1).length).toBeGreaterThanOrEqual(4);
  // Labels are derived, never left in the text.
  for (const block of blocks.filter((b) => b.type === 'heading')) expect(blockText(block)).not.toMatch(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]/);
  expect((await modelMeta(page)).template).toBe('report');

  // The 检查 panel opened by itself to show the source's numbering problem; a click jumps to it.
  const check = page.getByRole('complementary', { name: '检查' });
  await expect(check).toBeVisible();
  const numbering = check.locator('[data-code="numbering"]').first();
  await expect(numbering).toContainText('（四）');
  // Seed 001 is a reused skeleton: its masked figures are blocking placeholders.
  await expect(check.locator('[data-code="placeholder"]').first()).toBeVisible();
  await numbering.click();
  const caretBlock = () =>
    editorPage(page).evaluate(() => {
      const node = window.getSelection()?.anchorNode;
      return node?.parentElement?.closest('[data-block-type]')?.getAttribute('data-block-type') ?? null;
    });
  await expect.poll(caretBlock).toBe('heading');
});

test('无法导入的文件：对话框说明原因，当前文档不变', async ({ page }) => {
  await startFresh(page);
  await openBytes(page, '宣城.txt', await readFile(SEED_000));
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '开始编辑' }).click();
  const before = await modelBlocks(page);

  await openBytes(page, '旧文档.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), 'application/msword');
  const dialog = page.getByRole('dialog', { name: '无法导入' });
  await expect(dialog).toContainText('无法导入「旧文档.doc」');
  await expect(dialog).toContainText('另存为 .docx');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  expect(await modelBlocks(page)).toEqual(before);

  await openBytes(page, '空.txt', Buffer.alloc(0));
  await expect(page.getByRole('dialog', { name: '无法导入' })).toContainText('文件是空的');
  await page.getByRole('dialog', { name: '无法导入' }).getByRole('button', { name: '确定' }).click();
  await openBytes(page, '乱码.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  await expect(page.getByRole('dialog', { name: '无法导入' })).toBeVisible();
  await page.getByRole('dialog', { name: '无法导入' }).getByRole('button', { name: '确定' }).click();
  expect(await modelBlocks(page)).toEqual(before);
});

test('检查面板：工具栏「检查」开关，修改后结果更新', async ({ page }) => {
  await startFresh(page);
  await openBytes(page, '宣城.txt', await readFile(SEED_000));
  const report = page.getByRole('dialog', { name: '导入结果' });
  // Keep the source's half-width marks this time, to fix one by hand.
  await report.getByRole('checkbox', { name: /半角标点/ }).uncheck();
  await report.getByRole('button', { name: '开始编辑' }).click();
  const toggle = page.getByRole('toolbar').getByRole('button', { name: '检查', exact: true });
  await toggle.click();
  const check = page.getByRole('complementary', { name: '检查' });
  await expect(check).toBeVisible();
  // Seed 000 has half-width punctuation inside Chinese text.
  const halfWidth = check.locator('[data-code="half-width-punctuation"]');
  await expect(halfWidth.first()).toBeVisible();
  const before = await halfWidth.count();
  // Fix a half-width comma by hand: the panel selects it, typing replaces it.
  await halfWidth.filter({ hasText: '逗号' }).first().click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(',');
  await page.keyboard.type('，');
  await expect.poll(() => halfWidth.count()).toBeLessThan(before);
  await toggle.click();
  await expect(check).toBeHidden();
});

test('导入时可将中文之间的半角标点改为全角（默认勾选）', async ({ page }) => {
  await startFresh(page);
  await openBytes(page, '宣城.txt', await readFile(SEED_000));
  const report = page.getByRole('dialog', { name: '导入结果' });
  const option = report.getByRole('checkbox', { name: /半角标点/ });
  await expect(option).toBeChecked();
  await report.getByRole('button', { name: '开始编辑' }).click();
  const texts = (await modelBlocks(page)).map(blockText);
  // Seed 000's opening line: 根据要求,现将我局…报告如下:
  expect(texts.find((t) => t.startsWith('根据要求'))).toMatch(/^根据要求，现将.*如下：$/);
  expect(texts.join('')).not.toMatch(/[\p{Script=Han}][,:;?!]|[,:;?!][\p{Script=Han}]/u);
  await page.getByRole('toolbar').getByRole('button', { name: '检查', exact: true }).click();
  await expect(page.getByRole('complementary', { name: '检查' }).locator('[data-code="half-width-punctuation"]')).toHaveCount(0);
});

test('导出的 Word 文档可以再打开：识别出同样的大纲', async ({ page }) => {
  await startFresh(page);
  await openBytes(page, '宣城.txt', await readFile(SEED_000));
  // Seed 000 has no 存在的问题: the template's required section is added, and the dialog says so.
  await expect(page.getByRole('dialog', { name: '导入结果' }).getByRole('note')).toContainText('原文没有模板的必需章节「存在的问题」，已按模板补上');
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '开始编辑' }).click();
  const headings = (blocks: Awaited<ReturnType<typeof modelBlocks>>) => blocks.filter((b) => b.type === 'heading').map((b) => `${b.level}:${blockText(b)}`);
  const before = await modelBlocks(page);

  const download = page.waitForEvent('download');
  await page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true }).click();
  // The editor added the 存在的问题 seed 000 lacks, empty: blocking, so exported anyway.
  const blockers = page.getByRole('dialog', { name: '导出前还有必须修改的内容' });
  await expect(blockers.getByRole('listitem')).toHaveText([/必需章节「存在的问题」还没有内容/]);
  await blockers.getByRole('button', { name: '仍然导出' }).click();
  const docx = await readFile(await (await download).path());

  await openBytes(page, '宣城.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const report = page.getByRole('dialog', { name: '导入结果' });
  await expect(report).toContainText('从Word 文档识别出');
  await report.getByRole('button', { name: '开始编辑' }).click();
  const after = await modelBlocks(page);
  expect(headings(after)).toEqual(headings(before));
  expect(blockText(after[0]!)).toBe(blockText(before[0]!));
});
