import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { MAX_OPEN_BYTES } from '../../core/limits.ts';
import type { GwdocFile, OpenedFile } from '../../core/host/ipc-contract.ts';
import { NOT_UTF8 } from '../../core/gwdoc-text.ts';
import { openedFileFrom } from '../../core/host/opened-file.ts';
import { describeFsError } from './fs-errors.ts';

/** The file-system calls an atomic write makes; injectable so tests can make one of them fail. */
export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'copyFile' | 'rm' | 'stat'>;

export interface WriteOptions {
  /** Keep the version being replaced as `NAME.bak` next to it. */
  backup?: boolean;
  /** Replace an existing file; when false an existing target is an error. Default true. */
  overwrite?: boolean;
  fs?: AtomicWriteFs;
  /** Whose rename rules apply (Windows retries a rename a locked file refused); tests set it. */
  platform?: NodeJS.Platform;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function withCause(message: string, cause: unknown): Error {
  return new Error(message, { cause });
}

/**
 * Reads what the user opened: a .gwdoc (known by its bytes) as UTF-8 text; a .docx, .txt or
 * anything else as bytes for the importer (which refuses what it cannot read).
 */
export async function readOpenedFile(path: string): Promise<OpenedFile> {
  const bytes = await readBytes(path, MAX_OPEN_BYTES);
  return openedFileFrom(bytes, basename(path) || path, path);
}

export function readBytes(path: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  return readCapped(path, maxBytes, '');
}

/** The file's bytes, refusing folders and files over `maxBytes` (checked before and after reading). */
async function readCapped(path: string, maxBytes: number, tooLargeNote: string): Promise<Uint8Array<ArrayBuffer>> {
  const name = basename(path) || path;
  const cannotOpen = (reason: string, cause?: unknown) => withCause(`无法打开「${name}」：${reason}`, cause);
  const tooLarge = (size: number) => cannotOpen(`文件过大（${formatSize(size)}，上限 ${formatSize(maxBytes)}）${tooLargeNote}`);
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
  return new Uint8Array(bytes);
}

/** Reads a document as UTF-8 text, refusing folders, oversized files and other encodings. */
export async function readDocumentFile(path: string, options: { maxBytes?: number } = {}): Promise<GwdocFile> {
  const name = basename(path) || path;
  const bytes = await readCapped(path, options.maxBytes ?? MAX_OPEN_BYTES, '，不是公文文档');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw withCause(`无法打开「${name}」：${NOT_UTF8}`, error);
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

/** A name beside `target` that no other save uses; hidden, and ending in .tmp so it reads as scrap. */
function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `data` to a new file at `path` and flushes it to the disk before returning. */
async function writeSynced(fs: AtomicWriteFs, path: string, data: string | Uint8Array, mode: number): Promise<void> {
  const handle = await fs.open(path, 'wx', mode);
  try {
    await handle.writeFile(data, typeof data === 'string' ? 'utf8' : null);
    // Without this a power cut after the rename can leave the new name on an empty file: the
    // rename reaches the disk's journal before the data does.
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * On Windows a rename over a file fails for a moment while an antivirus scanner, the search
 * indexer or a sync client has it open; waiting a little and trying again is what editors do.
 * A file held open by Word or WPS stays locked, and the error after the last try says so.
 */
const RENAME_RETRY_MS = [20, 50, 100, 200, 400, 800];
const TRANSIENT_ON_WINDOWS = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameOver(fs: AtomicWriteFs, from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = RENAME_RETRY_MS[attempt];
      if (platform !== 'win32' || !TRANSIENT_ON_WINDOWS.has(code) || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Writes `data` (text as UTF-8, or bytes such as an exported .docx) so that the target is always
 * either the old or the new content, never a torn mix, whenever the process dies or the disk
 * fills up:
 * 1. the new content goes to a temp file in the same folder (same file system, so the rename
 *    below is atomic), which is fsynced;
 * 2. with `backup`, the old version is copied to a temp file, fsynced and renamed to NAME.bak,
 *    so the .bak is whole too;
 * 3. the temp file is renamed over the target, and the folder is fsynced so the rename lasts.
 * Any failure removes the temp files and leaves the old file as it was. A process killed
 * mid-save leaves at most a stray `.NAME.*.tmp`, never a damaged target.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const platform = options.platform ?? process.platform;
  const name = basename(target);
  const temps: string[] = [];
  let previous: Awaited<ReturnType<typeof existing>> = null;
  try {
    previous = await existing(fs, target);
    if (previous?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (previous && options.overwrite === false) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    const temp = tempNameFor(target);
    temps.push(temp);
    await writeSynced(fs, temp, data, previous ? previous.mode & 0o777 : 0o666);
    if (previous && options.backup) {
      const backupTemp = tempNameFor(`${target}.bak`);
      temps.push(backupTemp);
      await fs.copyFile(target, backupTemp, nodeFs.constants.COPYFILE_EXCL);
      await syncFile(fs, backupTemp);
      await renameOver(fs, backupTemp, `${target}.bak`, platform);
      temps.pop();
    }
    await renameOver(fs, temp, target, platform);
    temps.length = 0;
  } catch (error) {
    await Promise.all(temps.map((path) => fs.rm(path, { force: true }).catch(() => undefined)));
    throw withCause(`保存「${name}」失败：${describeFsError(error)}。${previous ? '原来的文件没有改动。' : ''}`, error);
  }
  await syncDirectory(dirname(target));
}

async function syncFile(fs: AtomicWriteFs, path: string): Promise<void> {
  const handle = await fs.open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
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
