import { spawn } from 'node:child_process';
import { chmod, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MISSING_ELECTRON_MESSAGE } from '../../build/electron-binary.ts';
import { RENDERER_CSP } from '../../main/node/csp.ts';
import { rendererUpToDate } from '../../build/renderer-build.ts';
import { browserOpener, openInBrowser } from '../../build/web-mode.ts';
import { useTempDirs } from '../main/helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDirs();

/**
 * Runs `npm start` (tsx build/launch.ts) where the Electron binary is missing, until it prints the
 * address; then fetches the page and stops it. The renderer is built first when out/renderer is
 * stale, as a fresh clone has it.
 */
async function startWithoutElectron(env: NodeJS.ProcessEnv): Promise<{ output: string; url: string; page: Response }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'build/launch.ts'], {
    cwd: root,
    env: { ...env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist', PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (found) resolve(found[0]);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
    });
    return { output, url, page: await fetch(url) };
  } finally {
    child.kill();
  }
}

/** A stand-in for xdg-open that writes down what it was asked to open. */
async function fakeOpener(): Promise<{ dir: string; opened: () => Promise<string | null> }> {
  const dir = await tempDir();
  const log = join(dir, 'opened.txt');
  await writeFile(join(dir, 'xdg-open'), `#!/bin/sh\necho "$@" > '${log}'\n`);
  await chmod(join(dir, 'xdg-open'), 0o755);
  return {
    dir,
    opened: async () => {
      // The opener is started detached; give it a moment to write.
      for (let i = 0; i < 50; i++) {
        const text = await readFile(log, 'utf8').catch(() => null);
        if (text !== null) return text.trim();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    },
  };
}

function withoutDisplay(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return env;
}

describe('npm start (tsx build/launch.ts) where the Electron binary is missing', () => {
  it.skipIf(process.platform === 'win32')('serves the editor itself and prints its address; no browser is started without a display', { timeout: 240_000 }, async () => {
    const opener = await fakeOpener();
    const run = await startWithoutElectron({ ...withoutDisplay(), PATH: `${opener.dir}:${process.env.PATH}` });
    expect(run.output).toContain(MISSING_ELECTRON_MESSAGE);
    expect(run.page.status).toBe(200);
    expect(run.page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await run.page.text()).toContain('<div id="root">');
    expect(await rendererUpToDate(root)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await readFile(join(opener.dir, 'opened.txt'), 'utf8').catch(() => null)).toBeNull();
  });

  it.skipIf(process.platform === 'win32')('opens the address in the default browser where there is a display', { timeout: 240_000 }, async () => {
    const opener = await fakeOpener();
    const run = await startWithoutElectron({ ...withoutDisplay(), DISPLAY: ':0', PATH: `${opener.dir}:${process.env.PATH}` });
    expect(run.page.status).toBe(200);
    expect(await opener.opened()).toBe(run.url);
  });
});

describe('the browser opener', () => {
  const url = 'http://127.0.0.1:5178/';

  it('is xdg-open on Linux with X11 or Wayland, none without a display, open on macOS, start on Windows', () => {
    expect(browserOpener(url, 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserOpener(url, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserOpener(url, 'linux', {})).toBeNull();
    expect(browserOpener(url, 'darwin', {})).toEqual({ command: 'open', args: [url] });
    expect(browserOpener(url, 'win32', {})).toEqual({ command: 'cmd', args: ['/c', 'start', '', url] });
  });

  it.skipIf(process.platform === 'win32')('never fails where the opener is not installed', async () => {
    const unhandled: unknown[] = [];
    const record = (error: unknown) => unhandled.push(error);
    process.on('uncaughtException', record);
    try {
      expect(openInBrowser(url, { platform: 'linux', env: { DISPLAY: ':0', PATH: '/nonexistent' } })).toEqual({ command: 'xdg-open', args: [url] });
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      process.off('uncaughtException', record);
    }
    expect(unhandled).toEqual([]);
  });
});

describe('rendererUpToDate', () => {
  it('is false without a build, and when a source is newer than the build', async () => {
    const dir = await tempDir();
    expect(await rendererUpToDate(root, join(dir, 'missing'))).toBe(false);
    await writeFile(join(dir, 'index.html'), '');
    const past = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    await utimes(join(dir, 'index.html'), past, past);
    expect(await rendererUpToDate(root, dir)).toBe(false);
  });
});
