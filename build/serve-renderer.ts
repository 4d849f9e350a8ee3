/**
 * Serves the built renderer (out/renderer, as it is: nothing is built, no browser opened) on
 * 127.0.0.1:PORT until stopped: the web server Playwright starts for the e2e suite, which
 * builds out/renderer itself first (tests/env/run-e2e.ts).
 */
import { fileURLToPath } from 'node:url';
import { serveRenderer } from '../main/web/web-server.ts';
import { listenError, webModeBanner } from './web-mode.ts';

const root = fileURLToPath(new URL('../out/renderer/', import.meta.url));
const port = Number(process.env.PORT ?? 5178);
serveRenderer(root, port).then(
  ({ url }) => console.log(webModeBanner(url)),
  (error: NodeJS.ErrnoException) => {
    console.error(listenError(error, port, 'npm run web'));
    process.exit(1);
  },
);
