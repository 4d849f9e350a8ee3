import { expect, test } from './support/editor-test.ts';
import { block, editable, expectSelection, placeCaret, readBlocks, shownHeadings } from './support/editor-page.ts';
import type { Page } from '@playwright/test';

/** A plain-text paste as the browser delivers it (slate-react handles plain-text pastes in onPaste). */
async function pastePlainText(page: Page, text: string): Promise<void> {
  await editable(page).evaluate((root, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('plain text pasted into a heading: first line joins it, the rest become body paragraphs', async ({ page }) => {
  await placeCaret(page, 3);
  await page.keyboard.type('（一）甲');
  await pastePlainText(page, '乙\n第一段正文\n\n第二段正文');
  const blocks = await readBlocks(page);
  expect(blocks.slice(3, 6)).toEqual([
    { type: 'heading', level: 2, label: '（一）', text: '甲乙' },
    { type: 'paragraph', level: 0, label: '', text: '第一段正文' },
    { type: 'paragraph', level: 0, label: '', text: '第二段正文' },
  ]);
  await expectSelection(page, '5:5');
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）甲乙', '二、存在的问题', '三、下半年工作打算']);
  // The paste is one undo step.
  await page.keyboard.press('Control+z');
  await expect(block(page, 4)).toHaveAttribute('data-label', '二、');
  await expect(block(page, 3)).toHaveText('甲');
});

test('a copied required heading pasted elsewhere does not claim the section twice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Copy 二、存在的问题 with its body (blocks 4–5) as a Slate fragment.
  await placeCaret(page, 5);
  await page.keyboard.type('问题正文');
  await placeCaret(page, 3, 'end');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+End');
  await expectSelection(page, '3:0-5:4');
  await page.keyboard.press('ControlOrMeta+c');
  await placeCaret(page, 7);
  await page.keyboard.press('ControlOrMeta+v');
  await expect.poll(async () => (await readBlocks(page)).filter((b) => b.text === '问题正文').length).toBe(2);
  // The pasted copy of the heading is an ordinary heading now (its label counts on, its section key is gone).
  expect((await readBlocks(page)).filter((b) => b.text === '存在的问题' && b.type === 'heading')).toHaveLength(2);
  const sections = await editable(page).evaluate((root) => Array.from(root.querySelectorAll('[data-section]')).map((el) => el.getAttribute('data-section')));
  expect(sections).toEqual(['done', 'problems', 'plan']);
});
