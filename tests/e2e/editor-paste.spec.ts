import { expect, test } from './support/editor-test.ts';
import { block, editable, expectNoLabelsInText, expectSelection, placeCaret, readBlocks, shownHeadings } from './support/editor-page.ts';
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

/**
 * An HTML paste as from a web page, Word or WPS (with its plain-text twin). Chromium delivers a
 * rich paste to the editor as a beforeinput event (insertFromPaste) carrying the clipboard's
 * DataTransfer; this sends one with the HTML exactly as given (the system clipboard would
 * sanitize it first, and the editor must be safe without that).
 */
async function pasteHtml(page: Page, html: string, text: string): Promise<void> {
  await editable(page).evaluate(
    (root, { html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      root.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

test('labelled lines pasted into the body become headings at their levels, with derived labels', async ({ page }) => {
  await placeCaret(page, 3);
  await pastePlainText(page, '（一）加强科技创新\n全年新增高新技术企业90家。\n1.推进成果转化。建成中试基地2个。\n（二）优化营商环境');
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）加强科技创新', '1.推进成果转化。建成中试基地2个。', '（二）优化营商环境', '二、存在的问题', '三、下半年工作打算']);
  const blocks = await readBlocks(page);
  expect(blocks[4]).toEqual({ type: 'paragraph', level: 0, label: '', text: '全年新增高新技术企业90家。' });
  // The run-in heading keeps its body in the same paragraph; no typed label is left in any text.
  expect(blocks[5]!.text).toBe('推进成果转化。建成中试基地2个。');
  await expectNoLabelsInText(page);
  // One undo step takes the whole paste back.
  await page.keyboard.press('Control+z');
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '二、存在的问题', '三、下半年工作打算']);
});

test('a whole report pasted into a new document becomes the document, its sections matched to the template', async ({ page }) => {
  await placeCaret(page, 3);
  const report = [
    '您现在所在的位置：首页 > 政务公开 > 计划总结',
    '发布日期：2023-07-03 浏览次数：120',
    '宣城市科技局2023年上半年工作总结和下半年工作打算',
    '今年以来，我局坚持创新驱动发展战略，各项工作取得积极成效。',
    '一、工作完成情况',
    '（一）系统谋划，加快促进科技成果转化。举办“双创汇”活动，签约10个项目。',
    '二、存在的问题',
    '创新投入仍然不足。',
    '三、下半年工作打算',
    '（一）健全科技创新应用体系。围绕主导产业开展攻关。',
    '宣城市科技局',
    '2023年6月28日',
  ].join('\n');
  await pastePlainText(page, report);
  const blocks = await readBlocks(page);
  expect(blocks[0]).toMatchObject({ type: 'title', text: '宣城市科技局2023年上半年工作总结和下半年工作打算' });
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）系统谋划，加快促进科技成果转化。举办“双创汇”活动，签约10个项目。', '二、存在的问题', '三、下半年工作打算', '（一）健全科技创新应用体系。围绕主导产业开展攻关。']);
  // The site's breadcrumb and metadata are gone; the closing lines are the signature and date.
  expect(blocks.some((b) => b.text.includes('您现在所在的位置') || b.text.includes('浏览次数'))).toBe(false);
  expect(blocks.slice(-2)).toEqual([
    { type: 'signature', level: 0, label: '', text: '宣城市科技局' },
    { type: 'date', level: 0, label: '', text: '2023年6月28日' },
  ]);
  const sections = await editable(page).evaluate((root) => Array.from(root.querySelectorAll('[data-section]')).map((el) => el.getAttribute('data-section')));
  expect(sections).toEqual(['done', 'problems', 'plan']);
});

test('pasted HTML: scripts and handlers never run, nothing is fetched, the text arrives structured', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(page.url()).origin)) requests.push(request.url());
  });
  await page.evaluate(() => ((window as unknown as { pwned: number }).pwned = 0));
  await placeCaret(page, 3);
  const html = `<html><head><script>window.pwned = 1</script><style>p{color:red}</style></head><body>
    <h2 onclick="window.pwned = 2">（一）推进科技创新</h2>
    <p>全年完成<b>投资</b>12亿元。<img src="https://example.invalid/track.png" onerror="window.pwned = 3"></p>
    <p><a href="javascript:window.pwned = 4">（二）优化服务</a></p>
    <table><tr><td>指标</td><td>数值</td></tr></table>
    <iframe src="https://example.invalid/frame"></iframe>
  </body></html>`;
  await pasteHtml(page, html, '（一）推进科技创新\n全年完成投资12亿元。\n（二）优化服务\n指标 数值');
  await expect.poll(() => shownHeadings(page)).toEqual(['一、工作完成情况', '（一）推进科技创新', '（二）优化服务', '二、存在的问题', '三、下半年工作打算']);
  const blocks = await readBlocks(page);
  expect(blocks.map((b) => b.text)).toContain('全年完成投资12亿元。');
  // The pasted table arrives as a table (its cells' text shown one after the other).
  expect(blocks.filter((b) => b.type === 'table').map((b) => b.text)).toEqual(['指标数值']);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
  expect(requests).toEqual([]);
  expect(await editable(page).locator('img, script, iframe, a').count()).toBe(0);
});

