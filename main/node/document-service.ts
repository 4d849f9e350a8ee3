import { basename, dirname, join } from 'node:path';
import { parseGwdoc } from '../../core/gwdoc.ts';
import type { OpenedFile, RecentFile, SavedFile, SaveRequest } from '../../core/host/ipc-contract.ts';
import { documentFileName } from '../../core/file-name.ts';
import { withGwdocExtension } from './document-name.ts';
import { readOpenedFile, saveDocumentFile } from './files.ts';
import type { PathGrants } from './path-grants.ts';
import type { RecentFiles } from './recent-files.ts';

export interface DocumentDialogs {
  /** The file the user picked, or null when they cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  chooseSavePath(defaultPath: string): Promise<string | null>;
}

export interface DocumentServiceOptions {
  dialogs: DocumentDialogs;
  recent: RecentFiles;
  grants: PathGrants;
  /** Where a never-saved document is first offered to go (the user's Documents folder). */
  defaultFolder: string;
  /** After the recent list changed; `added` is the file just opened or saved. */
  onRecentChanged(added?: string): void;
}

/**
 * What the File menu does to files, behind the IPC handlers: dialogs, reading, atomic saving
 * and the recent list. Paths named by the renderer are honoured only when the user granted
 * them; anything else goes through a dialog.
 */
export class DocumentService {
  constructor(private readonly options: DocumentServiceOptions) {}

  async open(): Promise<OpenedFile | null> {
    const path = await this.options.dialogs.chooseFileToOpen();
    return path === null ? null : this.openTrusted(path);
  }

  /** A path the renderer asked for: only files the user opened, saved or has in the recent list. */
  async openPath(path: string): Promise<OpenedFile> {
    if (!this.options.grants.has(path) && !(await this.options.recent.includes(path))) {
      throw new Error('只能打开在对话框中选择过或在“最近打开”中的文件');
    }
    return this.openTrusted(path);
  }

  /** A path the user chose outside the page: a dialog, the command line, the 最近打开 menu. */
  async openTrusted(path: string): Promise<OpenedFile> {
    let file: OpenedFile;
    try {
      file = await readOpenedFile(path);
    } catch (error) {
      if (await this.options.recent.includes(path)) {
        await this.options.recent.remove(path).catch(() => undefined);
        this.options.onRecentChanged();
      }
      throw error;
    }
    await this.remember(path);
    return file;
  }

  async save(request: SaveRequest): Promise<SavedFile | null> {
    if (request.path !== undefined && this.options.grants.has(request.path)) return this.write(request.path, request.text);
    return this.saveAs(request);
  }

  async saveAs(request: SaveRequest): Promise<SavedFile | null> {
    const folder = request.path !== undefined && this.options.grants.has(request.path) ? dirname(request.path) : this.options.defaultFolder;
    const chosen = await this.options.dialogs.chooseSavePath(join(folder, documentFileName(request.suggestedName)));
    return chosen === null ? null : this.write(withGwdocExtension(chosen), request.text);
  }

  listRecent(): Promise<RecentFile[]> {
    return this.options.recent.list();
  }

  async clearRecent(): Promise<void> {
    await this.options.recent.clear();
    this.options.onRecentChanged();
  }

  private async write(path: string, text: string): Promise<SavedFile> {
    // A document the app could not open again is a renderer bug; refusing here keeps the last
    // good file on disk while the unsaved text is still in the window.
    const parsed = parseGwdoc(text, { normalize: false });
    if (!parsed.ok) throw new Error(`文档内容无效，没有保存：${parsed.error}`);
    await saveDocumentFile(path, text);
    await this.remember(path);
    return { path, name: basename(path) };
  }

  private async remember(path: string): Promise<void> {
    this.options.grants.grant(path);
    // The recent list is a convenience; failing to update it must not fail the open or save.
    await this.options.recent.add(path).catch(() => undefined);
    this.options.onRecentChanged(path);
  }
}
