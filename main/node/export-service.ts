import { basename, dirname, extname, join } from 'node:path';
import type { ExportRequest, SavedFile } from '../../core/host/ipc-contract.ts';
import { DOCX_EXTENSION, documentFileName } from '../../core/file-name.ts';
import { writeFileAtomic } from './files.ts';
import type { PathGrants } from './path-grants.ts';

export interface ExportDialogs {
  /** Where the user wants the .docx, or null when they cancelled. */
  chooseExportPath(defaultPath: string): Promise<string | null>;
}

export interface ExportServiceOptions {
  dialogs: ExportDialogs;
  grants: Pick<PathGrants, 'has'>;
  /** Where the .docx of a never-saved document is first offered to go. */
  defaultFolder: string;
  /** Injectable so tests can make the write fail. */
  write?: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** The dialog's default name: the document's name with .docx instead of .gwdoc, safe for every file system. */
export function docxFileName(suggestedName: string): string {
  return documentFileName(suggestedName, DOCX_EXTENSION);
}

/** The path a save dialog returned, with .docx added when the user typed a bare name. */
export function withDocxExtension(path: string): string {
  return extname(path).toLowerCase() === DOCX_EXTENSION ? path : `${path}${DOCX_EXTENSION}`;
}

/**
 * 导出 Word in the app: the renderer builds the bytes (core/export/docx.ts runs there), main asks
 * where they go and writes them atomically, so a failed export never leaves a torn .docx or
 * destroys the one it was replacing. The .docx is offered next to the .gwdoc only when the user
 * granted that path; otherwise a renderer could learn nothing, but it could steer the dialog.
 */
export class ExportService {
  constructor(private readonly options: ExportServiceOptions) {}

  async exportDocx(request: ExportRequest): Promise<SavedFile | null> {
    const folder = request.path !== undefined && this.options.grants.has(request.path) ? dirname(request.path) : this.options.defaultFolder;
    const chosen = await this.options.dialogs.chooseExportPath(join(folder, docxFileName(request.suggestedName)));
    if (chosen === null) return null;
    const path = withDocxExtension(chosen);
    // writeFileAtomic's message is already Chinese and says whether an existing .docx survived.
    const write = this.options.write ?? ((target: string, bytes: Uint8Array) => writeFileAtomic(target, bytes));
    await write(path, request.bytes);
    return { path, name: basename(path) };
  }
}
