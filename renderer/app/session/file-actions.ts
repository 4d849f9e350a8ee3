import type { GongwenDocument } from '../../../core/model.ts';
import type { OpenedFile } from '../../platform/platform.ts';
import { openHostFile } from './open-file.ts';
import { describeError, firstBodyIndex, type SessionStore } from './session-store.ts';

/** The host's messages are already Chinese sentences; some already say what failed. */
function openFailure(error: unknown): string {
  const message = describeError(error);
  return message.startsWith('无法打开') ? message : `无法打开文件：${message}`;
}

export interface FileActions {
  /** 新建: the template picker, after the unsaved-changes question. */
  requestNew(): void;
  /** 打开: the host's file chooser, after the unsaved-changes question. Call it from the click or key. */
  requestOpen(): void;
  /** 由上期报告新建: last period's report, then the target in a dialog. Call it from the click or key. */
  requestRollForward(): void;
  /** The file chooser at once (the template picker's 打开…, the question already answered). */
  openFromHost(): Promise<void>;
  rollForwardFromHost(): Promise<void>;
  /** 最近打开, a double-clicked .gwdoc, a second launch: a file the host opened for the user. */
  openFromOutside(file: OpenedFile): void;
  /** The import again, with the half-width marks made full-width (nothing typed yet to lose). */
  reimportWithPunctuation(file: OpenedFile): Promise<void>;
  /** A new document from the template picker: unsaved, the caret in its first body text. */
  createDocument(document: GongwenDocument): void;
  /** This period's report from the roll-forward dialog, with `placeholders` still to fill. */
  createRolledForward(document: GongwenDocument, placeholders: number): void;
}

/**
 * Opening, importing and rolling forward: each ends in `store.load` or leaves the open document
 * exactly as it was. `showCheck` opens 检查 when an import found numbering faults in its source.
 */
export function createFileActions(store: SessionStore, showCheck: () => void): FileActions {
  const { host } = store;
  const { notify } = store.options;

  /** The host's file chooser; null when cancelled or when it failed (the failure is shown). */
  async function pickHostFile(): Promise<OpenedFile | null> {
    try {
      return await host.openDocument();
    } catch (failure) {
      store.showError(openFailure(failure));
      return null;
    }
  }

  // A .gwdoc or a source to import, told apart the one way the command line does too.
  async function openFile(file: OpenedFile) {
    const opened = await openHostFile(file);
    if (!opened.ok) {
      // The open document stays exactly as it was: a bad file never replaces good work.
      if (opened.as === 'gwdoc') store.showError(`无法打开「${file.name}」：${opened.message}`);
      else store.showDialog({ kind: 'error', title: '无法导入', message: `无法导入「${file.name}」：${opened.message}` });
      return;
    }
    host.writeDraft(null);
    if (!opened.imported) {
      store.load(opened.document, { fileName: file.name, path: file.path }, { restoredDraft: false });
      return;
    }
    const { report } = opened.imported;
    const problems = report.numberingProblems.length ? report.numberingProblems : null;
    // Unsaved and unnamed: 保存 offers a name from the title and never overwrites the source file.
    store.load(opened.document, { fileName: null }, { restoredDraft: false, sourceProblems: problems });
    if (problems) showCheck();
    store.showDialog({ kind: 'import-report', report, file });
  }

  async function openFromHost() {
    const file = await pickHostFile();
    if (file) await openFile(file);
  }

  async function rollForwardFromHost() {
    const file = await pickHostFile();
    if (!file) return;
    const opened = await openHostFile(file);
    if (!opened.ok) {
      store.showDialog({ kind: 'error', title: '无法读取上期报告', message: `无法读取「${file.name}」：${opened.message}` });
      return;
    }
    store.showDialog({ kind: 'rollforward', last: opened.document, lastName: file.name });
  }

  return {
    requestNew: () => store.guardUnsaved(() => store.showDialog({ kind: 'new' }), '当前文档有未保存的修改。新建文档将放弃这些修改。', '放弃修改并新建', '保存后新建'),
    // Called straight from the click or keydown: the browser's file chooser needs that user gesture.
    requestOpen: () => store.guardUnsaved(() => void openFromHost(), '当前文档有未保存的修改。打开其他文档将放弃这些修改。', '放弃修改并打开', '保存后打开'),
    requestRollForward: () => store.guardUnsaved(() => void rollForwardFromHost(), '当前文档有未保存的修改。由上期报告新建将放弃这些修改。', '放弃修改并继续'),
    openFromHost,
    rollForwardFromHost,
    openFromOutside(file) {
      // A dialog already up is left to finish first.
      const { dialog } = store.getSnapshot();
      if (dialog?.kind === 'confirm' || dialog?.kind === 'draft') {
        notify(`请先关闭当前对话框，再打开「${file.name}」`);
        return;
      }
      store.guardUnsaved(() => void openFile(file), `当前文档有未保存的修改。打开「${file.name}」将放弃这些修改。`, '放弃修改并打开', '保存后打开');
    },
    async reimportWithPunctuation(file) {
      const opened = await openHostFile(file, { punctuation: true });
      if (!opened.ok) {
        store.showDialog({ kind: 'error', title: '无法导入', message: `无法导入「${file.name}」：${opened.message}` });
        return;
      }
      store.load(opened.document, { fileName: null }, { restoredDraft: false, sourceProblems: opened.numberingProblems.length ? opened.numberingProblems : null });
      notify('已将中文之间的半角标点改为全角');
    },
    createDocument(document) {
      store.load(document, { fileName: null }, { restoredDraft: false, focus: firstBodyIndex(document) });
    },
    createRolledForward(document, placeholders) {
      host.writeDraft(null);
      store.load(document, { fileName: null }, { restoredDraft: false, focus: firstBodyIndex(document) });
      // The count lives in the status line (还有 N 处待填), which follows every edit; a number here
      // would go stale with the first filled placeholder.
      notify(placeholders > 0 ? '已由上期报告新建，待填处已标出' : '已由上期报告新建');
    },
  };
}
