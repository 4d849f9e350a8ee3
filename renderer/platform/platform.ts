import type { HostApi, InvokeArgs } from '../../core/host/host-channels.ts';
import type { ExportRequest, MenuCommand, OpenedFile, PdfRequest, RecentFile, SavedFile, SaveRequest, SourceFile } from '../../core/host/ipc-contract.ts';

export type { ExportRequest, MenuCommand, OpenedFile, PdfRequest, RecentFile, SavedFile, SaveRequest, SourceFile };

/**
 * Everything the renderer asks of its host. The Electron preload backs it in the app; the
 * browser implementation backs `npm run web` and the e2e tests. UI code uses nothing else.
 * Its signatures are the host API's (core/host/host-channels.ts), so the two cannot drift.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for a document; null when they cancel. */
  openDocument: HostApi['openDocument'];
  openRecent(file: RecentFile): ReturnType<HostApi['openPath']>;
  /** Saves in place when the document has a path, else asks where; null when cancelled. */
  saveDocument: HostApi['saveDocument'];
  saveDocumentAs: HostApi['saveDocumentAs'];
  /** Puts an exported .docx where the user wants it (a download in the browser); null when cancelled. */
  saveExport: HostApi['exportDocx'];
  /**
   * Prints the page (its print view, mounted by the caller): the system dialog in the app, the
   * browser's print otherwise; false when cancelled, where the host can tell.
   */
  print: HostApi['printDocument'];
  /** Saves the page as PDF where the user wants it; the browser can only offer its print dialog (null). */
  savePdf: HostApi['exportPdf'];
  listRecent: HostApi['listRecent'];
  /** Fire and forget: a title that failed to update is not worth an error in the UI. */
  setTitle(...args: InvokeArgs<'setTitle'>): void;
  onMenuCommand: HostApi['onMenuCommand'];
  /** Keeps unsaved work somewhere it survives a reload or crash; null clears it. */
  writeDraft(text: string | null): void;
  readDraft(): string | null;
}
