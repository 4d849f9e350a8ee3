import { expect, test } from '@playwright/test';
import { blockText, createDocument, editorPage, modelBlocks, modelMeta, newDocumentDialog, startFresh, statusLine, TEMPLATE_NAMES } from './app-support.ts';

interface Expected {
  template: keyof typeof TEMPLATE_NAMES;
  title: string;
  addressee?: string;
  period: string;
  sections: { key: string; title: string }[];
  /** A 上行文: a 版头 (the organ + 文件, 发文字号 and 签发人 to fill) and a 版记, shown as forms. */
  formal?: true;
}

// Written out rather than computed from templates/*.json: the test states what a user must see.
const CASES: Expected[] = [
  {
    template: 'half-year',
    title: '宣城市科技局2023年上半年工作总结和下半年工作打算',
    period: '上半年',
    sections: [
      { key: 'done', title: '工作完成情况' },
      { key: 'problems', title: '存在的问题' },
      { key: 'plan', title: '下半年工作打算' },
    ],
  },
  {
    template: 'annual',
    title: '宣城市科技局2023年工作总结和2024年工作计划',
    period: '全年',
    sections: [
      { key: 'done', title: '2023年工作完成情况' },
      { key: 'problems', title: '存在的问题' },
      { key: 'plan', title: '2024年工作计划' },
    ],
  },
  {
    template: 'key-points',
    title: '宣城市科技局2023年工作要点',
    period: '全年',
    sections: [
      { key: 'approach', title: '总体思路' },
      { key: 'goals', title: '主要目标' },
      { key: 'tasks', title: '重点任务' },
    ],
  },
  {
    template: 'report',
    title: '宣城市科技局关于报送2023年工作总结及2024年工作计划的报告',
    addressee: '市政府办公厅：',
    period: '全年',
    formal: true,
    sections: [
      { key: 'done', title: '2023年工作完成情况' },
      { key: 'problems', title: '存在的问题' },
      { key: 'plan', title: '2024年工作计划' },
    ],
  },
];

const LABELS = ['一、', '二、', '三、'];

for (const expected of CASES) {
  test(`新建「${TEMPLATE_NAMES[expected.template]}」：标题、必需章节和序号`, async ({ page }) => {
    await startFresh(page);
    await createDocument(page, { template: expected.template, organ: '宣城市科技局', year: 2023 });

    await expect(editorPage(page)).toContainText(expected.title);
    const outline = page.getByRole('navigation', { name: '大纲' });
    await expect(outline.getByRole('button')).toHaveText(expected.sections.map((s, i) => `${LABELS[i]}${s.title}`));
    await expect(statusLine(page)).toContainText(`模板：${TEMPLATE_NAMES[expected.template]}`);

    const blocks = await modelBlocks(page);
    expect(blocks[0]).toMatchObject({ type: 'title' });
    expect(blockText(blocks[0]!)).toBe(expected.title);
    const headings = blocks.filter((b) => b.type === 'heading');
    expect(headings.map((h) => ({ level: h.level, key: h.section, title: blockText(h) }))).toEqual(expected.sections.map((s) => ({ level: 1, key: s.key, title: s.title })));
    const addressee = blocks.find((b) => b.type === 'addressee');
    if (expected.addressee) {
      expect(addressee && blockText(addressee)).toBe(expected.addressee);
      await expect(editorPage(page)).toContainText(expected.addressee);
    } else {
      expect(addressee).toBeUndefined();
    }
    const formal = expected.formal
      ? { banner: { organs: ['宣城市科技局'], withWenjian: true, number: '', signers: [] }, colophon: { copyTo: [], printer: '宣城市科技局', printDate: '' } }
      : {};
    expect(await modelMeta(page)).toEqual({ template: expected.template, organ: '宣城市科技局', year: 2023, period: expected.period, date: '', ...formal });
    await expect(page.getByRole('region', { name: '版头' })).toHaveCount(expected.formal ? 1 : 0);
    await expect(page.getByRole('region', { name: '版记' })).toHaveCount(expected.formal ? 1 : 0);
  });
}

