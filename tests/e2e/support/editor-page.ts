import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';

/** One block as the page shows it: from the data attributes the editor renders for tests. */
export interface ShownBlock {
  type: string;
  /** Heading level; 0 for anything else. */
  level: number;
  /** The label shown before a heading (CSS ::before of data-label); '' when none. */
  label: string;
  /** The block's text as in the DOM (labels and hints are pseudo-elements, so not in it). */
  text: string;
}

export const TEMPLATE_NAMES = {
  'half-year': '上半年工作总结和下半年工作打算',
  annual: '年度工作总结和下一年度工作计划',
  'key-points': '工作要点',
  report: '报告（向上级机关报送）',
} as const;

export function editable(page: Page): Locator {
  return page.locator('[data-slate-editor="true"]');
}

/** The editor's frame, which mirrors the model selection in data-selection. */
function frame(page: Page): Locator {
  return page.locator('.gw-editor');
}

export function block(page: Page, index: number): Locator {
  return editable(page).locator('[data-block-type]').nth(index);
}

export function statusLine(page: Page): Locator {
  return page.getByRole('status');
}

/**
 * Opens the app with a fresh document. If a 新建文档 dialog is up (the app's template picker), it
 * is filled in; otherwise the app opened a document by itself.
 */
export async function openNewDocument(page: Page, options: { template?: keyof typeof TEMPLATE_NAMES; organ?: string; year?: number } = {}): Promise<void> {
  await page.goto('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog.or(editable(page)).first()).toBeVisible({ timeout: 15_000 });
  if (await dialog.isVisible()) {
    const template = dialog.getByRole('radio', { name: TEMPLATE_NAMES[options.template ?? 'half-year'], exact: true });
    if (await template.count()) await template.check();
    const organ = dialog.getByRole('textbox', { name: '发文机关', exact: true });
    if (await organ.count()) await organ.fill(options.organ ?? '宣城市科技局');
    const year = dialog.getByRole('textbox', { name: '年度', exact: true });
    if (await year.count()) await year.fill(String(options.year ?? 2023));
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(editable(page)).toBeVisible();
  await expect(block(page, 0)).toHaveAttribute('data-block-type', 'title');
}

/** Every block as shown. */
export async function readBlocks(page: Page): Promise<ShownBlock[]> {
  return editable(page).evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('[data-block-type]')).map((el) => ({
      type: el.dataset.blockType ?? '',
      level: Number(el.dataset.level ?? 0),
      label: el.dataset.label ?? '',
      // Slate renders an empty text as a zero-width no-break space.
      text: (el.textContent ?? '').replace(/\uFEFF/g, ''),
    })),
  );
}

/** The headings as `label + text`, e.g. ['一、工作完成情况', '（一）系统谋划']. */
export async function shownHeadings(page: Page): Promise<string[]> {
  return (await readBlocks(page)).filter((b) => b.type === 'heading').map((b) => b.label + b.text);
}

/** Index of the first block whose text is exactly `text` (fails the test when there is none). */
export async function indexOfText(page: Page, text: string): Promise<number> {
  const blocks = await readBlocks(page);
  const index = blocks.findIndex((b) => b.text === text);
  expect(index, `block with text ${text}`).toBeGreaterThanOrEqual(0);
  return index;
}

/** Waits until the editor's model selection is exactly `key` (`block:offset`, or `a-b` when expanded), or matches it. */
export async function expectSelection(page: Page, key: string | RegExp): Promise<void> {
  await expect(frame(page)).toHaveAttribute('data-selection', key);
}

/**
 * Puts the caret at the start or end of block `index` through the DOM selection, then waits
 * until the editor's model selection is there (slate-react syncs it on a 100 ms throttle; keys
 * pressed before that would act on the old position).
 */
export async function placeCaret(page: Page, index: number, where: 'start' | 'end' | number = 'end'): Promise<void> {
  const offset = await editable(page).evaluate(
    (root, { index, where }) => {
      const el = root.querySelectorAll<HTMLElement>('[data-block-type]')[index];
      if (!el) throw new Error(`no block ${index}`);
      (root as HTMLElement).focus();
      const string = el.querySelector('[data-slate-string]');
      const zeroWidth = el.querySelector('[data-slate-zero-width]');
      const textNode = (string ?? zeroWidth)?.firstChild;
      if (!textNode) throw new Error(`block ${index} has no text node`);
      const length = string ? (textNode.textContent ?? '').length : 0;
      const offset = where === 'start' ? 0 : where === 'end' ? length : where;
      getSelection()!.collapse(textNode, string ? offset : 0);
      return string ? offset : 0;
    },
    { index, where },
  );
  await expectSelection(page, `${index}:${offset}`);
}

/** Selects the whole document with the keyboard and waits for the model to hold it. */
export async function selectAll(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await expect(frame(page)).toHaveAttribute('data-selection', /^0:0-\d+:\d+$/);
}

/** A CDP session for IME composition (Chromium only). */
export async function imeSession(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/**
 * Composes `steps` (pinyin as the IME shows it while typing) and commits `commit`, the way a
 * pinyin IME does: compositionstart/update events, then one insertText at compositionend.
 */
export async function composeAndCommit(page: Page, cdp: CDPSession, steps: readonly string[], commit: string): Promise<void> {
  for (const step of steps) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await expect(page.locator('.gw-editor')).toHaveAttribute('data-composing', 'true');
  await cdp.send('Input.insertText', { text: commit });
  await expect(page.locator('.gw-editor')).not.toHaveAttribute('data-composing', 'true');
}

/** Labels are shown, never stored: no block's text may start with one. */
export async function expectNoLabelsInText(page: Page): Promise<void> {
  const blocks = await readBlocks(page);
  const typed = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,3}(?:[、．]|\.(?!\d))|[（(]\d{1,3}[)）])/u;
  for (const b of blocks) {
    if (b.type === 'heading') expect(b.text, `heading text ${b.label}${b.text}`).not.toMatch(typed);
    if (b.label) expect(b.text.startsWith(b.label), `label inside text: ${b.text}`).toBe(false);
  }
}
