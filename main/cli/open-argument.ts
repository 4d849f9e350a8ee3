import { resolve } from 'node:path';
import { MAX_OPEN_BYTES } from '../../core/limits.ts';
import { openDocument, type OpenedDocument, type OpenOptions } from '../../core/open-document.ts';
import { readBytes } from '../node/files.ts';
import type { CliIo } from './usage.ts';

/**
 * FILE named on the command line, opened the one way the app opens a file (core/open-document.ts):
 * a .gwdoc by its content, anything else imported. Null after saying why not (the command exits 2).
 */
export async function openArgument(file: string, io: CliIo, options: OpenOptions): Promise<OpenedDocument | null> {
  let bytes;
  try {
    bytes = await readBytes(resolve(io.cwd, file), MAX_OPEN_BYTES);
  } catch (error) {
    io.stderr(`${file}: ${(error as Error).message}\n`);
    return null;
  }
  const opened = await openDocument(file, bytes, options);
  if (opened.ok) return opened;
  io.stderr(`${file}: ${opened.message}\n`);
  if (opened.detail !== undefined) io.stderr(`  (${opened.detail})\n`);
  return null;
}
