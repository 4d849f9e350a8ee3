import { expect, test } from './support/editor-test.ts';
import { block, placeCaret, readBlocks } from './support/editor-page.ts';

test('查找和替换: Ctrl+F finds text (not labels), replaces one and all, as one undo step each', async ({ page }) => {
  await placeCaret(page, 3);
  await page.keyboard.type('完成投资12亿元，完成目标任务。');
  await placeCaret(page, 5);
  await page.keyboard.type('完成情况不均衡。');

  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: '查找和替换' });
  await expect(bar).toBeVisible();
  await expect(bar.getByRole('textbox', { name: '查找' })).toBeFocused();
  await page.keyboard.type('完成');
  // Two in block 3, one in block 5, one in the heading 一、工作完成情况, one in the opening
  // (…上半年工作完成情况和…).
  await expect(bar).toContainText('共 5 处');
  await page.keyboard.press('Enter');
  await expect(bar).toContainText(/第 \d \/ 5 处/);

  // Labels are derived, not text: 一、 is not found.
  await bar.getByRole('textbox', { name: '查找' }).fill('一、');
  await expect(bar).toContainText('未找到');

  await bar.getByRole('textbox', { name: '查找' }).fill('完成');
  await bar.getByRole('textbox', { name: '替换为' }).fill('实现');
  await bar.getByRole('button', { name: '全部替换' }).click();
  await expect(bar).toContainText('未找到');
  const texts = (await readBlocks(page)).map((b) => b.text);
  expect(texts[1]).toContain('上半年工作实现情况和');
  expect(texts[2]).toBe('工作实现情况');
  expect(texts[3]).toBe('实现投资12亿元，实现目标任务。');
  expect(texts[5]).toBe('实现情况不均衡。');

  // Escape closes the bar; one Ctrl+Z undoes the whole replacement.
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(block(page, 3)).toHaveText('完成投资12亿元，完成目标任务。');
  await expect(block(page, 5)).toHaveText('完成情况不均衡。');
});

test('替换 replaces the current match and moves to the next', async ({ page }) => {
  await placeCaret(page, 3);
  await page.keyboard.type('甲乙甲乙甲');
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: '查找和替换' });
  await page.keyboard.type('甲');
  await bar.getByRole('textbox', { name: '替换为' }).fill('丙');
  await bar.getByRole('button', { name: '下一个' }).click();
  await expect(bar).toContainText('第 1 / 3 处');
  await bar.getByRole('button', { name: '替换', exact: true }).click();
  await expect(block(page, 3)).toHaveText('丙乙甲乙甲');
  await expect(bar).toContainText('第 1 / 2 处');
  await bar.getByRole('button', { name: '替换', exact: true }).click();
  await expect(block(page, 3)).toHaveText('丙乙丙乙甲');
});
