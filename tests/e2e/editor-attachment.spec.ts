import { expect, test } from './support/editor-test.ts';
import { block, expectNoLabelsInText, expectSelection, placeCaret, readBlocks } from './support/editor-page.ts';
import type { Page } from '@playwright/test';

async function clickAttachment(page: Page): Promise<void> {
  await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '附件说明', exact: true }).click();
}

test('附件说明 adds a name after the body text, never takes the paragraph being written; 附件：1. and 2. are derived', async ({ page }) => {
  const signature = (await readBlocks(page)).findIndex((b) => b.type === 'signature');
  expect(signature).toBeGreaterThan(0);
  const body = signature - 1;
  // The last body paragraph of 三、: the caret at its end, then 附件说明.
  await placeCaret(page, body, 'end');
  await page.keyboard.type('继续努力。');
  await clickAttachment(page);
  const at = signature;
  await expect(block(page, at)).toHaveAttribute('data-block-type', 'attachment');
  await expect(block(page, at)).toHaveAttribute('data-label', '附件：');
  await expectSelection(page, `${at}:0`);
  await expect(block(page, body)).toHaveAttribute('data-block-type', 'paragraph');
  await expect(block(page, body)).toHaveText('继续努力。');
  await expect(block(page, body - 1)).toHaveAttribute('data-label', '三、');
  expect((await readBlocks(page))[at + 1]!.type).toBe('signature');
  await page.keyboard.type('项目清单');
  await expect(block(page, at)).toHaveText('项目清单');

  // From anywhere (here the title), the next name goes after the last one; one undo step takes it away.
  await placeCaret(page, 0, 'end');
  await clickAttachment(page);
  await expectSelection(page, `${at + 1}:0`);
  await expect(block(page, 0)).toHaveAttribute('data-block-type', 'title');
  await expect(block(page, at)).toHaveAttribute('data-label', '附件：1.');
  await expect(block(page, at + 1)).toHaveAttribute('data-label', '2.');
  await page.keyboard.press('Control+z');
  await expect(block(page, at + 1)).toHaveAttribute('data-block-type', 'signature');
  await expect(block(page, at)).toHaveAttribute('data-label', '附件：');
  await expect(block(page, at)).toHaveText('项目清单');

  // A typed 2. is not kept in the text.
  await clickAttachment(page);
  await page.keyboard.type('2.资金明细表');
  await expect(block(page, at + 1)).toHaveAttribute('data-label', '2.');
  await expect(block(page, at + 1)).toHaveText('资金明细表');

  // Enter starts the next name; Enter on the empty one ends the list, as a word processor does.
  await page.keyboard.press('Enter');
  await expect(block(page, at + 2)).toHaveAttribute('data-label', '3.');
  await page.keyboard.press('Enter');
  await expect(block(page, at + 2)).toHaveAttribute('data-block-type', 'paragraph');
  await expect(block(page, at + 1)).toHaveAttribute('data-label', '2.');
  await expectNoLabelsInText(page);
});
