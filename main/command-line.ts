import { extname, resolve } from 'node:path';
import { GWDOC_EXTENSION } from './document-name.ts';

/**
 * The document named on a command line (a double-click in the file manager, or a second launch
 * forwarded by the single-instance lock), resolved against that launch's working folder.
 * Chromium adds its own `--switches` to a forwarded argv; those and the executable are skipped.
 */
export function fileArgument(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) continue;
    if (extname(arg).toLowerCase() === GWDOC_EXTENSION) return resolve(cwd, arg);
  }
  return null;
}