test('新建文档：时段默认取模板的，可以改', async ({ page }) => {
  await startFresh(page);
  const dialog = newDocumentDialog(page);
  const period = dialog.getByLabel('时段', { exact: true });
  await dialog.getByRole('radio', { name: TEMPLATE_NAMES['half-year'], exact: true }).check();
  await expect(period).toHaveValue('上半年');
  await dialog.getByRole('radio', { name: TEMPLATE_NAMES.annual, exact: true }).check();
  await expect(period).toHaveValue('全年');
  await period.selectOption('上半年');
  await dialog.getByLabel('发文机关', { exact: true }).fill('宣城市科技局');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  expect((await modelMeta(page)).period).toBe('上半年');
});

test('新建文档：发文机关为空或年度越界时给出中文提示，不创建', async ({ page }) => {
  await startFresh(page);
  const dialog = newDocumentDialog(page);
  await expect(dialog.getByLabel('年度', { exact: true })).toHaveValue(String(new Date().getFullYear()));
  await dialog.getByLabel('发文机关', { exact: true }).fill('   ');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByRole('alert')).toContainText('请填写发文机关');
  await expect(dialog.getByLabel('发文机关', { exact: true })).toBeFocused();

  await dialog.getByLabel('发文机关', { exact: true }).fill('宣城市科技局');
  await dialog.getByLabel('年度', { exact: true }).fill('1800');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('年度应在 1949 至 2200 之间');
  await dialog.getByLabel('年度', { exact: true }).fill('二〇二三');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('年度应为四位数字，例如：2024');
  await expect(dialog).toBeVisible();
  await expect(editorPage(page)).toHaveCount(0);

  await dialog.getByLabel('年度', { exact: true }).fill('2024');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await expect(editorPage(page)).toContainText('宣城市科技局2024年');
});

test('新建（Ctrl+N）再次打开模板选择，取消后文档不变', async ({ page }) => {
  await startFresh(page);
  await createDocument(page, { template: 'key-points' });
  const before = await modelBlocks(page);
  await page.keyboard.press('Control+n');
  const dialog = newDocumentDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(await modelBlocks(page)).toEqual(before);
});

test('离线字体随程序打包，公文字体变量已定义', async ({ page }) => {
  await startFresh(page);
  const fonts = await page.evaluate(async () => {
    const style = getComputedStyle(document.documentElement);
    const loaded = await Promise.all(['16px "Noto Serif SC"', '16px "Noto Sans SC"', '16px "LXGW WenKai"', '22px "Gongwen Title Serif"'].map(async (font) => (await document.fonts.load(font, '公文写作')).length > 0));
    return { title: style.getPropertyValue('--gw-font-title'), fangsong: style.getPropertyValue('--gw-font-fangsong'), kaiti: style.getPropertyValue('--gw-font-kaiti'), heiti: style.getPropertyValue('--gw-font-heiti'), loaded };
  });
  expect(fonts.title).toContain('方正小标宋简体');
  expect(fonts.fangsong).toContain('仿宋_GB2312');
  expect(fonts.kaiti).toContain('LXGW WenKai');
  expect(fonts.heiti).toContain('Noto Sans SC');
  expect(fonts.loaded).toEqual([true, true, true, true]);
});

test('启动和新建文档时没有违反内容安全策略（CSP）的资源', async ({ page }) => {
  // Vite would inline font slices under 4 KB as data: URLs, which font-src 'self' blocks
  // (vite.config.ts turns inlining off).
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text().slice(0, 160));
  });
  await startFresh(page);
  await createDocument(page, { template: 'report' });
  // Every CJK slice the page needs has been fetched once the fonts settle.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(violations).toEqual([]);
});
