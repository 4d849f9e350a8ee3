import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from '../../build/build-electron.ts';
import { findElectronBinary } from '../../main/electron-binary.ts';

// Runs the real app where an Electron binary exists (developer machines); elsewhere it is
// reported as skipped, never as passed. `npm run test:e2e` has built out/renderer already.
const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary({ projectRoot: root });

test.describe('Electron app', () => {
  test.skip(binary === null, 'Electron binary not installed (cannot be downloaded here)');

  test('opens one window titled 公文写作台 with the editor in it', async () => {
    const { main } = await buildElectron({ root });
    const env: Record<string, string> = { ...(process.env as Record<string, string>), GONGWEN_USER_DATA_DIR: await mkdtemp(join(tmpdir(), 'gongwen-e2e-')) };
    delete env.ELECTRON_RUN_AS_NODE;
    // executablePath keeps Playwright from requiring the electron package, whose index.js
    // would try to download a binary.
    const app = await electron.launch({ executablePath: binary!, args: [main], cwd: root, env });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('[data-slate-editor="true"]')).toBeVisible();
      expect(page.url()).toBe('app://gongwen/index.html');
      const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()));
      expect(title).toHaveLength(1);
      expect(title[0]).toContain('公文写作台');
      expect(await page.evaluate(() => 'gongwenHost' in window)).toBe(true);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
