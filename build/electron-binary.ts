import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const DEFAULT_EXECUTABLE: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
};

/**
 * Where the Electron executable is, found the way the `electron` package itself finds it
 * (path.txt, or ELECTRON_OVERRIDE_DIST_PATH), but without requiring that package: its index.js
 * starts a download when the binary is missing, which cannot work offline. Null when absent.
 */
export function findElectronBinary(options: { projectRoot: string; env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform }): string | null {
  const env = options.env ?? process.env;
  let packageDir: string | null;
  try {
    packageDir = dirname(createRequire(join(options.projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    packageDir = null;
  }
  const pathFile = packageDir ? join(packageDir, 'path.txt') : null;
  const executable = pathFile && existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary: string | null = null;
  if (override) binary = join(override, executable || DEFAULT_EXECUTABLE[options.platform ?? process.platform] || 'electron');
  else if (packageDir && executable) binary = join(packageDir, 'dist', executable);
  return binary && existsSync(binary) ? binary : null;
}

export const MISSING_ELECTRON_MESSAGE =
  'Electron 的程序文件没有安装（此机器无法下载），改用浏览器模式 — The Electron binary is not installed (it cannot be downloaded on this machine); starting the browser mode';
