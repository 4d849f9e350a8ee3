import { expect, test } from './support/editor-test.ts';
import { block, expectNoLabelsInText, placeCaret, readBlocks, statusLine } from './support/editor-page.ts';

test('附件说明: a toolbar button makes the names; 附件：1. and 2. are derived, typed ones dropped, Enter on an empty name ends the list', async ({ page }) => {
  const signature = (await readBlocks(page)).findIndex((b) => b.type === 'signature');
  expect(signature).toBeGreaterThan(0);
  // The last body line of the last section: type a name below it and make it an attachment.
  await placeCaret(page, signature - 1, 'end');
  await page.keyboard.press('Enter');
  await page.keyboard.type('项目清单');
  const at = signature;
  await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '附件说明', exact: true }).click();
  await expect(block(page, at)).toHaveAttribute('data-block-type', 'attachment');
  await expect(block(page, at)).toHaveAttribute('data-label', '附件：');

  // Enter starts the next name; the first becomes 附件：1.; a typed 2. is not kept in the text.
  await placeCaret(page, at, 'end');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2.资金明细表');
  await expect(block(page, at)).toHaveAttribute('data-label', '附件：1.');
  await expect(block(page, at + 1)).toHaveAttribute('data-block-type', 'attachment');
  await expect(block(page, at + 1)).toHaveAttribute('data-label', '2.');
  await expect(block(page, at + 1)).toHaveText('资金明细表');

  // Enter twice: the empty third name turns into body text, as a word processor ends a list.
  await page.keyboard.press('Enter');
  await expect(block(page, at + 2)).toHaveAttribute('data-label', '3.');
  await page.keyboard.press('Enter');
  await expect(block(page, at + 2)).toHaveAttribute('data-block-type', 'paragraph');
  await expect(block(page, at + 1)).toHaveAttribute('data-label', '2.');
  await expectNoLabelsInText(page);

  // The title cannot become one.
  await placeCaret(page, 0, 'end');
  await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '附件说明', exact: true }).click();
  await expect(statusLine(page)).toContainText('标题、主送机关、署名和日期不能设为附件说明');
  await expect(block(page, 0)).toHaveAttribute('data-block-type', 'title');
});
