import { basename, dirname, extname, join } from 'node:path';
import type { ExportRequest, PdfRequest, SavedFile } from '../../core/host/ipc-contract.ts';
import { DOCX_EXTENSION, documentFileName, PDF_EXTENSION } from '../../core/file-name.ts';
import { writeFileAtomic } from './files.ts';
import type { PathGrants } from './path-grants.ts';
import { withPdfInfo } from './pdf-info.ts';

/** What an export writes: the dialog's title and filter follow it. */
export type ExportKind = 'docx' | 'pdf';

export interface ExportDialogs {
  /** Where the user wants the file, or null when they cancelled. */
  chooseExportPath(defaultPath: string, kind: ExportKind): Promise<string | null>;
}

export interface ExportServiceOptions {
  dialogs: ExportDialogs;
  grants: Pick<PathGrants, 'has'>;
  /** Where the export of a never-saved document is first offered to go. */
  defaultFolder: string;
  /** Injectable so tests can make the write fail. */
  write?: (path: string, bytes: Uint8Array) => Promise<void>;
}

const EXTENSIONS: Record<ExportKind, string> = { docx: DOCX_EXTENSION, pdf: PDF_EXTENSION };

/** The dialog's default name: the document's name with .docx instead of .gwdoc, safe for every file system. */
export function docxFileName(suggestedName: string): string {
  return documentFileName(suggestedName, DOCX_EXTENSION);
}

/** The path a save dialog returned, with the extension added when the user typed a bare name. */
export function withExtension(path: string, kind: ExportKind): string {
  const extension = EXTENSIONS[kind];
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`;
}

export function withDocxExtension(path: string): string {
  return withExtension(path, 'docx');
}

/**
 * 导出 Word and 导出 PDF in the app: the renderer builds the .docx (core/export/docx.ts runs
 * there) or the window prints itself to PDF; main asks where they go and writes them atomically,
 * so a failed export never leaves a torn file or destroys the one it was replacing. The file is
 * offered next to the .gwdoc only when the user granted that path; otherwise a renderer could
 * learn nothing, but it could steer the dialog.
 */
export class ExportService {
  constructor(private readonly options: ExportServiceOptions) {}

  exportDocx(request: ExportRequest): Promise<SavedFile | null> {
    return this.export(request, 'docx', async () => request.bytes);
  }

  /**
   * `render` prints the page to PDF; it runs only once a place is chosen. The title and author
   * go into the PDF's metadata (Chromium writes the page's title but no author).
   */
  exportPdf(request: PdfRequest, render: () => Promise<Uint8Array>): Promise<SavedFile | null> {
    return this.export(request, 'pdf', async () => withPdfInfo(await render(), { title: request.title, author: request.author }));
  }

  private async export(request: { path?: string | undefined; suggestedName: string }, kind: ExportKind, bytes: () => Promise<Uint8Array>): Promise<SavedFile | null> {
    const folder = request.path !== undefined && this.options.grants.has(request.path) ? dirname(request.path) : this.options.defaultFolder;
    const chosen = await this.options.dialogs.chooseExportPath(join(folder, documentFileName(request.suggestedName, EXTENSIONS[kind])), kind);
    if (chosen === null) return null;
    const path = withExtension(chosen, kind);
    const content = await bytes();
    // writeFileAtomic's message is already Chinese and says whether an existing file survived.
    const write = this.options.write ?? ((target: string, data: Uint8Array) => writeFileAtomic(target, data));
    await write(path, content);
    return { path, name: basename(path) };
  }
}
