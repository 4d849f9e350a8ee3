import { expect, test, type Locator, type Page } from '@playwright/test';
import { editorPage, openSeed } from './app-support.ts';
import { coveredLineEnds } from './support/covered-text.ts';

/** The page's least width beside panels: A4 at 50 % plus the desk's padding and a scroll bar (page-zoom.ts). */
const MIN_DESK = Math.ceil((210 * 96) / 25.4 / 2 + 32 + 17);

async function openPanels(page: Page): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
  await page.getByRole('toolbar').getByRole('button', { name: '检查', exact: true }).click();
}

function panel(page: Page, slot: string): Locator {
  return page.locator(`.gw-panel[data-panel="${slot}"]`);
}

async function width(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.width;
}

/** Presses on the middle of the splitter and moves the pointer `dx` across, in steps, then lets go. */
async function drag(page: Page, splitter: Locator, dx: number): Promise<void> {
  const box = (await splitter.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: 10 });
  await page.mouse.up();
}

/** The page's text is all in view and uncovered, and the page is shown whole across. */
async function expectTextUncovered(page: Page): Promise<void> {
  const { probed, covered } = await coveredLineEnds(page);
  expect(probed).toBeGreaterThan(5);
  expect(covered).toEqual([]);
  const [sheet, desk] = await Promise.all([editorPage(page).boundingBox(), page.locator('.gw-desk').boundingBox()]);
  expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(desk!.x + desk!.width + 0.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

for (const screen of [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
]) {
  test(`${screen.width}×${screen.height}: splitters dragged as far as they go never let a panel cover the text; the widths are remembered`, async ({ page }) => {
    await page.setViewportSize(screen);
    await openSeed(page);
    await openPanels(page);
    const dock = panel(page, 'tabs');
    const dockSplitter = page.getByRole('separator', { name: '调整侧栏宽度' });
    const outlineSplitter = page.getByRole('separator', { name: '调整大纲宽度' });

    // Widest: the dock takes what the page can spare and no more.
    await drag(page, dockSplitter, -900);
    await page.waitForTimeout(300);
    expect(await width(page.locator('.gw-desk-column'))).toBeGreaterThanOrEqual(MIN_DESK - 1);
    await expectTextUncovered(page);
    // Then the outline the same way, against the widened dock.
    await drag(page, outlineSplitter, 900);
    await page.waitForTimeout(300);
    expect(await width(page.locator('.gw-desk-column'))).toBeGreaterThanOrEqual(MIN_DESK - 1);
    await expectTextUncovered(page);
    await page.screenshot({ path: `test-results/screens/${screen.width}x${screen.height}-panels-widest.png` });

    // Narrower by a drag: the dock follows the pointer, down to its minimum.
    const before = await width(dock);
    await drag(page, dockSplitter, 60);
    await expect.poll(() => width(dock)).toBeCloseTo(before - 60, -1);
    await drag(page, dockSplitter, 900);
    await expect.poll(() => width(dock)).toBeCloseTo(240, 0);
    await drag(page, dockSplitter, -80);
    await expect.poll(() => width(dock)).toBeCloseTo(320, 0);
    const outlineWidth = await width(panel(page, 'outline'));

    await openSeed(page);
    await openPanels(page);
    await expect.poll(() => width(panel(page, 'tabs'))).toBeCloseTo(320, 0);
    expect(await width(panel(page, 'outline'))).toBeCloseTo(outlineWidth, 0);
    await expect(page.getByRole('separator', { name: '调整侧栏宽度' })).toHaveAttribute('aria-valuenow', '320');
    await expectTextUncovered(page);
  });
}

test('side by side: the splitter between 检查 and 预览 trades width between them by keyboard; a double-click restores 预览', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openSeed(page);
  await openPanels(page);
  const [check, preview, desk] = [panel(page, 'check'), panel(page, 'preview'), page.locator('.gw-desk-column')];
  await expect(preview).toBeVisible();
  const [check0, preview0, desk0] = [await width(check), await width(preview), await width(desk)];
  const between = page.getByRole('separator', { name: '调整检查与预览的宽度' });
  await between.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => width(check)).toBeCloseTo(check0 + 80, 0);
  expect(await width(preview)).toBeCloseTo(preview0 - 80, 0);
  expect(await width(desk)).toBeCloseTo(desk0, 0);
  // Home: 检查 as narrow as it goes, 预览 taking the rest.
  await page.keyboard.press('Home');
  await expect.poll(() => width(check)).toBeCloseTo(220, 0);
  expect(await width(preview)).toBeCloseTo(preview0 + check0 - 220, 0);
  await between.dblclick();
  await expect.poll(() => width(preview)).toBeCloseTo(420, 0);
  expect(await width(desk)).toBeCloseTo(desk0, 0);
  // The splitter at the page's edge: ← widens 预览's neighbour (检查), the page gives the room.
  await page.getByRole('separator', { name: '调整检查宽度' }).focus();
  const checkNow = await width(check);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => width(check)).toBeCloseTo(checkNow + 16, 0);
  expect(await width(desk)).toBeCloseTo(desk0 - 16, 0);
  await expectTextUncovered(page);
});
