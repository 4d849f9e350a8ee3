import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor } from '../node/content-types.ts';
import { RENDERER_CSP } from '../node/csp.ts';

/**
 * Serves the built renderer for `npm run web` and the e2e tests: loopback only, the same CSP as
 * the app, and no path outside the build folder.
 */
export function createWebServer(root: string): Server {
  const base = normalize(root + sep);
  return createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let relative = decodeURIComponent(url.pathname);
      if (relative.endsWith('/')) relative += 'index.html';
      const file = normalize(join(base, relative));
      if (!file.startsWith(base) || request.method !== 'GET') {
        response.writeHead(request.method !== 'GET' ? 405 : 403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': contentTypeFor(file),
        'content-security-policy': RENDERER_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      response.end(await readFile(file));
    } catch {
      response.writeHead(400).end();
    }
  });
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  // Imported once this module has finished loading: web-mode imports it for createWebServer.
  void import('../../build/web-mode.ts').then(({ listenError, serveRenderer, webModeBanner }) => {
    const root = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
    const port = Number(process.env.PORT ?? 5178);
    serveRenderer(root, port).then(
      ({ url }) => console.log(webModeBanner(url)),
      (error: NodeJS.ErrnoException) => {
        console.error(listenError(error, port, 'npm run web'));
        process.exit(1);
      },
    );
  });
}
