import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor } from './content-types.ts';
import { RENDERER_CSP } from './csp.ts';

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
  const root = fileURLToPath(new URL('../out/renderer/', import.meta.url));
  const port = Number(process.env.PORT ?? 5178);
  const server = createWebServer(root);
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `端口 ${port} 已被占用；换一个：PORT=5179 npm run web` : `无法启动：${error.message}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`公文写作台（浏览器模式）: http://127.0.0.1:${port}/  (set PORT to change; Ctrl+C to stop)`);
  });
}
