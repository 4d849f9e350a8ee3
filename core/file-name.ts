/**
 * The one rule for the name a document is offered under: the save dialog and the .docx export
 * in the app, the browser's downloads, and the host, which cleans whatever name the page sends.
 */
export const GWDOC_EXTENSION = '.gwdoc';
export const DOCX_EXTENSION = '.docx';
export const PDF_EXTENSION = '.pdf';
/** The name of a document with no title yet. */
export const UNTITLED = '未命名公文';

/**
 * At most this many UTF-16 units before the extension: even at 4 UTF-8 bytes a pair (3 a hanzi),
 * 80 units and the extension stay within the 255 bytes Linux and macOS allow for a name.
 */
const MAX_STEM_UNITS = 80;

// Characters Windows refuses in file names, and the control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]/gu;
/** Windows drops trailing dots and spaces, and a leading dot hides a file elsewhere. */
const LOOSE_ENDS = /^[\s.]+|[\s.]+$/gu;

/**
 * A file name for `suggested` (a document's title, or the name it was saved under) ending in
 * `extension`: a .gwdoc ending is replaced, runs of white space (line breaks too) become one
 * space, other characters file systems refuse are dropped (某某县/区 → 某某县区), and it is cut
 * short enough for every file system.
 */
export function documentFileName(suggested: string, extension = GWDOC_EXTENSION): string {
  const cleaned = suggested.replace(/\.gwdoc$/iu, '').replace(/\s+/gu, ' ').replace(UNSAFE_IN_FILE_NAMES, '').replace(LOOSE_ENDS, '');
  let stem = cleaned.slice(0, MAX_STEM_UNITS);
  // Never half a surrogate pair at the cut.
  if (/[\ud800-\udbff]$/u.test(stem)) stem = stem.slice(0, -1);
  stem = stem.replace(LOOSE_ENDS, '');
  return `${stem || UNTITLED}${extension}`;
}
