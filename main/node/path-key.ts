import { resolve } from 'node:path';

/**
 * A comparable form of a path: absolute, and folded to lower case where the default file
 * systems are case-insensitive (Windows, macOS), so one file is always one key.
 */
export function pathKey(path: string, platform: NodeJS.Platform = process.platform): string {
  const absolute = resolve(path);
  return platform === 'win32' || platform === 'darwin' ? absolute.toLowerCase() : absolute;
}
