import { extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { GWDOC_EXTENSION } from '../../core/file-name.ts';

function isGwdocPath(path: string): boolean {
  return extname(path).toLowerCase() === GWDOC_EXTENSION;
}

/** A `file://` URI (Linux desktop entries pass files as %U) as a path; null for other URIs or a plain path. */
function pathFromFileUri(arg: string): string | null {
  if (!/^file:\/\//i.test(arg)) return null;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/**
 * The document named on a command line (a double-click in the file manager, or a second launch
 * forwarded by the single-instance lock), resolved against that launch's working folder.
 * Chromium adds its own `--switches` to a forwarded argv; those and the executable are skipped.
 * Only .gwdoc files: they are what the installers associate with the app.
 */
export function fileArgument(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) continue;
    // Another scheme (a link a browser hands over) names nothing on this disk.
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg) && !/^file:/i.test(arg)) continue;
    const path = pathFromFileUri(arg) ?? arg;
    if (isGwdocPath(path)) return resolve(cwd, path);
  }
  return null;
}

/**
 * What a second launch hands the running instance, as requestSingleInstanceLock's
 * additionalData. Electron's docs advise it over argv, which reaches the first instance
 * reordered and with switches added.
 */
const launchData = z.strictObject({ file: z.string().min(1).max(4096).nullable() });
export type LaunchData = z.infer<typeof launchData>;

export function launchDataFor(argv: readonly string[], cwd: string): LaunchData {
  return { file: fileArgument(argv, cwd) };
}

/**
 * The document a second launch asks the running instance to open: from its additionalData when
 * that is well formed (an absolute .gwdoc path), else from its argv (a launch by an older
 * version, or by another user, whose data does not arrive).
 */
export function fileFromSecondInstance(argv: readonly string[], cwd: string, additionalData: unknown): string | null {
  const parsed = launchData.safeParse(additionalData);
  if (!parsed.success) return fileArgument(argv, cwd);
  const file = parsed.data.file;
  return file !== null && isAbsolute(file) && isGwdocPath(file) ? file : null;
}
