import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the file beside the bundle holds; it must never be served. */
export const SECRET = 'TOP-SECRET-CONTENT';

/** A built renderer in `<dir>/site`, with `<dir>/package.json` and `<dir>/site-other/x` beside it; returns the site folder. */
export async function bundleFixture(dir: string): Promise<string> {
  await mkdir(join(dir, 'site', 'assets'), { recursive: true });
  await mkdir(join(dir, 'site-other'), { recursive: true });
  await writeFile(join(dir, 'site', 'index.html'), '<!doctype html><title>公文写作台</title>');
  await writeFile(join(dir, 'site', 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(dir, 'package.json'), SECRET);
  await writeFile(join(dir, 'site-other', 'x'), SECRET);
  return join(dir, 'site');
}

/**
 * Paths that name something outside the bundle once decoded, or nothing at all, as they come
 * after the origin (app://gongwen or http://127.0.0.1:port): each must be refused.
 */
export const HOSTILE_PATHS = [
  '/../package.json',
  '/assets/../../package.json',
  '/%2e%2e/package.json',
  '/..%2Fpackage.json',
  '/assets/..%2F..%2Fpackage.json',
  '/..%5Cpackage.json',
  '/%2E%2E%2F%2E%2E%2Fpackage.json',
  '/..%2Fsite-other%2Fx',
  '/index.html%00.js',
  '/%E0%A4%A',
];
