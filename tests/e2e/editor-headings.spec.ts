import { expect, test } from './support/editor-test.ts';
import { block, expectNoLabelsInText, indexOfText, placeCaret, readBlocks, shownHeadings, statusLine } from './support/editor-page.ts';

// The fresh half-year document: 0 title, 1 opening, 2 一、工作完成情况, 3 empty body,
// 4 二、存在的问题, 5 empty body, 6 三、下半年工作打算, 7 empty body, 8 signature, 9 date.
const FIRST_BODY = 3;

test('a fresh document shows the required sections with computed labels', async ({ page }) => {
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '二、存在的问题', '三、下半年工作打算']);
  const blocks = await readBlocks(page);
  expect(blocks.map((b) => b.type)).toEqual(['title', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'signature', 'date']);
  await expect(block(page, 2)).toHaveAttribute('data-section', 'done');
  // The empty required sections carry their template hint outside the text.
  await expect(block(page, 2)).toHaveAttribute('data-hint', /./);
  await expectNoLabelsInText(page);
});

test('Ctrl+1..4 make headings level by level and Ctrl+0 makes body text', async ({ page }) => {
  await placeCaret(page, FIRST_BODY);
  await page.keyboard.type('系统谋划');
  await page.keyboard.press('Control+2');
  await expect(block(page, FIRST_BODY)).toHaveAttribute('data-label', '（一）');
  await expect(block(page, 2)).not.toHaveAttribute('data-hint');
  await page.keyboard.press('Enter');
  await page.keyboard.type('科技成果');
  await page.keyboard.press('Control+3');
  await page.keyboard.press('Enter');
  await page.keyboard.type('转化平台');
  await page.keyboard.press('Control+4');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第二项');
  await page.keyboard.press('Control+2');
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）系统谋划', '1.科技成果', '（1）转化平台', '（二）第二项', '二、存在的问题', '三、下半年工作打算']);
  await page.keyboard.press('Control+0');
  await expect(block(page, FIRST_BODY + 3)).toHaveAttribute('data-block-type', 'paragraph');
  await expect(block(page, FIRST_BODY + 3)).not.toHaveAttribute('data-label');
  await expectNoLabelsInText(page);
});

test('typing an outline number at the start of body text makes a heading and drops the number', async ({ page }) => {
  await placeCaret(page, FIRST_BODY);
  const cases: [typed: string, text: string, label: string][] = [
    ['（一）', '全角括号', '（一）'],
    ['1.', '半角点', '1.'],
    ['（1）', '全角数字括号', '（1）'],
    ['(2)', '半角数字括号', '（2）'],
    ['2、', '顿号', '2.'],
    ['(二)', '半角汉字括号', '（二）'],
    ['一、', '综合', '一、'],
  ];
  for (const [i, [typed, text]] of cases.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(typed);
    // The number alone decides nothing yet (1. may become 1.5): the next key does.
    await expect(block(page, FIRST_BODY + i)).toHaveAttribute('data-block-type', 'paragraph');
    await expect(block(page, FIRST_BODY + i)).toHaveText(typed);
    await page.keyboard.type(text);
    await expect(block(page, FIRST_BODY + i)).toHaveAttribute('data-block-type', 'heading');
  }
  const blocks = await readBlocks(page);
  const made = blocks.slice(FIRST_BODY, FIRST_BODY + cases.length).map((b) => b.label + b.text);
  // The level-1 heading typed last starts a new section before 存在的问题 (so that one becomes 三、).
  expect(made).toEqual(['（一）全角括号', '1.半角点', '（1）全角数字括号', '（2）半角数字括号', '2.顿号', '（二）半角汉字括号', '二、综合']);
  expect(await shownHeadings(page)).toContain('三、存在的问题');
  await expectNoLabelsInText(page);
});

// Issue 14, item 1: 1.5亿元 typed key by key became a level-3 heading 1. + 5亿元; with a
// 1.设立科技专项 heading above, the editor and the export read 2.5亿元 and 3.3%.
test('figures typed at the start of body text stay body text, also under a 1. heading typed above them', async ({ page }) => {
  await placeCaret(page, FIRST_BODY);
  await page.keyboard.type('（一）系统谋划');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1.5亿元的专项资金已全部到位。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2.3%的增幅高于全省平均。');
  await placeCaret(page, FIRST_BODY, 'end');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1.设立科技专项');
  const blocks = await readBlocks(page);
  expect(blocks.slice(FIRST_BODY, FIRST_BODY + 4)).toEqual([
    { type: 'heading', level: 2, label: '（一）', text: '系统谋划' },
    { type: 'heading', level: 3, label: '1.', text: '设立科技专项' },
    { type: 'paragraph', level: 0, label: '', text: '1.5亿元的专项资金已全部到位。' },
    { type: 'paragraph', level: 0, label: '', text: '2.3%的增幅高于全省平均。' },
  ]);
  // The page shows what the model holds: no label drawn in front of the figures.
  await expect(block(page, FIRST_BODY + 2)).toHaveText('1.5亿元的专项资金已全部到位。');
  await expect(block(page, FIRST_BODY + 3)).toHaveText('2.3%的增幅高于全省平均。');
});

test('level-1 labels count on past ten: 一、 … 十一、', async ({ page }) => {
  await placeCaret(page, FIRST_BODY);
  for (let n = 1; n <= 8; n++) {
    if (n > 1) await page.keyboard.press('Enter');
    await page.keyboard.type(`一、第${n}项`);
  }
  const labels = (await readBlocks(page)).filter((b) => b.type === 'heading').map((b) => b.label);
  expect(labels).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、']);
  expect(await shownHeadings(page)).toEqual(expect.arrayContaining(['九、第8项', '十、存在的问题', '十一、下半年工作打算']));
  await expectNoLabelsInText(page);
});

test('a heading level cannot be skipped, by shortcut or by typing', async ({ page }) => {
  await placeCaret(page, FIRST_BODY);
  await page.keyboard.type('跳级');
  await page.keyboard.press('Control+3');
  await expect(statusLine(page)).toContainText('上一个标题是一级，这里最多设为二级标题');
  await expect(block(page, FIRST_BODY)).toHaveAttribute('data-block-type', 'paragraph');

  await page.keyboard.press('Enter');
  await page.keyboard.type('1.五');
  await expect(statusLine(page)).toContainText('最多设为二级标题');
  // Refused: the number stays as typed, in body text.
  await expect(block(page, FIRST_BODY + 1)).toHaveAttribute('data-block-type', 'paragraph');
  await page.keyboard.type('个项目');
  expect((await readBlocks(page))[FIRST_BODY + 1]!.text).toBe('1.五个项目');
  expect(await indexOfText(page, '跳级')).toBe(FIRST_BODY);
});
