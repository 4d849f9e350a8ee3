import { expect, test } from '@playwright/test';
import { editorPage, openSeed } from './app-support.ts';
import { coveredLineEnds } from './support/covered-text.ts';

const SCREENS = [
  { name: '1024x700', width: 1024, height: 700, scale: 1 },
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
  { name: '1920x1080@1.5', width: 1280, height: 720, scale: 1.5 },
] as const;

for (const screen of SCREENS) {
  for (const panels of [false, true]) {
    test(`${screen.name} ${panels ? '预览+检查' : '无面板'}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.scale });
      const page = await context.newPage();
      await openSeed(page);
      if (panels) {
        await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
        await page.getByRole('toolbar').getByRole('button', { name: '检查', exact: true }).click();
      }
      await page.waitForTimeout(500);
      await page.screenshot({ path: `test-results/screens/${screen.name}-${panels ? 'panels' : 'plain'}.png` });
      // The text being edited is never under a panel, a dock or the window's edge.
      const { probed, covered } = await coveredLineEnds(page);
      expect(probed).toBeGreaterThan(5);
      expect(covered).toEqual([]);
      // Nothing scrolls the window sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth && document.body.scrollWidth <= window.innerWidth)).toBe(true);
      // The page is shown whole across: its right edge is inside the desk, not scrolled off.
      const [sheet, desk] = await Promise.all([editorPage(page).boundingBox(), page.locator('.gw-desk').boundingBox()]);
      expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(desk!.x + desk!.width + 0.5);
      // Every toolbar command is on screen (the toolbar may wrap, never clip).
      const buttons = page.getByRole('toolbar').getByRole('button');
      for (const box of await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.width).toBeGreaterThan(0);
        expect(box.right).toBeLessThanOrEqual(screen.width);
        expect(box.bottom).toBeLessThanOrEqual(screen.height);
      }
      if (panels) {
        // Both stay reachable: side by side, or as tabs of one dock.
        const both = (await page.getByRole('complementary', { name: '预览' }).count()) + (await page.getByRole('complementary', { name: '检查' }).count());
        if (both < 2) await expect(page.getByRole('tablist', { name: '侧栏' }).getByRole('tab')).toHaveCount(2);
      }
      await context.close();
    });
  }
}

test('every command is reachable by keyboard: F10 and Alt+letter open the menus, which show the shortcuts', async ({ page }) => {
  await openSeed(page);
  const bar = page.getByRole('menubar', { name: '菜单栏' });
  await expect(bar.getByRole('button')).toHaveText(['文件(F)', '编辑(E)', '段落(P)', '表格(A)', '视图(V)', '帮助(H)']);
  await page.keyboard.press('F10');
  await expect(bar.getByRole('button', { name: '文件(F)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+KeyP');
  const menu = page.getByRole('menu', { name: '段落' });
  await expect(menu.getByRole('menuitem', { name: /一级标题/u })).toContainText('Ctrl+1');
  await expect(menu.getByRole('menuitem', { name: /上移章节/u })).toContainText('Alt+Shift+↑');
  // Alt+V, then ↓ to 预览 and Enter: the pane opens.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+KeyV');
  await expect(page.getByRole('menuitem', { name: /^大纲/u })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: '预览' })).toBeVisible();
  // The toolbar's tooltips carry the same keys.
  await expect(page.getByRole('toolbar').getByRole('button', { name: '二级标题', exact: true })).toHaveAttribute('title', '二级标题（Ctrl+2）');
});

test('显示比例: Ctrl+= and Ctrl+- step the page, the choice is remembered after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openSeed(page);
  const zoomSelect = page.getByRole('combobox', { name: '显示比例' });
  await expect(zoomSelect).toHaveValue('fit');
  const before = (await editorPage(page).boundingBox())!.width;
  await editorPage(page).click();
  await page.keyboard.press('Control+Minus');
  await expect(zoomSelect).toHaveValue('90');
  await expect.poll(async () => (await editorPage(page).boundingBox())!.width).toBeCloseTo(before * 0.9, 0);
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await expect(zoomSelect).toHaveValue('110');
  await openSeed(page);
  await expect(page.getByRole('combobox', { name: '显示比例' })).toHaveValue('110');
});

test('显示比例: Ctrl+滚轮 over the page steps it as Word does, a plain wheel scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSeed(page);
  const zoomSelect = page.getByRole('combobox', { name: '显示比例' });
  const desk = page.locator('.gw-desk');
  const box = (await desk.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 120);
  await page.keyboard.up('Control');
  // From 适合宽度 the first step down is the fixed step below it: a number, not 'fit'.
  await expect(zoomSelect).not.toHaveValue('fit');
  const stepped = Number(await zoomSelect.inputValue());
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -120);
  await page.keyboard.up('Control');
  await expect.poll(async () => Number(await zoomSelect.inputValue())).toBeGreaterThan(stepped);
  const zoomed = await zoomSelect.inputValue();
  const scrolled = await desk.evaluate((el) => el.scrollTop);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => desk.evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolled);
  await expect(zoomSelect).toHaveValue(zoomed);
});
