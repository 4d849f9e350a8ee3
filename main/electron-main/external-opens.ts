/** The window side of opening a file named outside the page. */
export interface ExternalOpenTarget {
  /** Brings the window to the front (restored if minimised). */
  focus(): void;
  /** Reads the file and hands it to the page; a failure is the caller's to show. */
  open(path: string): Promise<void>;
}

/**
 * Routes files named outside the page (the command line of this or a second launch, macOS's
 * open-file, 最近打开) to the window. Before the window exists they wait; the window shows one
 * document, so only the last of them is opened. A second launch without a file only brings the
 * window forward.
 */
export class ExternalOpens {
  private target: ExternalOpenTarget | null = null;
  private waiting: string | null = null;

  constructor(private readonly onError: (path: string, error: unknown) => void) {}

  request(path: string): void {
    if (!this.target) {
      this.waiting = path;
      return;
    }
    const target = this.target;
    target.focus();
    target.open(path).catch((error: unknown) => this.onError(path, error));
  }

  /** A second launch: its file, or just the window to the front. */
  secondLaunch(path: string | null): void {
    if (path !== null) this.request(path);
    else this.target?.focus();
  }

  attach(target: ExternalOpenTarget): void {
    this.target = target;
    const path = this.waiting;
    this.waiting = null;
    if (path !== null) this.request(path);
  }

  detach(): void {
    this.target = null;
  }
}
