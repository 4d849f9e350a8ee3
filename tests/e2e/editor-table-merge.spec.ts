import type { Page } from '@playwright/test';
import { expect, test } from './support/editor-test.ts';
import { expectSelection, placeCaret, statusLine } from './support/editor-page.ts';
import { insertTableByPicker, modelCellMarks, placeCaretInCell, table, tableMenu, tableMenuItem, tableTexts } from './support/table-page.ts';

/** The empty body paragraph under 一、工作完成情况 in a new half-year report. */
const BODY = 3;

const FILLED = [
  ['项目', '金额', '备注'],
  ['甲', '1', ''],
  ['乙', '2', '说明'],
];

/** A 3 × 3 table (its first row the header) typed cell by cell with Tab. */
async function filledTable(page: Page): Promise<void> {
  await placeCaret(page, BODY);
  await insertTableByPicker(page, 3, 3);
  for (const [r, row] of FILLED.entries()) {
    for (const [c, text] of row.entries()) {
      if (text) await page.keyboard.type(text);
      if (r < 2 || c < 2) await page.keyboard.press('Tab');
    }
  }
  await expect.poll(() => tableTexts(page)).toEqual(FILLED);
}

function cell(page: Page, row: number, column: number) {
  return table(page).locator('tr').nth(row).locator('td').nth(column);
}

/** Drags the mouse from the middle of one cell to the middle of another, as a clerk selects cells. */
async function dragCells(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const a = (await cell(page, ...from).boundingBox())!;
  const b = (await cell(page, ...to).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

test('合并单元格 merges the dragged-over 2 × 2 cells in one undo step, drawn spanning; 拆分单元格 splits them back', async ({ page }) => {
  await filledTable(page);
  // With the caret in one cell there is nothing to merge or split: both greyed out.
  await placeCaretInCell(page, BODY, 1, 0);
  await expect(await tableMenuItem(page, '合并单元格')).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('menu', { name: '表格' }).getByRole('menuitem', { name: /^拆分单元格/u })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  await dragCells(page, [1, 0], [2, 1]);
  await expectSelection(page, new RegExp(`^${BODY}\\.1\\.0:\\d+-${BODY}\\.2\\.1:\\d+$`, 'u'));
  await tableMenu(page, '合并单元格');
  await expect.poll(() => modelCellMarks(page, BODY)).toEqual([
    ['项目', '金额', '备注'],
    ['甲\n1\n乙\n2|2^', ''],
    ['|2^^', '说明'],
  ]);
  // The caret is at the end of the merged cell's text.
  await expectSelection(page, `${BODY}.1.0:1`);
  // Drawn as one cell two columns wide and two rows high; the cell it covers is not drawn.
  const merged = cell(page, 1, 0);
  await expect(merged).toHaveAttribute('colspan', '2');
  await expect(merged).toHaveAttribute('rowspan', '2');
  await expect(cell(page, 2, 0)).toBeHidden();
  const box = (await merged.boundingBox())!;
  const header = [(await cell(page, 0, 0).boundingBox())!, (await cell(page, 0, 1).boundingBox())!];
  const note = (await cell(page, 2, 1).boundingBox())!;
  expect(Math.abs(box.x - header[0]!.x)).toBeLessThan(2);
  expect(Math.abs(box.x + box.width - (header[1]!.x + header[1]!.width))).toBeLessThan(2);
  expect(Math.abs(box.y + box.height - (note.y + note.height))).toBeLessThan(2);

  // One Ctrl+Z takes the whole merge back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelCellMarks(page, BODY)).toEqual(FILLED);
  await expect(table(page).locator('td[rowspan], td[colspan]')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => modelCellMarks(page, BODY)).toEqual([
    ['项目', '金额', '备注'],
    ['甲\n1\n乙\n2|2^', ''],
    ['|2^^', '说明'],
  ]);

  // 拆分单元格 with the caret in the merged cell: single cells again, the text in the top-left one.
  await placeCaretInCell(page, BODY, 1, 0);
  await expect(await tableMenuItem(page, '拆分单元格')).not.toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('menu', { name: '表格' }).getByRole('menuitem', { name: /^拆分单元格/u }).click();
  await expect.poll(() => modelCellMarks(page, BODY)).toEqual([
    ['项目', '金额', '备注'],
    ['甲\n1\n乙\n2', '', ''],
    ['', '', '说明'],
  ]);
  await expect(table(page).locator('td[rowspan], td[colspan]')).toHaveCount(0);
  await expect(cell(page, 2, 0)).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelCellMarks(page, BODY)).toEqual([
    ['项目', '金额', '备注'],
    ['甲\n1\n乙\n2|2^', ''],
    ['|2^^', '说明'],
  ]);
});

test('Shift+arrows select cells to merge; the header row is not merged with the body, and says why', async ({ page }) => {
  await filledTable(page);
  // Body cells 金额 column: 1 and 2, selected with Shift+↓ from the first.
  await placeCaretInCell(page, BODY, 1, 1);
  await page.keyboard.press('Shift+ArrowDown');
  await expectSelection(page, new RegExp(`^${BODY}\\.1\\.1:1-${BODY}\\.2\\.1:\\d+$`, 'u'));
  await tableMenu(page, '合并单元格');
  await expect.poll(() => modelCellMarks(page, BODY)).toEqual([
    ['项目', '金额', '备注'],
    ['甲', '1\n2^', ''],
    ['乙', '^^', '说明'],
  ]);
  await expect(cell(page, 1, 1)).toHaveAttribute('rowspan', '2');

  // From the header row into the body: refused, nothing changes.
  await placeCaretInCell(page, BODY, 0, 0);
  await page.keyboard.press('Shift+ArrowDown');
  await expectSelection(page, new RegExp(`^${BODY}\\.0\\.0:2-${BODY}\\.1\\.0:\\d+$`, 'u'));
  await tableMenu(page, '合并单元格');
  await expect(statusLine(page)).toContainText('表头行不能与正文行合并');
  expect(await modelCellMarks(page, BODY)).toEqual([
    ['项目', '金额', '备注'],
    ['甲', '1\n2^', ''],
    ['乙', '^^', '说明'],
  ]);
});

test('a drag across cells selects the rectangle of whole cells: shown so, Delete clears those only in one undo step, and it cannot be dragged away', async ({ page }) => {
  await filledTable(page);
  // From 说明 (row 2, column 2) back to 1 (row 1, column 1): the reading order between them runs
  // through 乙, the rectangle does not. (The drag starts in a cell of words: one started on a
  // centred figure makes no selection in headless Chromium, with or without this change.)
  await dragCells(page, [2, 2], [1, 1]);
  await expect(table(page).locator('td[data-selected]')).toHaveCount(4);
  await expect(cell(page, 2, 0)).not.toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Delete');
  await expect.poll(() => tableTexts(page)).toEqual([
    ['项目', '金额', '备注'],
    ['甲', '', ''],
    ['乙', '', ''],
  ]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => tableTexts(page)).toEqual(FILLED);

  // Dragging the selected cells onto another cell moves nothing (the browser would glue their text into it).
  await dragCells(page, [2, 2], [1, 1]);
  await expect(table(page).locator('td[data-selected]')).toHaveCount(4);
  const from = (await cell(page, 2, 2).boundingBox())!;
  const to = (await cell(page, 0, 0).boundingBox())!;
  // Pressed on the selected text itself (说明, set at the cell's left), as a drag of it starts.
  await page.mouse.move(from.x + 14, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(200);
  expect(await tableTexts(page)).toEqual(FILLED);
});
