import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../core/host/limits.ts';
import { sniffFileKind } from '../../core/import/file-kind.ts';
import { isImportError } from '../../core/import/import-error.ts';
import { importSource, type Imported } from '../../core/import/import-source.ts';
import type { Recognised } from '../../core/import/recognised.ts';
import type { ToDocumentOptions } from '../../core/import/to-document.ts';
import type { GongwenDocument } from '../../core/model.ts';
import { readBytes, writeFileAtomic } from '../files.ts';
import type { CliIo } from './cli-io.ts';

/**
 * A document named on the command line: a .gwdoc as saved, or a .docx/.txt through the importer
 * (with what the recogniser found).
 */
export type Loaded = { document: GongwenDocument; numberingProblems: { block: number; message: string }[]; recognised?: Recognised };

/**
 * Reads FILE for any command, or says why not (exit 2). Its kind comes from its bytes, as in the
 * app (sniffFileKind): a .gwdoc is loaded and validated, never imported as text; it is taken as it
 * is when `normalize` is false (the check reports what the file says, including what loading
 * would repair). Anything else goes through the importer, keeping the source's headings when
 * `sectionsAsWritten` (no required section added).
 */
export async function loadArgument(
  file: string,
  io: CliIo,
  options: { normalize: boolean; punctuation?: boolean; template?: string | undefined; sectionsAsWritten?: boolean },
): Promise<Loaded | null> {
  let bytes;
  try {
    bytes = await readBytes(resolve(io.cwd, file), MAX_IMPORT_BYTES);
  } catch (error) {
    io.stderr(`${file}: ${(error as Error).message}\n`);
    return null;
  }
  if (sniffFileKind(bytes, file) !== 'gwdoc') {
    return importArgument(file, bytes, io, { template: options.template, punctuation: options.punctuation === true, sectionsAsWritten: options.sectionsAsWritten === true });
  }
  // The .gwdoc schema is loaded only for a .gwdoc: a .txt or .docx never needs it.
  const { parseGwdocBytes } = await import('../../core/gwdoc.ts');
  const parsed = parseGwdocBytes(bytes, { normalize: options.normalize });
  if (!parsed.ok) {
    io.stderr(`${file}: ${parsed.error}\n`);
    return null;
  }
  return { document: parsed.document, numberingProblems: [] };
}

/** A .docx or .txt named on the command line, imported; or null after saying why not (exit 2). */
function importArgument(file: string, bytes: Uint8Array, io: CliIo, options: ToDocumentOptions): Imported | null {
  try {
    return importSource(bytes, options);
  } catch (error) {
    io.stderr(`${file}: ${(error as Error).message}\n`);
    if (isImportError(error)) io.stderr(`  (${error.detail})\n`);
    return null;
  }
}

/** Writes a new .gwdoc atomically; an existing file is kept unless `force`. False after saying why not. */
export async function writeGwdoc(output: string, document: GongwenDocument, force: boolean, io: CliIo): Promise<boolean> {
  if (!force && existsSync(output)) {
    io.stderr(`${output}: 文件已存在，没有覆盖；要覆盖请加 --force / file exists, not overwritten (use --force)\n`);
    return false;
  }
  try {
    const { serializeGwdoc } = await import('../../core/gwdoc.ts');
    await writeFileAtomic(output, serializeGwdoc(document), { overwrite: force });
    return true;
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return false;
  }
}
