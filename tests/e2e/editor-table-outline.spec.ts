import type { Page } from '@playwright/test';
import { expect, test } from './support/editor-test.ts';
import { block, editable, expectSelection, placeCaret, readBlocks, shownHeadings } from './support/editor-page.ts';
import { insertTableByPicker, placeCaretInCell, table, tableTexts } from './support/table-page.ts';

const BODY = 3;

/** （一）甲 with a paragraph and a 2×2 table under it, then （二）乙: blocks 3–6. */
async function sectionWithTable(page: Page): Promise<void> {
  await placeCaret(page, BODY);
  await page.keyboard.type('（一）甲');
  await page.keyboard.press('Enter');
  await page.keyboard.type('甲的正文');
  await page.keyboard.press('Enter');
  await page.keyboard.type('（二）乙');
  await placeCaret(page, BODY + 1);
  await insertTableByPicker(page, 2, 2);
  await page.keyboard.type('表内');
  await expect(block(page, BODY + 2)).toHaveAttribute('data-block-type', 'table');
}

test('a table moves with its section (Alt+Shift+↓) and is never read as a heading', async ({ page }) => {
  await sectionWithTable(page);
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）甲', '（二）乙', '二、存在的问题', '三、下半年工作打算']);
  await placeCaret(page, BODY);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(async () => (await readBlocks(page)).slice(BODY, BODY + 4).map((b) => b.type + ':' + b.text)).toEqual(['heading:乙', 'heading:甲', 'paragraph:甲的正文', 'table:表内']);
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）乙', '（二）甲', '二、存在的问题', '三、下半年工作打算']);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await readBlocks(page))[BODY + 2]!.type).toBe('table');
});

test('deleting a section deletes its table with it, and one undo brings both back', async ({ page }) => {
  await sectionWithTable(page);
  // Select from the start of （一）甲 to the start of （二）乙 and delete.
  await editable(page).evaluate((root, from) => {
    const blocks = root.querySelectorAll('[data-block-type]');
    const first = blocks[from]!.querySelector('[data-slate-string]')!.firstChild!;
    const last = blocks[from + 3]!.querySelector('[data-slate-string]')!.firstChild!;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(last, 0);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, BODY);
  await expect(page.locator('.gw-editor')).toHaveAttribute('data-selection', new RegExp(`^${BODY}:0-`, 'u'));
  await page.keyboard.press('Delete');
  await expect(table(page)).toHaveCount(0);
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）乙', '二、存在的问题', '三、下半年工作打算']);
  await page.keyboard.press('Control+z');
  await expect(table(page)).toHaveCount(1);
  expect(await tableTexts(page)).toEqual([
    ['表内', ''],
    ['', ''],
  ]);
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）甲', '（二）乙', '二、存在的问题', '三、下半年工作打算']);
});

test('screenshot: a table in the editor at 1366×768, caret in a cell', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await placeCaret(page, BODY);
  await page.keyboard.type('全市科技创新主要指标完成情况如下：');
  await page.keyboard.press('Enter');
  await insertTableByPicker(page, 4, 4);
  const rows = [
    ['指标', '单位', '2023年', '2024年'],
    ['研发经费投入', '亿元', '12.5', '15.1'],
    ['高新技术企业', '家', '420', '518'],
    ['技术合同成交额', '亿元', '36.2', ''],
  ];
  for (const [r, row] of rows.entries()) {
    for (const [c, text] of row.entries()) {
      await page.keyboard.type(text);
      if (r < rows.length - 1 || c < row.length - 1) await page.keyboard.press('Tab');
    }
  }
  await placeCaretInCell(page, BODY + 1, 3, 3);
  await expectSelection(page, `${BODY + 1}.3.3:0`);
  await table(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/table-1366x768.png' });
  // The caret's cell is on screen and its borders are drawn.
  const border = await table(page).locator('td').first().evaluate((td) => getComputedStyle(td).borderTopStyle);
  expect(border).toBe('solid');
});
