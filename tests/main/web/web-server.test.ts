import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../main/node/app-protocol.ts';
import { RENDERER_CSP } from '../../../main/node/csp.ts';
import { appUrlForRequest, createWebServer } from '../../../main/web/web-server.ts';
import { useTempDirs } from '../helpers.ts';
import { bundleFixture, HOSTILE_PATHS, SECRET } from '../node/bundle-fixture.ts';

const tempDir = useTempDirs();
const site = async () => bundleFixture(await tempDir());

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
  function get(port: number, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('sends the page with the CSP header, and scripts with a JavaScript type', async () => {
    const port = await serve(await site());
    const page = await get(port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('公文写作台');
    expect((await get(port, '/assets/index.js')).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it.each(HOSTILE_PATHS)('refuses path traversal and malformed paths: %s', async (path) => {
    const port = await serve(await site());
    const response = await get(port, path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain(SECRET);
  });

  it('answers every request as the app:// protocol handler does: one path check for both', async () => {
    const root = await site();
    const port = await serve(root);
    const handle = createAppProtocolHandler(root);
    for (const [path, method] of [...HOSTILE_PATHS.map((path) => [path, 'GET']), ['/', 'GET'], ['/assets/index.js', 'GET'], ['/missing.js', 'GET'], ['/index.html', 'POST']]) {
      const expected = await handle({ url: `app://gongwen${path}`, method });
      expect({ path, method, status: (await get(port, path!, method)).status }).toEqual({ path, method, status: expected.status });
    }
  });

  it('takes only a path as the request target: a full URL or * names no file of the bundle', () => {
    expect(appUrlForRequest('/assets/index.js?v=1')).toBe('app://gongwen/assets/index.js?v=1');
    expect(appUrlForRequest('http://127.0.0.1/index.html')).toBeNull();
    expect(appUrlForRequest('*')).toBeNull();
    expect(appUrlForRequest(undefined)).toBeNull();
  });
});
