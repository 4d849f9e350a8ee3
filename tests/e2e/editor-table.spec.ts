import { expect, test } from './support/editor-test.ts';
import { block, composeAndCommit, expectNoLabelsInText, expectSelection, imeSession, placeCaret, readBlocks, shownHeadings } from './support/editor-page.ts';
import { insertTableByPicker, placeCaretInCell, table, tableMenu, tableTexts } from './support/table-page.ts';

/** The empty body paragraph under 一、工作完成情况 in a new half-year report. */
const BODY = 3;

test('插入表格 from the picker; Tab / Shift+Tab between cells, Tab in the last cell adds a row; each one undo step', async ({ page }) => {
  await placeCaret(page, BODY);
  await insertTableByPicker(page, 2, 3);
  expect(await tableTexts(page)).toEqual([
    ['', '', ''],
    ['', '', ''],
  ]);
  // The empty paragraph became the table; the caret is in its first cell.
  await expect(block(page, BODY)).toHaveAttribute('data-block-type', 'table');
  await expectSelection(page, `${BODY}.0.0:0`);
  await page.keyboard.type('项目');
  await page.keyboard.press('Tab');
  await page.keyboard.type('金额');
  await page.keyboard.press('Tab');
  await page.keyboard.type('备注');
  await page.keyboard.press('Tab');
  await expectSelection(page, `${BODY}.1.0:0`);
  // Shift+Tab back into 备注 selects its text, as Tab does in Word.
  await page.keyboard.press('Shift+Tab');
  await expectSelection(page, `${BODY}.0.2:0-${BODY}.0.2:2`);
  await placeCaretInCell(page, BODY, 1, 2);
  await page.keyboard.press('Tab');
  await expectSelection(page, `${BODY}.2.0:0`);
  expect(await tableTexts(page)).toEqual([
    ['项目', '金额', '备注'],
    ['', '', ''],
    ['', '', ''],
  ]);
  // Ctrl+Z takes back the added row, then the typing; then the table itself.
  await page.keyboard.press('Control+z');
  await expect(table(page).locator('tr')).toHaveCount(2);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await expect.poll(() => tableTexts(page)).toEqual([
    ['', '', ''],
    ['', '', ''],
  ]);
  await page.keyboard.press('Control+z');
  await expect(table(page)).toHaveCount(0);
  expect((await readBlocks(page))[BODY]).toEqual({ type: 'paragraph', level: 0, label: '', text: '' });
});

test('Tab / Shift+Tab into a filled cell select its text: typing (or an IME commit) replaces it, a cell of two lines becomes one; Ctrl+Z brings it back', async ({ page }) => {
  const cdp = await imeSession(page);
  await placeCaret(page, BODY);
  await insertTableByPicker(page, 2, 2);
  await page.keyboard.type('单位13');
  await page.keyboard.press('Tab');
  await page.keyboard.type('甲');
  await page.keyboard.press('Enter');
  await page.keyboard.type('乙');
  expect(await tableTexts(page)).toEqual([
    ['单位13', '甲|乙'],
    ['', ''],
  ]);
  await page.keyboard.press('Shift+Tab');
  await expectSelection(page, `${BODY}.0.0:0-${BODY}.0.0:4`);
  await page.keyboard.type('市科技局');
  await expect.poll(() => tableTexts(page)).toEqual([
    ['市科技局', '甲|乙'],
    ['', ''],
  ]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => tableTexts(page)).toEqual([
    ['单位13', '甲|乙'],
    ['', ''],
  ]);
  // The two-line cell, selected whole, becomes the one line typed; the cell and the table stay.
  await page.keyboard.press('Tab');
  await expectSelection(page, `${BODY}.0.1:0-${BODY}.0.1:1`);
  await page.keyboard.type('合计');
  await expect.poll(() => tableTexts(page)).toEqual([
    ['单位13', '合计'],
    ['', ''],
  ]);
  await expect(table(page).locator('td').nth(1).locator('.gw-cell-paragraph')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => tableTexts(page)).toEqual([
    ['单位13', '甲|乙'],
    ['', ''],
  ]);
  // A pinyin IME's commit replaces the selected text too.
  await page.keyboard.press('Shift+Tab');
  await expectSelection(page, `${BODY}.0.0:0-${BODY}.0.0:4`);
  await composeAndCommit(page, cdp, ['keji'], '科技');
  await expect.poll(() => tableTexts(page)).toEqual([
    ['科技', '甲|乙'],
    ['', ''],
  ]);
  // An empty cell gets the caret.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expectSelection(page, `${BODY}.1.0:0`);
});

