/** The answer to 「要保存对……的修改吗？」 when the window closes with unsaved changes. */
export type CloseChoice = 'save' | 'discard' | 'cancel';

/** The buttons of that question, in the order the dialog shows them; Esc and the close box mean 取消. */
export const CLOSE_BUTTONS = ['保存', '不保存', '取消'] as const;
export const CLOSE_CANCEL_INDEX = 2;

export function closeChoiceFromButton(index: number): CloseChoice {
  return index === 0 ? 'save' : index === 1 ? 'discard' : 'cancel';
}

export interface CloseGuardOptions {
  /** Shows the question (a native dialog from main); `name` is the document's display name. */
  ask(name: string): CloseChoice;
  /** Asks the page to save, exactly as 文件 › 保存 does. */
  requestSave(): void;
  /** Closes the window again, this time for good. */
  closeWindow(): void;
  /** How long the page has to start the save before the close is dropped. */
  saveStartMs?: number;
  /** How long, after the file is written, the page has to report itself clean. */
  cleanMs?: number;
  setTimer?(callback: () => void, ms: number): unknown;
  clearTimer?(timer: unknown): void;
}

type State =
  | { kind: 'idle' }
  /** 保存 was chosen; the page was sent 文件 › 保存 and has not asked main to save yet. */
  | { kind: 'awaiting-save'; timer: unknown }
  /** The page's save request is with main (a save dialog may be open for minutes). */
  | { kind: 'saving' }
  /** The file was written; the page reports dirty: false next, through window:setTitle. */
  | { kind: 'awaiting-clean'; timer: unknown }
  | { kind: 'closing' };

/**
 * Closing the window with unsaved changes asks 保存 / 不保存 / 取消.
 *
 * Only the page holds the document, so 保存 goes the ordinary way: main sends the page the
 * 文件 › 保存 command, the page asks main to save (doc:save, maybe through a save dialog), and
 * when that has written the file and the page reports itself clean, the window closes. A save
 * that is cancelled or fails leaves the window open and the document dirty, with the page's own
 * error message. A page that never starts the save (a dialog of its own is open) or never turns
 * clean (the user typed during the save dialog) drops the close after a timeout instead of
 * closing the window at some later, surprising moment.
 *
 * A page that crashed cannot save or report; its window closes without asking, and its recovery
 * draft stays on disk to be offered at the next start.
 */
export class CloseGuard {
  private dirty = false;
  private name = '';
  private rendererGone = false;
  private state: State = { kind: 'idle' };
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: CloseGuardOptions) {
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** The page's state, from window:setTitle. */
  setState(state: { name: string; dirty: boolean }): void {
    this.dirty = state.dirty;
    this.name = state.name;
    if (!state.dirty && this.state.kind === 'awaiting-clean') this.closeNow();
  }

  /** The page's process is gone (crashed or killed). */
  setRendererGone(gone: boolean): void {
    this.rendererGone = gone;
  }

  /**
   * The window's 'close' event. Returns whether the close goes ahead; when not, the caller
   * cancels the event (event.preventDefault()).
   */
  onClose(): boolean {
    if (this.state.kind === 'closing' || !this.dirty || this.rendererGone) return true;
    // A save for a previous close is under way; that one closes the window when it is done.
    if (this.state.kind !== 'idle') return false;
    const choice = this.options.ask(this.name);
    if (choice === 'discard') {
      this.state = { kind: 'closing' };
      return true;
    }
    if (choice === 'save') {
      this.state = { kind: 'awaiting-save', timer: this.setTimer(() => this.drop('awaiting-save'), this.options.saveStartMs ?? 5000) };
      this.options.requestSave();
    }
    return false;
  }

  /** The page asked main to save (doc:save or doc:saveAs). */
  saveStarted(): void {
    if (this.state.kind !== 'awaiting-save') return;
    this.clearTimer(this.state.timer);
    this.state = { kind: 'saving' };
  }

  /** That save ended: `written` is false when it was cancelled or failed. */
  saveFinished(written: boolean): void {
    if (this.state.kind !== 'saving') return;
    if (!written) {
      this.state = { kind: 'idle' };
      return;
    }
    if (!this.dirty) {
      this.closeNow();
      return;
    }
    this.state = { kind: 'awaiting-clean', timer: this.setTimer(() => this.drop('awaiting-clean'), this.options.cleanMs ?? 3000) };
  }

  /** Wraps a save handler so the guard sees it start and end. */
  async track<T>(save: () => Promise<T | null>): Promise<T | null> {
    this.saveStarted();
    let result: T | null = null;
    try {
      result = await save();
      return result;
    } finally {
      this.saveFinished(result !== null);
    }
  }

  private drop(kind: State['kind']): void {
    if (this.state.kind === kind) this.state = { kind: 'idle' };
  }

  private closeNow(): void {
    if (this.state.kind === 'awaiting-clean') this.clearTimer(this.state.timer);
    this.state = { kind: 'closing' };
    this.options.closeWindow();
  }
}
