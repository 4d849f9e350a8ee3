import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { isGwdocName, MAX_IMPORT_BYTES, type GwdocFile, type OpenedFile } from '../core/host/ipc-contract.ts';
import { describeFsError } from './fs-errors.ts';

/** Bytes, checked before reading: a report is a few hundred KB; anything near this is not one. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/** The file-system calls an atomic write makes; injectable so tests can make one of them fail. */
export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'copyFile' | 'rm' | 'stat'>;

export interface WriteOptions {
  /** Keep the version being replaced as `NAME.bak` next to it. */
  backup?: boolean;
  /** Replace an existing file; when false an existing target is an error. Default true. */
  overwrite?: boolean;
  fs?: AtomicWriteFs;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function withCause(message: string, cause: unknown): Error {
  return new Error(message, { cause });
}

/**
 * Reads what the user opened: a .gwdoc as UTF-8 text; a .docx, .txt or anything else as bytes
 * for the importer (which recognises the kind from the bytes and refuses what it cannot read).
 */
export async function readOpenedFile(path: string): Promise<OpenedFile> {
  if (isGwdocName(path)) return readDocumentFile(path);
  const bytes = await readBytes(path, MAX_IMPORT_BYTES);
  return { path, name: basename(path) || path, bytes };
}

export async function readBytes(path: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const name = basename(path) || path;
  const cannotOpen = (reason: string, cause?: unknown) => withCause(`无法打开「${name}」：${reason}`, cause);
  const tooLarge = (size: number) => cannotOpen(`文件过大（${formatSize(size)}，上限 ${formatSize(maxBytes)}）`);
  const info = await nodeFs.stat(path).catch((error: unknown) => {
    throw cannotOpen(describeFsError(error), error);
  });
  if (!info.isFile()) throw cannotOpen(describeFsError({ code: 'EISDIR' }));
  if (info.size > maxBytes) throw tooLarge(info.size);
  const bytes = await nodeFs.readFile(path).catch((error: unknown) => {
    throw cannotOpen(describeFsError(error), error);
  });
  if (bytes.byteLength > maxBytes) throw tooLarge(bytes.byteLength);
  return new Uint8Array(bytes);
}

/** Reads a document as UTF-8 text, refusing folders, oversized files and other encodings. */
export async function readDocumentFile(path: string, options: { maxBytes?: number } = {}): Promise<GwdocFile> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const name = basename(path) || path;
  const cannotOpen = (reason: string, cause?: unknown) => withCause(`无法打开「${name}」：${reason}`, cause);
  const tooLarge = (size: number) => cannotOpen(`文件过大（${formatSize(size)}，上限 ${formatSize(maxBytes)}），不是公文文档`);
  const info = await nodeFs.stat(path).catch((error: unknown) => {
    throw cannotOpen(describeFsError(error), error);
  });
  if (!info.isFile()) throw cannotOpen(describeFsError({ code: 'EISDIR' }));
  if (info.size > maxBytes) throw tooLarge(info.size);
  const bytes = await nodeFs.readFile(path).catch((error: unknown) => {
    throw cannotOpen(describeFsError(error), error);
  });
  // Checked again after reading: the file may have grown in between.
  if (bytes.byteLength > maxBytes) throw tooLarge(bytes.byteLength);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw cannotOpen('文件不是 UTF-8 编码的文本（可能是 Word 文档或其他格式），不是公文文档', error);
  }
  return { path, name, text };
}

async function existing(fs: AtomicWriteFs, path: string) {
  try {
    return await fs.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes `data` (text as UTF-8, or bytes such as an exported .docx) so that the target is always
 * either the old or the new content, never a torn mix: a temp file in the same folder (same file system, so rename is atomic) is written and
 * fsynced, the old version is copied to `.bak`, and only then the temp file is renamed over.
 * Any failure removes the temp file and leaves the old file as it was.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const name = basename(target);
  const temp = join(dirname(target), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  let tempCreated = false;
  let previous: Awaited<ReturnType<typeof existing>> = null;
  try {
    previous = await existing(fs, target);
    if (previous?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (previous && options.overwrite === false) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    const handle = await fs.open(temp, 'wx', previous ? previous.mode & 0o777 : 0o666);
    tempCreated = true;
    try {
      await handle.writeFile(data, typeof data === 'string' ? 'utf8' : null);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (previous && options.backup) await fs.copyFile(target, `${target}.bak`);
    await fs.rename(temp, target);
    tempCreated = false;
  } catch (error) {
    if (tempCreated) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw withCause(`保存「${name}」失败：${describeFsError(error)}。${previous ? '原来的文件没有改动。' : ''}`, error);
  }
  await syncDirectory(dirname(target));
}

/** Makes the rename itself durable; Windows cannot open a folder for this, and does not need to. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await nodeFs.open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/** Saving a document keeps the version it replaces as NAME.gwdoc.bak. */
export function saveDocumentFile(target: string, text: string, options: Omit<WriteOptions, 'backup'> = {}): Promise<void> {
  return writeFileAtomic(target, text, { ...options, backup: true });
}