test('Ctrl+V right after ↓ pastes where the caret is now, not in the heading it left', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('粘贴的正文'));
  const plan = (await readBlocks(page)).findIndex((b) => b.text === '下半年工作打算');
  await placeCaret(page, plan, 'end');
  // No wait between the keys: slate-react syncs the DOM selection into the model on a 100 ms throttle.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ControlOrMeta+v');
  await expect.poll(async () => (await readBlocks(page))[plan + 1]!.text).toBe('粘贴的正文');
  expect((await readBlocks(page))[plan]!.text).toBe('下半年工作打算');
});

test('a command key right after ↓ acts on the block the caret is in now', async ({ page }) => {
  const plan = (await readBlocks(page)).findIndex((b) => b.text === '下半年工作打算');
  await placeCaret(page, plan, 'end');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ControlOrMeta+2');
  await expect.poll(async () => (await readBlocks(page)).slice(plan, plan + 2).map((b) => `${b.type}${b.level}`)).toEqual(['heading1', 'heading2']);
});

test('a pasted web page loses its furniture, and the status line says what was left out', async ({ page }) => {
  await placeCaret(page, 3);
  await pastePlainText(page, '您现在的位置：首页 > 政务公开 > 工作总结\n发布日期：2023-07-03 浏览次数：120\n（一）加强科技创新\n全年新增高新技术企业90家。\n【打印本页】【关闭窗口】');
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '（一）加强科技创新', '二、存在的问题', '三、下半年工作打算']);
  const texts = (await readBlocks(page)).map((b) => b.text);
  expect(texts.some((t) => /发布日期|打印本页|您现在的位置/.test(t))).toBe(false);
  await expect(page.getByRole('status')).toContainText('已略去网页信息 3 行');
  // Undo takes the paste back as one step.
  await page.keyboard.press('Control+z');
  expect(await shownHeadings(page)).toEqual(['一、工作完成情况', '二、存在的问题', '三、下半年工作打算']);
});

test('pasted text with half-width marks: 改为全角 beside the notice fixes the pasted blocks only, as one undo step', async ({ page }) => {
  await placeCaret(page, 5);
  await page.keyboard.type('问题(一),原样保留');
  await placeCaret(page, 3);
  await pastePlainText(page, '全年新增企业90家,营收1,200万元(同比增长12%)。\n下一步:继续推进;确保完成?');
  await expect(page.getByRole('status')).toContainText('粘贴的文字中有 6 处半角标点');
  await page.getByRole('button', { name: '改为全角' }).click();
  await expect(page.getByRole('status')).toContainText('已将粘贴文字中的半角标点改为全角');
  const texts = (await readBlocks(page)).map((b) => b.text);
  expect(texts).toContain('全年新增企业90家，营收1,200万元（同比增长12%）。');
  expect(texts).toContain('下一步：继续推进；确保完成？');
  // The clerk's own text, outside the paste, is not touched.
  expect(texts).toContain('问题(一),原样保留');
  await page.locator('[data-slate-editor]').focus();
  await page.keyboard.press('Control+z');
  const undone = (await readBlocks(page)).map((b) => b.text);
  expect(undone).toContain('全年新增企业90家,营收1,200万元(同比增长12%)。');
});
