import { expect, type Locator, type Page } from '@playwright/test';
import { editable, expectSelection } from './editor-page.ts';

/** Helpers for the table specs: cells as the page shows them, and the caret put into one. */

export function table(page: Page, nth = 0): Locator {
  return editable(page).locator('table.gw-table').nth(nth);
}

/** Every cell's text, row by row (paragraphs of a cell joined by |). */
export async function tableTexts(page: Page, nth = 0): Promise<string[][]> {
  return table(page, nth).evaluate((el) =>
    Array.from(el.querySelectorAll('tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) =>
        Array.from(td.querySelectorAll('.gw-cell-paragraph'))
          .map((p) => (p.textContent ?? '').replace(/\uFEFF/g, ''))
          .join('|'),
      ),
    ),
  );
}

/** Puts the caret at the end of cell (row, cell) of the table that is block `index`, and waits for the model to have it. */
export async function placeCaretInCell(page: Page, index: number, row: number, cell: number): Promise<void> {
  const offset = await editable(page).evaluate(
    (root, { index, row, cell }) => {
      const el = root.querySelectorAll<HTMLElement>('[data-block-type]')[index];
      const td = el?.querySelectorAll('tr')[row]?.querySelectorAll('td')[cell];
      if (!td) throw new Error(`no cell ${row}:${cell} in block ${index}`);
      (root as HTMLElement).focus();
      const strings = td.querySelectorAll('[data-slate-string]');
      const string = strings[strings.length - 1];
      const textNode = (string ?? td.querySelector('[data-slate-zero-width]'))?.firstChild;
      if (!textNode) throw new Error('cell has no text node');
      const length = string ? (textNode.textContent ?? '').length : 0;
      getSelection()!.collapse(textNode, length);
      return length;
    },
    { index, row, cell },
  );
  await expectSelection(page, `${index}.${row}.${cell}:${offset}`);
}

/** Runs an item of the 表格 menu (the web menu bar). */
export async function tableMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('menubar').getByRole('button', { name: /^表格/u }).click();
  await page.getByRole('menu', { name: '表格' }).getByRole('menuitem', { name: new RegExp(`^${item}`, 'u') }).click();
}

/** 插入表格 from the toolbar, rows × columns picked on the dialog's grid. */
export async function insertTableByPicker(page: Page, rows: number, columns: number): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: '插入表格' }).click();
  const dialog = page.getByRole('dialog', { name: '插入表格' });
  await expect(dialog).toBeVisible();
  const cell = dialog.getByRole('gridcell', { name: `${rows} 行 × ${columns} 列` });
  await cell.hover();
  await expect(dialog.getByRole('textbox', { name: '行数' })).toHaveValue(String(rows));
  await cell.click();
  await expect(dialog).toBeHidden();
  await expect(table(page)).toBeVisible();
}

interface ModelTable {
  children: { header?: boolean; children: { colSpan?: number; vMerge?: string; children: { children: { text: string }[] }[] }[] }[];
}

/**
 * The model's table at block `index` (read through the app's test hook), each cell as its text
 * (paragraphs by \n) with its merge after it: 甲|2 spans two columns, 甲^ starts a merge down, ^^ continues one.
 */
export async function modelCellMarks(page: Page, index: number): Promise<string[][]> {
  const table = await page.evaluate((i) => JSON.parse(JSON.stringify((window as unknown as { gongwenTest: { blocks(): unknown[] } }).gongwenTest.blocks()[i])) as unknown, index);
  return (table as ModelTable).children.map((row) =>
    row.children.map((cell) => {
      const text = cell.children.map((p) => p.children.map((run) => run.text).join('')).join('\n');
      return text + (cell.colSpan ? `|${cell.colSpan}` : '') + (cell.vMerge === 'restart' ? '^' : cell.vMerge === 'continue' ? '^^' : '');
    }),
  );
}

/** The 表格 menu's item, the menu opened on the current selection (Esc closes it). */
export async function tableMenuItem(page: Page, item: string): Promise<Locator> {
  await page.getByRole('menubar').getByRole('button', { name: /^表格/u }).click();
  return page.getByRole('menu', { name: '表格' }).getByRole('menuitem', { name: new RegExp(`^${item}`, 'u') });
}
