import { decodeGwdoc, NOT_UTF8 } from '../gwdoc-text.ts';
import { sniffFileKind } from '../import/file-kind.ts';
import type { OpenedFile } from './ipc-contract.ts';

/**
 * What the user opened, as the host hands it to the renderer: a .gwdoc (by its bytes, see
 * sniffFileKind) as its text, to be loaded and validated; anything else as bytes for the
 * importer. A .gwdoc that is not UTF-8 text is refused here, in Chinese.
 */
export function openedFileFrom(bytes: Uint8Array<ArrayBuffer>, name: string, path?: string): OpenedFile {
  const where = path === undefined ? {} : { path };
  if (sniffFileKind(bytes, name) !== 'gwdoc') return { ...where, name, bytes };
  const text = decodeGwdoc(bytes);
  if (text === null) throw new Error(`无法打开「${name}」：${NOT_UTF8}`);
  return { ...where, name, text };
}
