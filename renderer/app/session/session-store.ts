import { serializeGwdoc } from '../../../core/gwdoc.ts';
import { exportBlockers } from '../../../core/check/export-blockers.ts';
import type { GongwenDocument } from '../../../core/model.ts';
import type { EditorOptions } from '../../editor/index.ts';
import type { Platform } from '../../platform/platform.ts';
import type { SourceProblem } from '../CheckPanel.tsx';
import type { DialogState } from './dialog-state.ts';
import { createSession, currentDocument, suggestedName, type DocSession } from './doc-session.ts';
import { decodeDraft, encodeDraft, type Draft } from './draft.ts';
import { DraftSchedule, type DraftClock } from './draft-schedule.ts';
import { exportWord } from './export-word.ts';
import { EXPORT_VERBS, runPrintJob, type ExportTarget, type PrintJob } from './print-job.ts';

/** Unsaved work goes to the draft store once typing pauses this long… */
const DRAFT_QUIET_MS = 1000;
/** …or, during non-stop typing, at most this long after the first change not yet in it. */
const DRAFT_MAX_WAIT_MS = 5000;

/** What the window shows of the open document; replaced whole on every change (useSyncExternalStore). */
export interface SessionState {
  session: DocSession | null;
  dirty: boolean;
  /** The unsaved changes are safe in the draft store. */
  draftSaved: boolean;
  /** An open, save or export failure, shown above the page until dismissed. */
  error: string | null;
  dialog: DialogState;
  /** The source's numbering faults, while the document is as imported. */
  sourceProblems: SourceProblem[] | null;
  /** 打印 or 导出 PDF under way: the window mounts the print view for it. */
  printing: PrintJob | null;
}

/** What the session asks of its host. */
export type SessionHost = Pick<Platform, 'kind' | 'openDocument' | 'saveDocument' | 'saveDocumentAs' | 'saveExport' | 'print' | 'savePdf' | 'writeDraft' | 'readDraft'>;

export interface SessionStoreOptions {
  host: SessionHost;
  /** A sentence for the status line (editor refusals, 已保存…). */
  notify: EditorOptions['notify'];
  /** Told on every content change, before the store's own bookkeeping. */
  edited?(): void;
  /** Timers for the draft schedule; the browser's by default. */
  clock?: DraftClock;
}

export interface LoadOptions {
  /** A restored draft is unsaved work that is already safe in the draft store. */
  restoredDraft: boolean;
  /** The block the caret goes to once the page is mounted. */
  focus?: number;
  sourceProblems?: SourceProblem[] | null;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first body paragraph of the first section: where a new document's writing starts. */
export function firstBodyIndex(document: GongwenDocument): number {
  const heading = document.blocks.findIndex((block) => block.type === 'heading');
  return heading >= 0 && heading + 1 < document.blocks.length ? heading + 1 : 0;
}

/**
 * The open document's session: which document, whether it has unsaved changes, its draft, the
 * dialog asking about it; load, save and export. A small external store with no DOM of its own,
 * so it runs (and is tested) in Node; the window subscribes through useDocumentSession.
 */
export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  /** Bumped on every content change; compared with what the draft and the last save hold. */
  private version = 0;
  private draftVersion = 0;
  private pendingFocus: number | null = null;
  private readonly schedule: DraftSchedule;

