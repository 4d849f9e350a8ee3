import { _electron as electron, expect, test, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from '../../build/build-electron.ts';
import { findElectronBinary } from '../../build/electron-binary.ts';

// Runs the real app where an Electron binary exists (developer machines); elsewhere it is
// reported as skipped, never as passed. `npm run test:e2e` has built out/renderer already.
const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary({ projectRoot: root });

/** Launches the built app with its own user-data folder (drafts, recent files). */
async function launch(userData: string) {
  const { main } = await buildElectron({ root });
  const env: Record<string, string> = { ...(process.env as Record<string, string>), GONGWEN_USER_DATA_DIR: userData };
  delete env.ELECTRON_RUN_AS_NODE;
  return electron.launch({ executablePath: binary!, args: [main], cwd: root, env });
}

/** A new half-year document through the 新建文档 dialog shown at start. */
async function newDocument(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '新建文档' });
  await dialog.getByLabel('发文机关').fill('宣城市科技局');
  await dialog.getByRole('textbox', { name: '年度' }).fill('2023');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('Electron app', () => {
  test.skip(binary === null, 'Electron binary not installed (cannot be downloaded here)');

  test('edits and saves a document to the path chosen in the save dialog', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'gongwen-e2e-'));
    const target = join(userData, '报告.gwdoc');
    const app = await launch(userData);
    try {
      const page = await app.firstWindow();
      await newDocument(page);
      await page.keyboard.type('全年完成投资12亿元。');
      // The native save dialog answers with our path.
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
      }, target);
      await page.keyboard.press('Control+s');
      await expect.poll(async () => (await readFile(target, 'utf8').catch(() => '')).includes('全年完成投资12亿元。')).toBe(true);
      expect(JSON.parse(await readFile(target, 'utf8')).format).toBe('gongwen/1');
      await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle())).toContain('报告.gwdoc');
    } finally {
      await app.close();
    }
  });

  test('after a crash, the next start offers the unsaved work back', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'gongwen-e2e-'));
    const first = await launch(userData);
    const page = await first.firstWindow();
    await newDocument(page);
    await page.keyboard.type('崩溃前输入的文字');
    // The draft reaches the recovery folder within a few seconds of typing.
    await expect.poll(async () => (await readdir(join(userData, 'recovery')).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).length, { timeout: 15_000 }).toBeGreaterThan(0);
    first.process().kill('SIGKILL');

    const second = await launch(userData);
    try {
      const again = await second.firstWindow();
      const restore = again.getByRole('dialog', { name: '恢复未保存的文档' });
      await expect(restore).toBeVisible();
      await restore.getByRole('button', { name: '恢复' }).click();
      await expect(again.locator('[data-slate-editor="true"]')).toContainText('崩溃前输入的文字');
    } finally {
      await second.close();
    }
  });

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
