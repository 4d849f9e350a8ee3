import type { ExportRequest, MenuCommand, OpenedFile, RecentFile, SavedFile, SaveRequest, SourceFile } from '../../core/host/ipc-contract.ts';

export type { ExportRequest, MenuCommand, OpenedFile, RecentFile, SavedFile, SaveRequest, SourceFile };

/**
 * Everything the renderer asks of its host. The Electron preload backs it in the app; the
 * browser implementation backs `npm run web` and the e2e tests. UI code uses nothing else.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for a document; null when they cancel. */
  openDocument(): Promise<OpenedFile | null>;
  openRecent(file: RecentFile): Promise<OpenedFile>;
  /** Saves in place when the document has a path, else asks where; null when cancelled. */
  saveDocument(request: SaveRequest): Promise<SavedFile | null>;
  saveDocumentAs(request: SaveRequest): Promise<SavedFile | null>;
  /** Puts an exported .docx where the user wants it (a download in the browser); null when cancelled. */
  saveExport(request: ExportRequest): Promise<SavedFile | null>;
  listRecent(): Promise<RecentFile[]>;
  setTitle(state: { name: string; dirty: boolean }): void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Keeps unsaved work somewhere it survives a reload or crash; null clears it. */
  writeDraft(text: string | null): void;
  readDraft(): string | null;
}