  constructor(readonly options: SessionStoreOptions) {
    const draft = this.readStoredDraft();
    this.state = { session: null, dirty: false, draftSaved: false, error: null, dialog: draft ? { kind: 'draft', draft } : { kind: 'new' }, sourceProblems: null, printing: null };
    this.schedule = new DraftSchedule({ quietMs: DRAFT_QUIET_MS, maxWaitMs: DRAFT_MAX_WAIT_MS, write: () => this.writeDraftNow(), ...(options.clock ? { clock: options.clock } : {}) });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionState => this.state;

  get host(): SessionHost {
    return this.options.host;
  }

  /** Merges `patch` into the state; listeners hear of it only when something changed. */
  update(patch: Partial<SessionState>): void {
    const next = { ...this.state, ...patch };
    if ((Object.keys(patch) as (keyof SessionState)[]).every((key) => next[key] === this.state[key])) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  load(document: GongwenDocument, file: { fileName: string | null; path?: string | undefined }, options: LoadOptions): void {
    const session = createSession(document, file, this.options.notify, () => this.edited());
    this.version = 0;
    this.draftVersion = 0;
    this.pendingFocus = options.focus ?? null;
    this.update({ session, dirty: options.restoredDraft, draftSaved: options.restoredDraft, error: null, dialog: null, sourceProblems: options.sourceProblems ?? null });
  }

  /** Runs `action`, first asking whether to drop unsaved changes when there are any. */
  guardUnsaved(action: () => void, message: string, confirmLabel: string, saveLabel = '保存后继续'): void {
    if (!this.state.dirty) {
      action();
      return;
    }
    this.showDialog({
      kind: 'confirm',
      message,
      confirmLabel,
      onConfirm: () => {
        this.closeDialog();
        action();
      },
      // 保存 first, as Word offers: the action goes on only once the file holds every change (a
      // save dialog cancelled, or a failed save, leaves the document open as it was).
      saveLabel,
      onSave: () => {
        this.closeDialog();
        void this.save(false).then(() => {
          if (!this.state.dirty) action();
        });
      },
    });
  }

  showDialog(dialog: NonNullable<DialogState>): void {
    this.update({ dialog });
  }

  closeDialog(): void {
    this.update({ dialog: null });
  }

  showError(error: string | null): void {
    this.update({ error });
  }

  /** The block to put the caret in now that the loaded document's page is mounted, once. */
  takePendingFocus(): number | null {
    const index = this.pendingFocus;
    this.pendingFocus = null;
    return index;
  }

  /** The editor's content changed (typed, pasted, undone…). */
  edited(): void {
    this.version++;
    this.options.edited?.();
    // The source's numbering faults point at blocks as imported; after an edit they may not.
    this.update({ dirty: true, draftSaved: false, sourceProblems: null });
    this.schedule.changed();
  }

  async save(as: boolean): Promise<void> {
    const current = this.state.session;
    if (!current) return;
    const savedVersion = this.version;
    const request = { path: current.path, suggestedName: suggestedName(current), text: serializeGwdoc(currentDocument(current)) };
    let saved;
    try {
      saved = as ? await this.host.saveDocumentAs(request) : await this.host.saveDocument(request);
    } catch (failure) {
      this.showError(`保存失败：${describeError(failure)}`);
      return;
    }
    const session = this.state.session;
    if (!saved || session?.docKey !== current.docKey) return;
    const { name, path } = saved;
    // Typing during the save dialog made changes the file does not hold: stay dirty then.
    const holdsAll = this.version === savedVersion;
    this.update({ session: { ...session, fileName: name, path }, ...(holdsAll ? { dirty: false, draftSaved: false } : {}) });
    if (holdsAll) this.host.writeDraft(null);
    this.options.notify(`已保存「${name}」`);
  }

  /**
   * 导出 Word, 导出 PDF and 打印: first, while 检查 finds anything blocking (unfilled placeholders
   * too), the clerk is told what and where.
   */
  requestExport(target: ExportTarget = 'docx'): void {
    const current = this.state.session;
    if (!current) return;
    const { sourceProblems } = this.state;
    const findings = exportBlockers(currentDocument(current), sourceProblems ? { numberingProblems: sourceProblems } : {});
    if (findings.length > 0) this.showDialog({ kind: 'export-blockers', findings, target });
    else void this.exportDocument(target);
  }

  async exportDocument(target: ExportTarget = 'docx'): Promise<void> {
    const current = this.state.session;
    if (!current) return;
    if (target !== 'docx') return this.startPrint(current, target);
    let saved;
    try {
      saved = await exportWord(this.host, currentDocument(current), { path: current.path, suggestedName: suggestedName(current) });
    } catch (failure) {
      // Nothing of the document is touched: the export only reads it.
      this.showError(`${EXPORT_VERBS.docx.failed}：${describeError(failure)}`);
      return;
    }
    if (saved) this.options.notify(`已导出「${saved.name}」`);
  }

  /** Mounts the print view (through `printing`); printViewReady prints it once it is drawn. */
  private startPrint(current: DocSession, target: 'pdf' | 'print'): void {
    if (this.state.printing) return;
    // The browser has no PDF writer of its own to offer: its print dialog saves as PDF.
    if (target === 'pdf' && this.host.kind === 'browser') this.options.notify('请在打印对话框中将「目标打印机」选为「另存为 PDF」');
    this.update({ printing: { target, document: currentDocument(current), path: current.path, suggestedName: suggestedName(current) } });
  }

  /** The print view is drawn: print it or save it as PDF, then take it away. `page` is the window's document. */
  async printViewReady(page: { title: string }): Promise<void> {
    const job = this.state.printing;
    if (!job) return;
    let result;
    try {
      result = await runPrintJob(this.host, job, page);
    } catch (failure) {
      this.showError(`${EXPORT_VERBS[job.target].failed}：${describeError(failure)}`);
      return;
    } finally {
      this.update({ printing: null });
    }
    if (result && typeof result === 'object') this.options.notify(`已导出「${result.name}」`);
  }

  /** Copies unsaved work to the draft store, if anything is not there yet. */
  writeDraftNow(): void {
    const { session, dirty } = this.state;
    if (!session || !dirty || this.draftVersion === this.version) return;
    try {
      this.host.writeDraft(encodeDraft(currentDocument(session), session));
    } catch (failure) {
      this.options.notify(`草稿未能暂存：${describeError(failure)}`);
      return;
    }
    this.draftVersion = this.version;
    this.update({ draftSaved: true });
  }

  restoreDraft(draft: Draft): void {
    this.load(draft.document, draft, { restoredDraft: true });
    // Written again at once, so the host counts the restored draft as this session's own:
    // closing with 不保存 then removes it instead of offering it once more.
    this.host.writeDraft(encodeDraft(draft.document, draft));
  }

  discardDraft(): void {
    this.host.writeDraft(null);
    this.showDialog({ kind: 'new' });
  }

  /** Stops the draft timers (the window is going away or the store is no longer used). */
  dispose(): void {
    this.schedule.cancel();
  }

  private readStoredDraft(): Draft | null {
    try {
      return decodeDraft(this.host.readDraft());
    } catch {
      return null;
    }
  }
}
