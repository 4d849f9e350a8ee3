import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/** `vite build` of the renderer into out/renderer, its output on this terminal; the exit status. */
export function buildRenderer(root: string): number {
  const vite = join(dirname(createRequire(join(root, 'package.json')).resolve('vite/package.json')), 'bin', 'vite.js');
  return spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' }).status ?? 1;
}
