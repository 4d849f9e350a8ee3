/**
 * When unsaved work is copied to the draft store. Writing a draft serialises the whole document
 * (tens of milliseconds at 1,000 pages), so it must not land between a keystroke and its frame:
 * it waits until typing pauses for `quietMs`, or at most `maxWaitMs` after the first change not
 * yet in the draft (so a crash during non-stop typing loses seconds, not minutes), and then runs
 * when the browser is idle.
 */
export interface DraftScheduleOptions {
  quietMs: number;
  maxWaitMs: number;
  write(): void;
  /** Timers and idle callbacks, injectable for tests. */
  clock?: DraftClock;
}

export interface DraftClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `callback` at the next idle moment (at the latest after `timeoutMs`); returns a cancel. */
  whenIdle(callback: () => void, timeoutMs: number): () => void;
}

const IDLE_TIMEOUT_MS = 1000;

export const browserClock: DraftClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  whenIdle(callback, timeoutMs) {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(callback, { timeout: timeoutMs });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(callback, 0);
    return () => window.clearTimeout(id);
  },
};

export class DraftSchedule {
  private readonly clock: DraftClock;
  /** When the oldest change not yet written happened, or null when the draft is current. */
  private firstPending: number | null = null;
  private timer: unknown = null;
  private cancelIdle: (() => void) | null = null;

  constructor(private readonly options: DraftScheduleOptions) {
    this.clock = options.clock ?? browserClock;
  }

  /** Call on every content change. */
  changed(): void {
    const now = this.clock.now();
    this.firstPending ??= now;
    if (this.cancelIdle) return; // a write is already waiting for idle time; it will include this change
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    const due = Math.min(now + this.options.quietMs, this.firstPending + this.options.maxWaitMs);
    this.timer = this.clock.setTimeout(() => this.writeWhenIdle(), Math.max(0, due - now));
  }

  /** Writes now if anything is pending (the window is going away). */
  flush(): void {
    if (this.firstPending === null) return;
    this.stop();
    this.write();
  }

  /** Forgets pending work (the document was saved or closed). */
  cancel(): void {
    this.stop();
    this.firstPending = null;
  }

  private writeWhenIdle(): void {
    this.timer = null;
    this.cancelIdle = this.clock.whenIdle(() => {
      this.cancelIdle = null;
      this.write();
    }, IDLE_TIMEOUT_MS);
  }

  private write(): void {
    this.firstPending = null;
    this.options.write();
  }

  private stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }
}
