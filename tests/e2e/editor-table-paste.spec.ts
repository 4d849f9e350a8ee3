import type { Page } from '@playwright/test';
import { expect, test } from './support/editor-test.ts';
import { block, editable, expectSelection, placeCaret, readBlocks, shownHeadings } from './support/editor-page.ts';
import { placeCaretInCell, table, tableTexts } from './support/table-page.ts';


const BODY = 3;

/** A rich paste as Chromium delivers it: beforeinput insertFromPaste with the clipboard's data. */
async function paste(page: Page, items: Record<string, string>): Promise<void> {
  await editable(page).evaluate((root, items) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(items)) data.setData(type, value);
    const event = items['text/html'] ? new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }) : new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    root.dispatchEvent(event);
  }, items);
}

/** Word's clipboard HTML, cut down: MsoNormal paragraphs, a grid table with a merged header and a cell merged down. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->
<p class=MsoNormal>主要指标完成情况如下：</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td rowspan=2><p class=MsoNormal>指标</p></td><td colspan=2><p class=MsoNormal align=center>完成情况</p></td></tr>
<tr><td><p class=MsoNormal>2023年</p></td><td><p class=MsoNormal>2024年</p></td></tr>
<tr><td><p class=MsoNormal>研发投入</p></td><td><p class=MsoNormal>1.5亿元</p></td><td><p class=MsoNormal>2.1<br>亿元</p></td></tr>
</table>
<p class=MsoNormal>以上数据为快报数。</p><!--EndFragment--></body></html>`;

test('a Word table pasted into the body becomes a table block between its paragraphs, merges and all', async ({ page }) => {
  await placeCaret(page, BODY);
  await paste(page, { 'text/html': WORD_HTML, 'text/plain': '主要指标完成情况如下：\n指标\t完成情况\n…' });
  await expect(table(page)).toHaveCount(1);
  const blocks = await readBlocks(page);
  expect(blocks.slice(BODY, BODY + 3).map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
  expect(blocks[BODY]!.text).toBe('主要指标完成情况如下：');
  expect(blocks[BODY + 2]!.text).toBe('以上数据为快报数。');
  // 指标 spans two rows (the second row's first cell continues it), 完成情况 two columns.
  expect(await tableTexts(page)).toEqual([
    ['指标', '完成情况'],
    ['', '2023年', '2024年'],
    ['研发投入', '1.5亿元', '2.1|亿元'],
  ]);
  await expect(table(page).locator('tr').first().locator('td').nth(1)).toHaveAttribute('colspan', '2');
  await expect(table(page).locator('tr').nth(1).locator('td').first()).toHaveClass(/gw-cell-merged/u);
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '二、存在的问题', '三、下半年工作打算']);
  // One undo step takes the paste back.
  await page.keyboard.press('Control+z');
  await expect(table(page)).toHaveCount(0);
});

test('a spreadsheet’s cells (HTML with th, or tab-separated text) become a table; text pasted into a cell stays in it', async ({ page }) => {
  await placeCaret(page, BODY);
  await paste(page, { 'text/html': '<table><thead><tr><th>地区</th><th>企业数</th></tr></thead><tbody><tr><td>宣州区</td><td x:num>12</td></tr></tbody></table>', 'text/plain': '地区\t企业数\n宣州区\t12\n' });
  expect(await tableTexts(page)).toEqual([
    ['地区', '企业数'],
    ['宣州区', '12'],
  ]);
  await expect(table(page).locator('tr').first()).toHaveAttribute('data-header', 'true');

  // Tab-separated text alone (Excel, WPS 表格 as plain text) after the table.
  await placeCaret(page, 5);
  await paste(page, { 'text/plain': '项目\t金额\r\n科研\t1.5亿元\r\n人才\t2000万元\r\n' });
  await expect(table(page, 1)).toBeVisible();
  expect(await tableTexts(page, 1)).toEqual([
    ['项目', '金额'],
    ['科研', '1.5亿元'],
    ['人才', '2000万元'],
  ]);

  // Inside a cell, a paste is that cell's text, its lines the cell's paragraphs.
  await placeCaretInCell(page, BODY, 1, 0);
  await paste(page, { 'text/plain': '（含开发区）\n另计' });
  expect((await tableTexts(page))[1]).toEqual(['宣州区（含开发区）|另计', '12']);
  await paste(page, { 'text/html': '<table><tr><td>甲</td><td>乙</td></tr></table>', 'text/plain': '甲\t乙' });
  expect((await tableTexts(page))[1]![0]).toBe('宣州区（含开发区）|另计甲\t乙');
  await expect(editable(page).locator('table.gw-table')).toHaveCount(2);
});

test('a selection across cells deleted clears the rectangle of cells it makes and keeps the table', async ({ page }) => {
  await placeCaret(page, BODY);
  await paste(page, { 'text/plain': '甲一\t乙二\n丙三\t丁四' });
  await expect(table(page)).toBeVisible();
  await editable(page).evaluate((root) => {
    const strings = root.querySelectorAll('table [data-slate-string]');
    const range = document.createRange();
    range.setStart(strings[0]!.firstChild!, 1);
    range.setEnd(strings[2]!.firstChild!, 1);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await expectSelection(page, `${BODY}.0.0:1-${BODY}.1.0:1`);
  await page.keyboard.press('Backspace');
  // From the first cell into the one below it: the left column, whole cells (as in Word); 乙二,
  // which the reading order runs through, stays.
  expect(await tableTexts(page)).toEqual([
    ['', '乙二'],
    ['', '丁四'],
  ]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => tableTexts(page)).toEqual([
    ['甲一', '乙二'],
    ['丙三', '丁四'],
  ]);
  await expect(block(page, BODY)).toHaveAttribute('data-block-type', 'table');
});

test('the editor draws a table’s columns as wide as 预览 prints them (the plan’s widths), not all alike', async ({ page }) => {
  await placeCaret(page, BODY);
  await paste(page, { 'text/plain': '序号\t项目名称\t金额\n1\t宣城市科技创新综合体建设项目（一期工程）\t1200' });
  await expect(table(page)).toBeVisible();
  const widths = await table(page).locator('tr').first().locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().width));
  // 预览 draws the cells at the print plan's column widths: its first row's cells, left to right.
  const toggle = page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const pane = page.getByRole('complementary', { name: '预览' });
  await expect(pane.locator('.gw-preview-table').first()).toBeVisible();
  const printed = await pane.locator('.gw-preview-table').first().locator('.gw-preview-table-cell').evaluateAll((cells) => {
    const boxes = cells.map((cell) => cell.getBoundingClientRect());
    const top = Math.min(...boxes.map((b) => b.top));
    return boxes.filter((b) => Math.abs(b.top - top) < 1).sort((a, b) => a.left - b.left).map((b) => b.width);
  });
  const share = (values: number[]) => values.map((v) => v / values.reduce((a, b) => a + b, 0));
  expect(printed).toHaveLength(widths.length);
  share(widths).forEach((w, i) => expect(Math.abs(w - share(printed)[i]!), `column ${i}`).toBeLessThan(0.02));
  expect(widths[1]!).toBeGreaterThan(2 * widths[0]!);
});
