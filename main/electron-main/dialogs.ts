import { dialog, type BrowserWindow } from 'electron';
import { CLOSE_BUTTONS, CLOSE_CANCEL_INDEX, closeChoiceFromButton, type CloseChoice } from './close-guard.ts';
import type { DocumentDialogs } from '../node/document-service.ts';
import type { ExportDialogs, ExportKind } from '../node/export-service.ts';
import { APP_NAME } from './window-title.ts';

const GWDOC_FILTER = { name: '公文文档 (*.gwdoc)', extensions: ['gwdoc'] };
const OPENABLE_FILTER = { name: '公文、Word 文档和文本 (*.gwdoc, *.docx, *.txt)', extensions: ['gwdoc', 'docx', 'txt'] };

export function createDocumentDialogs(window: () => BrowserWindow | null): DocumentDialogs {
  return {
    async chooseFileToOpen() {
      const options = { title: '打开公文', properties: ['openFile' as const], filters: [OPENABLE_FILTER, GWDOC_FILTER, { name: 'Word 文档 (*.docx)', extensions: ['docx'] }, { name: '文本文件 (*.txt)', extensions: ['txt'] }, { name: '所有文件', extensions: ['*'] }] };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(defaultPath) {
      const options = { title: '保存公文', defaultPath, filters: [GWDOC_FILTER], properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

const EXPORT_DIALOGS: Record<ExportKind, { title: string; filter: { name: string; extensions: string[] } }> = {
  docx: { title: '导出 Word', filter: { name: 'Word 文档 (*.docx)', extensions: ['docx'] } },
  pdf: { title: '导出 PDF', filter: { name: 'PDF 文档 (*.pdf)', extensions: ['pdf'] } },
};

export function createExportDialogs(window: () => BrowserWindow | null): ExportDialogs {
  return {
    async chooseExportPath(defaultPath, kind) {
      const { title, filter } = EXPORT_DIALOGS[kind];
      const options = { title, defaultPath, filters: [filter], properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

/** Asked when the window closes with unsaved changes: 保存 / 不保存 / 取消, as Word asks. */
export function askSaveBeforeClose(window: BrowserWindow, name: string): CloseChoice {
  const index = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: APP_NAME,
    message: name ? `要保存对「${name}」的修改吗？` : '要保存对文档的修改吗？',
    detail: '如果不保存，所做的修改将会丢失。',
    buttons: [...CLOSE_BUTTONS],
    defaultId: 0,
    cancelId: CLOSE_CANCEL_INDEX,
    noLink: true,
  });
  return closeChoiceFromButton(index);
}
