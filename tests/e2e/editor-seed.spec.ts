import { expect, test } from './support/editor-test.ts';
import { block, expectNoLabelsInText, placeCaret, readBlocks, shownHeadings } from './support/editor-page.ts';
import type { Page } from '@playwright/test';

// Seed 000 (宣城市科技局2023年上半年工作总结和下半年工作打算), shortened but real: each item is its
// heading sentence and the start of its body, typed with the seed's own half-width (一).
const DONE = [
  '(一)系统谋划，加快促进科技成果转化。举办安徽“双创汇”•走进宣城暨“科大硅谷”创新发展高峰论坛，签约聘任10位“科技副总”。',
  '(二)增量提质，扎实推进创新主体培育。切实发挥企业科技创新主体作用，聚力培育科创企业森林。',
  '(三)以人为本，着力推进科技人才建设。一是持续推进高层次人才团队招引工作。',
  '(四)引育并举，聚力打造协同创新格局。一是推进G60科创走廊建设。',
  '(五)精准发力，提升科技服务社会温度。一是实施市级科技计划项目优化改革。',
];
const PLAN = [
  '(一)健全科技创新应用体系，释放创新“驱动力”。坚持把产业科技创新作为主战场。',
  '(二)健全科创企业培育体系，做强创新“主力军”。全面确立企业创新主体地位。',
  '(三)健全立体创新平台体系，锻造创新“大载体”。提升宣城(上海)科创中心平台能级。',
  '(四)健全全域创新联动体系，筑牢创新“硬支撑”。一是实施县域科技创新能力提升工程。',
];

/** Types run-in items (number, heading sentence, body) one per paragraph, starting at the caret. */
async function typeRunInItems(page: Page, items: readonly string[]): Promise<void> {
  for (const [i, item] of items.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(item);
    await page.keyboard.press('Control+Shift+R');
  }
}

test('typing seed 000 by keyboard: run-in (一)…(五) under 一、, labels computed, never in the text', async ({ page }) => {
  // 3 is the empty body of 一、工作完成情况.
  await placeCaret(page, 3);
  await typeRunInItems(page, DONE);
  const planBody = (await readBlocks(page)).findIndex((b, i, all) => i > 0 && all[i - 1]!.text === '下半年工作打算');
  await placeCaret(page, planBody);
  await typeRunInItems(page, PLAN);

  expect(await shownHeadings(page)).toEqual([
    '一、工作完成情况',
    ...DONE.map((item, i) => `（${'一二三四五'[i]}）${item.slice(3)}`),
    '二、存在的问题',
    '三、下半年工作打算',
    ...PLAN.map((item, i) => `（${'一二三四'[i]}）${item.slice(3)}`),
  ]);
  const blocks = await readBlocks(page);
  const items = blocks.filter((b) => b.level === 2);
  expect(items.map((b) => b.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（一）', '（二）', '（三）', '（四）']);
  await expectNoLabelsInText(page);

  // Run-in: one paragraph; its heading sentence (through the first 。) is set apart for the level-2 font.
  await expect(block(page, 3)).toHaveAttribute('data-run-in', 'true');
  await expect(block(page, 3).locator('.gw-run-in-head')).toHaveText('系统谋划，加快促进科技成果转化。');
  const fonts = await block(page, 3).evaluate((el) => ({
    head: getComputedStyle(el.querySelector('.gw-run-in-head')!).fontFamily,
    body: getComputedStyle(el).fontFamily,
  }));
  expect(fonts.head).not.toBe(fonts.body);

  // Toggling back makes the heading standalone and the rest its body paragraph; once more restores it.
  await placeCaret(page, 3, 'start');
  await page.keyboard.press('Control+Shift+R');
  expect((await readBlocks(page)).slice(3, 5)).toEqual([
    { type: 'heading', level: 2, label: '（一）', text: '系统谋划，加快促进科技成果转化' },
    { type: 'paragraph', level: 0, label: '', text: DONE[0]!.slice(DONE[0]!.indexOf('。') + 1) },
  ]);
  await page.keyboard.press('Control+Shift+R');
  expect((await readBlocks(page))[3]).toEqual({ type: 'heading', level: 2, label: '（一）', text: DONE[0]!.slice(3) });
});
