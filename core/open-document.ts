import { sniffFileKind } from './import/file-kind.ts';
import { isImportError } from './import/import-error.ts';
import { importReport, type ImportReport } from './import/import-report.ts';
import { importSource, type NumberingProblem } from './import/import-source.ts';
import type { Recognised } from './import/recognised.ts';
import type { ToDocumentOptions } from './import/to-document.ts';
import type { GongwenDocument } from './model.ts';

export interface OpenOptions extends Pick<ToDocumentOptions, 'template' | 'punctuation' | 'sectionsAsWritten'> {
  /**
   * A .gwdoc is normalized as the editor loads it (the default); with false it is taken exactly
   * as written, so a check reports what the file says, including what loading would repair.
   */
  normalize?: boolean;
}

export interface OpenedDocument {
  ok: true;
  document: GongwenDocument;
  /** The source's numbering faults, at blocks of `document`; none for a .gwdoc. */
  numberingProblems: NumberingProblem[];
  /** For a .docx or .txt: what the importer found, to tell the clerk; absent for a .gwdoc. */
  imported?: { report: ImportReport; recognised: Recognised };
}

/** Why a file could not be opened. `message` is one Chinese sentence, without the file's name. */
export interface OpenFailure {
  ok: false;
  /** What the file was taken for: a .gwdoc that failed to load, or a source the importer refused. */
  as: 'gwdoc' | 'import';
  message: string;
  /** The importer's refusal in English, with particulars (see ImportError). */
  detail?: string;
}

export type OpenResult = OpenedDocument | OpenFailure;

/**
 * The one way a file becomes a document, for 打开, 由上期报告新建 and every command of the CLI.
 * `content` is the file's bytes: a .gwdoc (known by sniffFileKind) is loaded and validated,
 * never imported as text; anything else goes through the importer. It may instead be the text
 * of a file the host already knew for a .gwdoc by the same sniffing (core/host/opened-file.ts).
 *
 * Asynchronous for one reason: the .gwdoc schema (gwdoc.ts, with zod) is loaded only when a
 * .gwdoc is opened, so the command line's import and export of a .txt or .docx never read it.
 */
export async function openDocument(name: string, content: Uint8Array | string, options: OpenOptions = {}): Promise<OpenResult> {
  if (typeof content === 'string' || sniffFileKind(content, name) === 'gwdoc') {
    const { parseGwdoc, parseGwdocBytes } = await import('./gwdoc.ts');
    const normalize = { normalize: options.normalize !== false };
    const parsed = typeof content === 'string' ? parseGwdoc(content, normalize) : parseGwdocBytes(content, normalize);
    return parsed.ok ? { ok: true, document: parsed.document, numberingProblems: [] } : { ok: false, as: 'gwdoc', message: parsed.error };
  }
  let imported;
  try {
    imported = importSource(content, { template: options.template, punctuation: options.punctuation === true, sectionsAsWritten: options.sectionsAsWritten === true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, as: 'import', message, ...(isImportError(error) ? { detail: error.detail } : {}) };
  }
  const { document, numberingProblems, recognised } = imported;
  return { ok: true, document, numberingProblems, imported: { report: importReport(name, imported), recognised } };
}
