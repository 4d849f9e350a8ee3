import { expect, test } from './support/editor-test.ts';
import { block, composeAndCommit, expectNoLabelsInText, expectSelection, imeSession, placeCaret, readBlocks, shownHeadings } from './support/editor-page.ts';

const FIRST_BODY = 3;

test('an IME composition commits 中文 into a paragraph and into a heading; labels stay right', async ({ page }) => {
  const cdp = await imeSession(page);
  await placeCaret(page, FIRST_BODY);
  await page.keyboard.type('（一）甲');
  await page.keyboard.press('Enter');
  await page.keyboard.type('正文');
  await expectSelection(page, `${FIRST_BODY + 1}:2`);

  await composeAndCommit(page, cdp, ['z', 'zh', 'zhong', 'zhongw', 'zhongwen'], '中文');
  await expect(block(page, FIRST_BODY + 1)).toHaveText('正文中文');

  // Into the level-1 heading after it, at its end.
  await placeCaret(page, FIRST_BODY + 2, 'end');
  await composeAndCommit(page, cdp, ['zhong', 'zhongwen'], '中文');
  const blocks = await readBlocks(page);
  expect(blocks.slice(FIRST_BODY, FIRST_BODY + 4)).toEqual([
    { type: 'heading', level: 2, label: '（一）', text: '甲' },
    { type: 'paragraph', level: 0, label: '', text: '正文中文' },
    { type: 'heading', level: 1, label: '二、', text: '存在的问题中文' },
    { type: 'paragraph', level: 0, label: '', text: '' },
  ]);
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）甲', '二、存在的问题中文', '三、下半年工作打算']);
  // One Ctrl+Z takes back the whole committed word.
  await page.keyboard.press('Control+z');
  await expect(block(page, FIRST_BODY + 2)).toHaveText('存在的问题');
  await expectNoLabelsInText(page);
});

test('an IME that commits 一、 whole at the start of body text makes a level-1 heading with the next commit', async ({ page }) => {
  const cdp = await imeSession(page);
  await placeCaret(page, FIRST_BODY);
  await composeAndCommit(page, cdp, ['y', 'yi'], '一、');
  // 一、 alone may still become 一、二季度: the next commit decides.
  await expect(block(page, FIRST_BODY)).toHaveAttribute('data-block-type', 'paragraph');
  await composeAndCommit(page, cdp, ['ke', 'keji'], '科技');
  await expect(block(page, FIRST_BODY)).toHaveAttribute('data-label', '二、');
  expect((await readBlocks(page))[FIRST_BODY]).toEqual({ type: 'heading', level: 1, label: '二、', text: '科技' });
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '二、科技', '三、存在的问题', '四、下半年工作打算']);

  // A level-2 number committed in one go, with the heading text in the same commit.
  await page.keyboard.press('Enter');
  await composeAndCommit(page, cdp, ['(yi)'], '（一）成果转化');
  expect((await readBlocks(page))[FIRST_BODY + 1]).toEqual({ type: 'heading', level: 2, label: '（一）', text: '成果转化' });
  await expectNoLabelsInText(page);
});

test('while the IME composes, no shortcut acts and the section hint is hidden', async ({ page }) => {
  const cdp = await imeSession(page);
  const hintDisplay = () => block(page, 4).evaluate((el) => getComputedStyle(el, '::after').display);
  // 5 is the empty body of 二、存在的问题, whose hint shows under its heading.
  await placeCaret(page, 5);
  await expect(block(page, 4)).toHaveAttribute('data-hint', /./);
  expect(await hintDisplay()).toBe('block');
  await cdp.send('Input.imeSetComposition', { text: 'yi', selectionStart: 2, selectionEnd: 2 });
  await expect(page.locator('.gw-editor')).toHaveAttribute('data-composing', 'true');
  await expect.poll(hintDisplay).toBe('none');
  // Keys that pick or commit candidates arrive as isComposing keydowns; Tab / Ctrl+2 must not act.
  await page.keyboard.press('Control+2');
  await expect(block(page, 5)).toHaveAttribute('data-block-type', 'paragraph');
  await cdp.send('Input.insertText', { text: '问题' });
  await expect(page.locator('.gw-editor')).not.toHaveAttribute('data-composing', 'true');
  await expect(block(page, 5)).toHaveText('问题');
  await expect(block(page, 4)).not.toHaveAttribute('data-hint');
});
