import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { TEMPLATE_NAMES } from './support/editor-page.ts';

/** What the e2e tests need of the model (the shapes of core/model.ts, restated to keep tests black-box). */
export interface TestBlock {
  type: string;
  level?: number;
  section?: string;
  runIn?: boolean;
  children: { text: string }[];
}
export interface TestMeta {
  template: string;
  organ: string;
  year: number;
  period: string;
  date: string;
}

interface TestHookWindow {
  gongwenTest?: { blocks(): TestBlock[]; meta(): TestMeta };
}

/** The open document's blocks, read through the app's read-only test hook. */
export async function modelBlocks(page: Page): Promise<TestBlock[]> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as TestHookWindow).gongwenTest!.blocks())) as TestBlock[]);
}

export async function modelMeta(page: Page): Promise<TestMeta> {
  return page.evaluate(() => (window as unknown as TestHookWindow).gongwenTest!.meta());
}

export function blockText(block: TestBlock): string {
  return block.children.map((run) => run.text).join('');
}

/** 字数 as the status line defines it: non-whitespace characters of the text. */
export function countCharacters(blocks: readonly TestBlock[]): number {
  return blocks.reduce((sum, block) => sum + [...blockText(block)].filter((c) => c.trim() !== '').length, 0);
}

export function newDocumentDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: '新建文档' });
}

export function statusLine(page: Page): Locator {
  return page.getByRole('status');
}

export function editorPage(page: Page): Locator {
  return page.locator('[data-slate-editor="true"]');
}

/** Block `index` of the page; the model is flat, so the nth element is the nth block. */
export function pageBlock(page: Page, index: number): Locator {
  return editorPage(page).locator('[data-slate-node="element"]').nth(index);
}

export { TEMPLATE_NAMES };

export async function createDocument(page: Page, options: { template: keyof typeof TEMPLATE_NAMES; organ?: string; year?: number }): Promise<void> {
  const dialog = newDocumentDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: TEMPLATE_NAMES[options.template], exact: true }).check();
  await dialog.getByLabel('发文机关', { exact: true }).fill(options.organ ?? '宣城市科技局');
  await dialog.getByLabel('年度', { exact: true }).fill(String(options.year ?? 2023));
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await expect(editorPage(page)).toBeVisible();
}

/** Fresh start: no draft in storage, so the template picker is the first thing shown. */
export async function startFresh(page: Page): Promise<void> {
  await page.goto('/');
  await expect(newDocumentDialog(page)).toBeVisible();
}

/** Puts the caret at the end of block `index` by clicking it, then waits for the app to see it. */
export async function caretToEndOf(page: Page, index: number): Promise<void> {
  await pageBlock(page, index).click();
  await page.keyboard.press('End');
}

const SEED_000 = 'tests/fixtures/seeds/000-xuancheng-half-year.gwdoc';

/** Opens seed 000 (a .gwdoc) through 打开, from the template picker shown at a fresh start. */
export async function openSeed(page: Page): Promise<void> {
  await startFresh(page);
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '取消' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true }).click();
  await (await chooser).setFiles({ name: '000-xuancheng-half-year.gwdoc', mimeType: 'application/json', buffer: await readFile(SEED_000) });
  await expect(editorPage(page)).toBeVisible();
}
