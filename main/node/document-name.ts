import { extname } from 'node:path';

export const GWDOC_EXTENSION = '.gwdoc';

/** The path a save dialog returned, with .gwdoc added when the user typed a bare name. */
export function withGwdocExtension(path: string): string {
  return extname(path).toLowerCase() === GWDOC_EXTENSION ? path : `${path}${GWDOC_EXTENSION}`;
}

/**
 * A file name for the save dialog from the document's title: characters Windows refuses in
 * names are replaced, and the result is short enough for every file system we ship to.
 */
// Characters Windows refuses in file names, and the control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\x00-\x1f]/g;

export function suggestedFileName(name: string): string {
  const stem = name
    .replace(/\.gwdoc$/i, '')
    .replace(UNSAFE_IN_FILE_NAMES, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 80);
  return `${stem || '未命名'}${GWDOC_EXTENSION}`;
}
