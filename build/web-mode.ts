import { spawn as nodeSpawn, type SpawnOptions } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createWebServer } from '../main/web/web-server.ts';

/** What the built renderer (out/renderer) is made from (the lock file for its packages): a change to any of them makes it stale. */
const RENDERER_SOURCES = ['renderer', 'core', 'templates', 'vite.config.ts', 'package-lock.json'];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

/** True when `outDir`/index.html is newer than everything the renderer is built from. */
export async function rendererUpToDate(root: string, outDir = join(root, 'out', 'renderer')): Promise<boolean> {
  const built = await stat(join(outDir, 'index.html')).catch(() => null);
  if (!built) return false;
  const sources = await Promise.all(RENDERER_SOURCES.map((path) => newestMtime(join(root, path))));
  return built.mtimeMs > Math.max(...sources);
}

export interface Opener {
  command: string;
  args: string[];
}

/**
 * How to show `url` in the default browser, or null where there is nothing to show it on: a Linux
 * (or BSD) session without DISPLAY or WAYLAND_DISPLAY is a server or an ssh login.
 */
export function browserOpener(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Opener | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is cmd's own; its first quoted argument ('' is passed as "") is the window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

type Spawn = (command: string, args: string[], options: SpawnOptions) => { on(event: 'error', listener: (error: Error) => void): unknown; unref(): void };

/**
 * Opens `url` in the default browser when there is one; never fails: without an opener (no
 * xdg-open installed, no display) the address printed beside it is the way in.
 */
export function openInBrowser(url: string, options: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; spawn?: Spawn } = {}): Opener | null {
  const opener = browserOpener(url, options.platform, options.env);
  if (!opener) return null;
  const spawn: Spawn = options.spawn ?? nodeSpawn;
  try {
    const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true, env: options.env ?? process.env });
    child.on('error', () => {});
    child.unref();
  } catch {
    return null;
  }
  return opener;
}

/** Serves `rendererDir` on 127.0.0.1:`port` (0: any free port); resolves with the address. */
export function serveRenderer(rendererDir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createWebServer(rendererDir);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${bound}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** The line that tells the user where the editor is, and how to stop it. */
export function webModeBanner(url: string): string {
  return `公文写作台（浏览器模式）: ${url}  (set PORT to change; Ctrl+C to stop)`;
}

/** Why a port could not be listened on, in the user's words. */
export function listenError(error: NodeJS.ErrnoException, port: number, command: string): string {
  return error.code === 'EADDRINUSE' ? `端口 ${port} 已被占用；换一个：PORT=${port + 1} ${command} / port ${port} is in use` : `无法启动：${error.message}`;
}