test('Enter in a cell is a new line of the cell; typed numbers, Ctrl+2 and Backspace at its start never leave it', async ({ page }) => {
  await placeCaret(page, BODY);
  await insertTableByPicker(page, 2, 2);
  await page.keyboard.type('一、总体');
  await page.keyboard.press('Enter');
  await page.keyboard.type('（一）具体');
  await expect(table(page).locator('td').first().locator('.gw-cell-paragraph')).toHaveCount(2);
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('status')).toContainText('表格中的文字不能设为标题');
  // Backspace at the start of the second cell joins nothing.
  await placeCaretInCell(page, BODY, 0, 1);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  expect(await tableTexts(page)).toEqual([
    ['一、总体|（一）具体', ''],
    ['', ''],
  ]);
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '二、存在的问题', '三、下半年工作打算']);
  await expectNoLabelsInText(page);
});

test('rows and columns added and deleted from the 表格 menu, each undone in one step; the table deleted and brought back', async ({ page }) => {
  await placeCaret(page, BODY);
  await insertTableByPicker(page, 2, 2);
  await page.keyboard.type('甲');
  await page.keyboard.press('Tab');
  await page.keyboard.type('乙');
  const start = [
    ['甲', '乙'],
    ['', ''],
  ];
  const steps: [string, string[][]][] = [
    ['在上方插入行', [['', ''], ...start]],
    ['在下方插入行', [start[0]!, ['', ''], start[1]!]],
    ['在左侧插入列', start.map((row) => [row[0]!, '', row[1]!])],
    ['在右侧插入列', start.map((row) => [...row, ''])],
    ['删除行', [['', '']]],
    ['删除列', [['甲'], ['']]],
  ];
  for (const [item, expected] of steps) {
    await placeCaretInCell(page, BODY, 0, 1);
    await tableMenu(page, item);
    await expect.poll(() => tableTexts(page), item).toEqual(expected);
    await page.keyboard.press('Control+z');
    await expect.poll(() => tableTexts(page), `undo ${item}`).toEqual(start);
  }
  await placeCaretInCell(page, BODY, 1, 0);
  await tableMenu(page, '删除表格');
  await expect(table(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => tableTexts(page)).toEqual(start);
});

test('an IME composition commits into a cell', async ({ page }) => {
  const cdp = await imeSession(page);
  await placeCaret(page, BODY);
  await insertTableByPicker(page, 1, 2);
  await page.keyboard.press('Tab');
  await expectSelection(page, `${BODY}.0.1:0`);
  await composeAndCommit(page, cdp, ['y', 'yi', 'yi,'], '一、');
  await composeAndCommit(page, cdp, ['keji'], '科技');
  expect(await tableTexts(page)).toEqual([['', '一、科技']]);
  await expect(block(page, BODY)).toHaveAttribute('data-block-type', 'table');
  // The commits are typing, undone together as typing is; the table stays.
  await page.keyboard.press('Control+z');
  await expect.poll(() => tableTexts(page)).toEqual([['', '']]);
});

test('a cell of figures is set as the print plan sets it (centred), a cell of words to the left', async ({ page }) => {
  await placeCaret(page, BODY);
  await insertTableByPicker(page, 2, 2);
  await placeCaretInCell(page, BODY, 1, 0);
  await page.keyboard.type('重点项目');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1,200.5');
  const cells = table(page).locator('tr').nth(1).locator('td');
  await expect(cells.nth(1)).toHaveCSS('text-align', 'center');
  await expect(cells.nth(0)).toHaveCSS('text-align', 'left');
  // Words typed after the figure: no longer a figure, back to the left.
  await page.keyboard.type('万元');
  await expect(cells.nth(1)).toHaveCSS('text-align', 'left');
});
