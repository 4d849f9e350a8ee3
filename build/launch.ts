import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveRenderer } from '../main/web/web-server.ts';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary.ts';
import { buildRenderer, rendererUpToDate } from './renderer-build.ts';
import { listenError, openInBrowser, webModeBanner } from './web-mode.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The browser mode: the same renderer, served on 127.0.0.1 and opened in the default browser
 * where there is a display. Runs until Ctrl+C.
 */
async function webMode(): Promise<number> {
  if (!(await rendererUpToDate(root))) {
    console.log('正在构建编辑器… / building the editor…');
    const built = buildRenderer(root);
    if (built !== 0) return built;
  }
  const port = Number(process.env.PORT ?? 5178);
  let url: string;
  try {
    ({ url } = await serveRenderer(join(root, 'out', 'renderer'), port));
  } catch (error) {
    console.error(listenError(error as NodeJS.ErrnoException, port, 'npm start'));
    return 1;
  }
  console.log(webModeBanner(url));
  openInBrowser(url);
  return new Promise(() => {});
}

/**
 * `npm start`: the desktop app in Electron, where its binary is installed; where it is not (it
 * cannot be downloaded everywhere), the browser mode, so that the one command always starts the
 * editor. `npm run web` (--web) asks for the browser mode directly.
 */
async function launch(): Promise<number> {
  const args = process.argv.slice(2);
  const binary = args.includes('--web') ? null : findElectronBinary({ projectRoot: root });
  if (!binary) {
    if (!args.includes('--web')) console.log(MISSING_ELECTRON_MESSAGE);
    return webMode();
  }
  const renderer = buildRenderer(root);
  if (renderer !== 0) return renderer;
  const { buildElectron } = await import('./build-electron.ts');
  const { main } = await buildElectron({ root });

  const env = { ...process.env };
  // Set by some tool chains; it would start the binary as plain Node instead of the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [main, ...args], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

launch().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`无法启动 / cannot start: ${error.message}`);
    process.exitCode = 1;
  },
);
