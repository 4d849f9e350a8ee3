import { extname } from 'node:path';
import { GWDOC_EXTENSION } from '../../core/file-name.ts';

/** The path a save dialog returned, with .gwdoc added when the user typed a bare name. */
export function withGwdocExtension(path: string): string {
  return extname(path).toLowerCase() === GWDOC_EXTENSION ? path : `${path}${GWDOC_EXTENSION}`;
}
