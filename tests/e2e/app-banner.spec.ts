import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { blockText, caretToEndOf, createDocument, modelBlocks, startFresh } from './app-support.ts';

interface BannerMeta {
  banner?: { organs: string[]; number: string; signers: string[] };
  colophon?: { copyTo: string[]; printer: string; printDate: string };
}

/** The open document's 版头 and 版记, read through the app's read-only test hook. */
function bannerMeta(page: Page): Promise<BannerMeta> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { gongwenTest: { meta(): unknown } }).gongwenTest.meta())) as BannerMeta);
}

async function typeInto(page: Page, index: number, text: string): Promise<void> {
  await caretToEndOf(page, index);
  await page.keyboard.type(text);
  await expect.poll(async () => blockText((await modelBlocks(page))[index]!).endsWith(text)).toBe(true);
}

/** Shows the 检查 or 预览 panel (in front, where the two share a tabbed dock). */
async function showPanel(page: Page, name: '检查' | '预览'): Promise<void> {
  if (await page.getByRole('complementary', { name }).isVisible()) return;
  await page.getByRole('toolbar').getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('complementary', { name })).toBeVisible();
}

const signerFinding = (page: Page) => page.getByRole('complementary', { name: '检查' }).locator('[data-code="signer-missing"]');
const previewMark = (page: Page) => page.getByRole('complementary', { name: '预览' }).locator('[data-role="organ-mark"]');

test('报告的版头：填写签发人和发文字号，检查不再要求签发人，预览印出红色发文机关标志，导出含发文字号；删除版头后预览中没有', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await startFresh(page);
  await createDocument(page, { template: 'report', organ: '宣城市科技局', year: 2023 });

  const banner = page.getByRole('region', { name: '版头' });
  await expect(banner).toBeVisible();
  await expect(banner.getByLabel('发文机关 1')).toHaveValue('宣城市科技局');
  // The year field starts from the document's year; 〔〕 and 号 are the form's, not typed.
  await expect(banner.getByLabel('年份')).toHaveValue('2023');
  await expect(page.getByRole('region', { name: '版记' })).toBeVisible();
  await showPanel(page, '检查');
  await expect(signerFinding(page)).toHaveCount(1);

  await banner.getByLabel('机关代字').fill('宣科');
  await banner.getByLabel('年份').fill('2024');
  await banner.getByLabel('序号').fill('07');
  await banner.getByLabel('签发人 1').fill('王明');
  await expect.poll(async () => (await bannerMeta(page)).banner).toMatchObject({ number: '宣科〔2024〕7号', signers: ['王明'] });
  await expect(signerFinding(page)).toHaveCount(0);
  await expect(banner.getByLabel('序号')).toHaveValue('7');

  // One Ctrl+Z takes the 签发人 back (typing into one field is one step); Ctrl+Shift+Z restores it.
  await banner.getByLabel('签发人 1').press('Control+z');
  await expect.poll(async () => (await bannerMeta(page)).banner?.signers).toEqual([]);
  await expect(signerFinding(page)).toHaveCount(1);
  await banner.getByLabel('签发人 1').press('Control+Shift+z');
  await expect(banner.getByLabel('签发人 1')).toHaveValue('王明');
  await expect(signerFinding(page)).toHaveCount(0);

  await showPanel(page, '预览');
  await expect(previewMark(page)).toHaveText('宣城市科技局文件');
  await expect(previewMark(page)).toHaveCSS('color', 'rgb(255, 0, 0)');
  const size = await previewMark(page).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const body = await page.locator('.gw-preview-cell.gw-preview-body').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThan(2 * body);
  await expect(page.locator('.gw-preview [data-role="banner-rule"]')).toHaveCSS('border-top-color', 'rgb(255, 0, 0)');
  await page.getByRole('main', { name: '文档' }).evaluate((desk) => desk.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screens/banner-1366x768.png' });

  // Filled enough for 检查 to let the export through.
  const blocks = await modelBlocks(page);
  for (const [i, block] of blocks.entries()) if (block.type === 'heading' && block.section) await typeInto(page, i + 1, '各项工作有序推进。');
  await typeInto(page, blocks.findIndex((b) => b.type === 'date'), '2024年1月5日');
  await page.getByRole('region', { name: '版记' }).getByLabel('印发日期').fill('2024年1月8日');
  await page.getByRole('region', { name: '版记' }).getByLabel('抄送机关 1').fill('市发展改革委');
  await page.getByRole('region', { name: '版记' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/colophon-1366x768.png' });
  const download = page.waitForEvent('download');
  await page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true }).click();
  const file = await download;
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(await file.path())))['word/document.xml']!);
  expect(xml).toContain('宣科〔2024〕7号');
  expect(xml).toContain('王明');
  expect(xml).toContain('抄送：市发展改革委。');

  // The exported .docx opened again: its 版头 and 版记 come back into their panels, not dropped.
  const exported = await bannerMeta(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true }).click();
  await page.getByRole('dialog', { name: '未保存的修改' }).getByRole('button', { name: '放弃修改并打开' }).click();
  await (await chooser).setFiles({ name: '报告.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await readFile(await file.path()) });
  const report = page.getByRole('dialog', { name: '导入结果' });
  await expect(report.getByRole('region', { name: '版头和版记' })).toContainText('版头：宣城市科技局文件　宣科〔2024〕7号　签发人：王明');
  await expect(report.getByRole('region', { name: '版头和版记' })).toContainText('版记：抄送：市发展改革委。　宣城市科技局　2024年1月8日印发');
  await report.getByRole('button', { name: '开始编辑' }).click();
  const reopened = await bannerMeta(page);
  expect({ banner: reopened.banner, colophon: reopened.colophon }).toEqual({ banner: exported.banner, colophon: exported.colophon });
  await expect(banner.getByLabel('机关代字')).toHaveValue('宣科');
  await expect(banner.getByLabel('序号')).toHaveValue('7');
  await expect(banner.getByLabel('签发人 1')).toHaveValue('王明');
  await expect(page.getByRole('region', { name: '版记' }).getByLabel('抄送机关 1')).toHaveValue('市发展改革委');

  await banner.getByRole('button', { name: '删除版头' }).click();
  await expect(page.getByRole('region', { name: '版头' })).toHaveCount(0);
  await expect.poll(async () => (await bannerMeta(page)).banner).toBeUndefined();
  await expect(previewMark(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '＋ 添加版头' })).toBeVisible();
});

