import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary.ts';

/**
 * `npm start`: builds the renderer and the main bundles, then runs them in Electron. Checks for
 * the binary first, so a machine without it gets one line pointing at browser mode instead of
 * a failed download and a stack trace.
 */
async function launch(): Promise<number> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const binary = findElectronBinary({ projectRoot: root });
  if (!binary) {
    console.error(MISSING_ELECTRON_MESSAGE);
    return 1;
  }
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const renderer = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (renderer.status !== 0) return renderer.status ?? 1;
  const { buildElectron } = await import('../build/build-electron.ts');
  const { main } = await buildElectron({ root });

  const env = { ...process.env };
  // Set by some tool chains; it would start the binary as plain Node instead of the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [main, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
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
