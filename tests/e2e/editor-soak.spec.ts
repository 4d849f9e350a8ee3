import { expect, test } from './support/editor-test.ts';
import { editable, readBlocks } from './support/editor-page.ts';
import { blockText, modelBlocks } from './app-support.ts';

/**
 * Soak: random edits through the real keyboard in Chromium — typing (also labels such as 一、),
 * Enter, Backspace, Delete, arrows, Tab / Shift+Tab, Ctrl+0…4, Alt+Shift+↑/↓, undo, redo — with
 * no page error and no console error (the editor-test fixture fails on page errors), the outline
 * valid at the end, the page showing exactly the model, and the JS heap, after garbage collection, no more than 50 MB above where it
 * started. `npm test` runs a bounded number of edits; SOAK_EDITS=5000 runs the long version.
 */
const EDITS = Number(process.env.SOAK_EDITS ?? 400);

const KEYS = ['Enter', 'Backspace', 'Delete', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'End', 'Home', 'Tab', 'Shift+Tab', 'Control+1', 'Control+2', 'Control+3', 'Control+0', 'Alt+Shift+ArrowUp', 'Alt+Shift+ArrowDown', 'Control+z', 'Control+Shift+z'];
const WORDS = ['科技创新', '完成投资12亿元。', '一、', '（一）', '1.', '一是加强统筹，', '二是', '正文内容', '“双招双引”', '——', '（1）'];

/** A small deterministic generator, so a failing run can be replayed by its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

test(`soak: ${EDITS} random edits leave no error, a valid outline and a bounded heap`, async ({ page }) => {
  test.setTimeout(Math.max(120_000, EDITS * 200));
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
  };
  await editable(page).locator('[data-block-type]').nth(3).click();
  // Grown first past several of the editor's render chunks (32 blocks each), so that edits,
  // section moves and undo cross chunk boundaries.
  for (let i = 1; i <= 100; i++) {
    await page.keyboard.type(`第${i}段正文。`);
    await page.keyboard.press('Enter');
  }
  const before = await heap();

  const next = random(Number(process.env.SOAK_SEED ?? 7));
  for (let i = 0; i < EDITS; i++) {
    if (next() < 0.45) await page.keyboard.type(WORDS[Math.floor(next() * WORDS.length)]!);
    else await page.keyboard.press(KEYS[Math.floor(next() * KEYS.length)]!);
  }

  const blocks = await readBlocks(page);
  expect(blocks[0]!.type).toBe('title');
  // The page shows the model exactly, block for block, across the render chunks the edits grew.
  const model = await modelBlocks(page);
  expect(model.length).toBeGreaterThan(64);
  expect(blocks.map((b) => [b.type, b.level, b.text])).toEqual(model.map((b) => [b.type, b.level ?? 0, blockText(b)]));
  // No level is skipped, and the three required sections are still there, in order.
  let previous = 0;
  for (const block of blocks.filter((b) => b.type === 'heading')) {
    expect(block.level).toBeLessThanOrEqual(previous + 1);
    previous = block.level;
  }
  const sections = await editable(page).evaluate((root) => Array.from(root.querySelectorAll('[data-section]')).map((el) => el.getAttribute('data-section')));
  expect(sections).toEqual(['done', 'problems', 'plan']);
  expect(consoleErrors).toEqual([]);
  expect(await heap()).toBeLessThan(before + 50);
});