test('段落菜单的「版头」「版记」添加和删除它们', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'annual' });
  await expect(page.getByRole('region', { name: '版头' })).toHaveCount(0);
  const menu = async (item: string) => {
    await page.getByRole('menubar').getByRole('button', { name: /段落/u }).click();
    await page.getByRole('menu', { name: '段落' }).getByRole('menuitem', { name: new RegExp(`^${item}`, 'u') }).click();
  };
  await menu('版头');
  await expect(page.getByRole('region', { name: '版头' })).toBeVisible();
  await menu('版记');
  await expect(page.getByRole('region', { name: '版记' })).toBeVisible();
  await expect.poll(async () => (await bannerMeta(page)).colophon).toEqual({ copyTo: [], printer: '宣城市科技局', printDate: '' });
  await menu('版头');
  await expect(page.getByRole('region', { name: '版头' })).toHaveCount(0);
});

test('名单的「＋」和回车把光标放进下一栏，直接输入姓名；空栏不会越点越多', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'report', organ: '宣城市科技局', year: 2023 });
  const banner = page.getByRole('region', { name: '版头' });
  const add = banner.getByRole('button', { name: '添加签发人' });

  // The one field is still empty: ＋ goes into it rather than adding a second empty one.
  await add.click();
  await expect(banner.getByRole('textbox', { name: '签发人 1', exact: true })).toBeFocused();
  await page.keyboard.type('王明');
  await add.click();
  await expect(banner.getByRole('textbox', { name: '签发人 2', exact: true })).toBeFocused();
  await page.keyboard.type('李华');
  await expect.poll(async () => (await bannerMeta(page)).banner?.signers).toEqual(['王明', '李华']);
  await add.click();
  await add.click();
  await expect(banner.getByRole('textbox', { name: /^签发人 \d$/u })).toHaveCount(3);
  await expect(banner.getByRole('textbox', { name: '签发人 3', exact: true })).toBeFocused();
  await page.keyboard.type('张强');
  await expect.poll(async () => (await bannerMeta(page)).banner?.signers).toEqual(['王明', '李华', '张强']);
  // Typing a name is one undo step, as in any field.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await bannerMeta(page)).banner?.signers).toEqual(['王明', '李华', '']);

  // Enter goes on to the next name (a new one after the last), in the 版记's 抄送机关 too.
  const colophon = page.getByRole('region', { name: '版记' });
  await colophon.getByRole('textbox', { name: '抄送机关 1', exact: true }).click();
  await page.keyboard.type('市发展改革委');
  await page.keyboard.press('Enter');
  await expect(colophon.getByRole('textbox', { name: '抄送机关 2', exact: true })).toBeFocused();
  await page.keyboard.type('市财政局');
  await expect.poll(async () => (await bannerMeta(page)).colophon?.copyTo).toEqual(['市发展改革委', '市财政局']);
  await colophon.getByRole('textbox', { name: '抄送机关 1', exact: true }).press('Enter');
  await expect(colophon.getByRole('textbox', { name: '抄送机关 2', exact: true })).toBeFocused();
  await expect(colophon.getByRole('textbox', { name: /^抄送机关 \d$/u })).toHaveCount(2);
});
