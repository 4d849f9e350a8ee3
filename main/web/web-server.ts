import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN } from '../node/app-origin.ts';
import { createAppProtocolHandler } from '../node/app-protocol.ts';

type AppRequestHandler = ReturnType<typeof createAppProtocolHandler>;

/**
 * The app:// URL an HTTP request names. Only a path ("origin-form", what browsers send) is
 * taken; a full URL or `*` names no file of the bundle.
 */
export function appUrlForRequest(target: string | undefined): string | null {
  return target?.startsWith('/') ? `${APP_ORIGIN}${target}` : null;
}

async function answer(handle: AppRequestHandler, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = appUrlForRequest(request.url);
  if (url === null) {
    response.writeHead(400).end();
    return;
  }
  const reply = await handle({ url, method: request.method });
  response.writeHead(reply.status, Object.fromEntries(reply.headers));
  response.end(Buffer.from(await reply.arrayBuffer()));
}

/**
 * Serves the built renderer for `npm run web` and the e2e tests, loopback only. A thin adapter:
 * each request goes to the handler behind the app's app:// protocol, so the browser gets the
 * same files, the same CSP and the same refusal of any path outside the bundle.
 */
export function createWebServer(root: string): Server {
  const handle = createAppProtocolHandler(root);
  return createServer((request, response) => {
    answer(handle, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
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
