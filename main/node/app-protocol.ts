import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { APP_HOST } from './app-origin.ts';
import { contentTypeFor } from './content-types.ts';
import { RENDERER_CSP } from './csp.ts';

/**
 * Maps an app:// URL to a file inside `root`, or null when it names something outside it.
 * Decoding happens before the check, so `%2F..%2F` and `..%5C` are caught like a plain `../`.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const base = resolve(root);
  const file = resolve(join(base, pathname));
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

const plain = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * The handler behind `protocol.handle('app', …)` and behind the web mode's server
 * (main/web/web-server.ts): serves the built renderer with the app's CSP, and nothing outside
 * it. Plain Node (fetch's Response), so it is tested without Electron.
 */
export function createAppProtocolHandler(root: string): (request: { url: string; method?: string }) => Promise<Response> {
  return async (request) => {
    if (request.method !== undefined && request.method !== 'GET') return plain(405, 'method not allowed');
    const file = resolveAppPath(root, request.url);
    if (!file) return plain(403, 'forbidden');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return plain(404, 'not found');
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': contentTypeFor(file),
        'content-security-policy': RENDERER_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}
