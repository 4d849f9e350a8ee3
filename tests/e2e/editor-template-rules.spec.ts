import { expect, test } from './support/editor-test.ts';
import { block, openNewDocument, placeCaret, readBlocks, shownHeadings, statusLine } from './support/editor-page.ts';

// The fresh half-year document: 0 title, 1 opening, 2 一、工作完成情况, 3 empty body, 4 二、存在的问题, …
const FIRST_BODY = 3;

test('undo right after creating a document does not empty it', async ({ page }) => {
  const before = await readBlocks(page);
  await placeCaret(page, FIRST_BODY);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  expect(await readBlocks(page)).toEqual(before);
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '二、存在的问题', '三、下半年工作打算']);
});

test('工作要点 numbers level 3 continuously across level-2 parents', async ({ page }) => {
  await openNewDocument(page, { template: 'key-points', year: 2022 });
  expect(await shownHeadings(page)).toEqual(['一、总体思路', '二、主要目标', '三、重点任务']);
  // The body paragraph under 三、重点任务 is the last empty paragraph before the signature.
  const blocks = await readBlocks(page);
  const tasksBody = blocks.findIndex((b) => b.text === '重点任务') + 1;
  await placeCaret(page, tasksBody);
  for (const line of ['（一）聚焦关键技术攻关', '1.加大研发投入', '2.实施重大专项', '（二）推动成果转化', '1.建设转化平台']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  expect(await shownHeadings(page)).toEqual([
    '一、总体思路',
    '二、主要目标',
    '三、重点任务',
    '（一）聚焦关键技术攻关',
    '1.加大研发投入',
    '2.实施重大专项',
    '（二）推动成果转化',
    '3.建设转化平台',
  ]);
});

test('the toolbar does what the keys do, and says why when it refuses', async ({ page }) => {
  const toolbar = page.getByRole('toolbar');
  await placeCaret(page, FIRST_BODY);
  await page.keyboard.type('系统谋划');
  await toolbar.getByRole('button', { name: '二级标题' }).click();
  await expect(block(page, FIRST_BODY)).toHaveAttribute('data-label', '（一）');
  await page.keyboard.press('Enter');
  await page.keyboard.type('增量提质');
  await toolbar.getByRole('button', { name: '二级标题' }).click();
  await expect(block(page, FIRST_BODY + 1)).toHaveAttribute('data-label', '（二）');
  await toolbar.getByRole('button', { name: '降级' }).click();
  await expect(block(page, FIRST_BODY + 1)).toHaveAttribute('data-label', '1.');
  await toolbar.getByRole('button', { name: '升级' }).click();
  await expect(block(page, FIRST_BODY + 1)).toHaveAttribute('data-label', '（二）');
  await toolbar.getByRole('button', { name: '上移章节' }).click();
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）增量提质', '（二）系统谋划', '二、存在的问题', '三、下半年工作打算']);
  await toolbar.getByRole('button', { name: '上移章节' }).click();
  await expect(statusLine(page)).toContainText('第一个');
  await toolbar.getByRole('button', { name: '撤销' }).click();
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）系统谋划', '（二）增量提质', '二、存在的问题', '三、下半年工作打算']);
});
