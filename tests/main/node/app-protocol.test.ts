import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../../main/node/app-protocol.ts';
import { RENDERER_CSP } from '../../../main/node/csp.ts';
import { createWebServer } from '../../../main/web/web-server.ts';
import { useTempDirs } from '../helpers.ts';

const tempDir = useTempDirs();
const SECRET = 'TOP-SECRET-CONTENT';

/** A built renderer in <tmp>/site and a file beside it that must never be served. */
async function site(): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'site', 'assets'), { recursive: true });
  await writeFile(join(dir, 'site', 'index.html'), '<!doctype html><title>公文写作台</title>');
  await writeFile(join(dir, 'site', 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(dir, 'package.json'), SECRET);
  return join(dir, 'site');
}

describe('the app:// protocol handler', () => {
  it('serves the bundle with the CSP header and a JavaScript type for modules', async () => {
    const handle = createAppProtocolHandler(await site());
    const index = await handle({ url: 'app://gongwen/', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('公文写作台');
    const script = await handle({ url: 'app://gongwen/assets/index.js' });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://gongwen/..%2Fpackage.json',
    'app://gongwen/assets/..%2F..%2Fpackage.json',
    'app://gongwen/%2e%2e/package.json',
    'app://gongwen/..%5Cpackage.json',
    'app://gongwen/%2E%2E%2F%2E%2E%2Fpackage.json',
    'app://gongwen/index.html%00.js',
    'app://gongwen/%E0%A4%A',
    'app://evil/index.html',
  ])('never serves anything outside the bundle for %s', async (url) => {
    const handle = createAppProtocolHandler(await site());
    const response = await handle({ url });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('resolves only paths inside the root', () => {
    expect(resolveAppPath('/srv/site', 'app://gongwen/assets/a.js')).toBe('/srv/site/assets/a.js');
    expect(resolveAppPath('/srv/site', 'app://gongwen/')).toBe('/srv/site/index.html');
    expect(resolveAppPath('/srv/site', 'app://gongwen/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppPath('/srv/site', 'app://gongwen/..%2Fsite-other%2Fx')).toBeNull();
  });

  it('answers 404 for a missing file and 405 for other methods', async () => {
    const handle = createAppProtocolHandler(await site());
    expect((await handle({ url: 'app://gongwen/missing.js' })).status).toBe(404);
    expect((await handle({ url: 'app://gongwen/index.html', method: 'POST' })).status).toBe(405);
  });
});

describe('the web server (npm run web, e2e)', () => {
  const servers: ReturnType<typeof createWebServer>[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
  });

  async function serve(root: string): Promise<number> {
    const server = createWebServer(root);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  /** Sends the path byte for byte; fetch() would normalise the dots away before sending. */
  function get(port: number, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('sends the CSP header with the page', async () => {
    const port = await serve(await site());
    const page = await get(port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(page.body).toContain('公文写作台');
  });

  it.each(['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json', '/..%2Fpackage.json'])('refuses path traversal %s', async (path) => {
    const port = await serve(await site());
    const response = await get(port, path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain(SECRET);
  });
});
