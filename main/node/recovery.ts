import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_DRAFT_CHARS } from '../../core/limits.ts';
import { isRecoveryId, type RecoveredDraft } from '../../core/host/ipc-contract.ts';
import { readDocumentFile, writeFileAtomic } from './files.ts';

/** At most this many drafts are handed to the page at start, newest first. */
export const MAX_LISTED_DRAFTS = 20;
/** UTF-8 takes at most 3 bytes for each UTF-16 unit the page's string can hold. */
const MAX_DRAFT_BYTES = 3 * MAX_DRAFT_CHARS;
const DRAFT_FILE = /^([a-z0-9-]+)\.json$/;
/** What writeFileAtomic leaves behind when the process dies mid-write (see files.ts). */
const STRAY_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Crash recovery: the page's unsaved work, kept in `<userData>/recovery/<id>.json` while the
 * document is dirty (the renderer writes every few seconds while it changes).
 *
 * There is no "clean exit" marker: a draft is removed as soon as it is not needed (the document
 * was saved, replaced, discarded, or the window closed normally), so any draft present at start
 * is unsaved work from a session that ended badly (a crash, a kill, a power cut) and is offered
 * back. The single-instance lock makes this store the only writer of the folder.
 *
 * Ids come from the page, so each is checked against a strict pattern (isRecoveryId) before it
 * becomes a file name: no separators, no dots, lower case (one file per id on case-insensitive
 * disks too), at least 8 characters (never a reserved Windows name such as CON or COM1).
 */
export class RecoveryStore {
  /** Drafts this session wrote; removed when the session ends cleanly. */
  private readonly written = new Set<string>();
  /** Latest text per id waiting to be written; a burst of writes becomes one. */
  private readonly pending = new Map<string, string>();
  /** The queued (not yet started) write of each id, which later writes of that id join. */
  private readonly flushes = new Map<string, Promise<void>>();
  /** Every disk operation runs in order, so a write and a removal of one id never race. */
  private queue: Promise<unknown> = Promise.resolve();
  private ended = false;

  constructor(private readonly dir: string) {}

  /** Keeps `text` as the draft `id`; resolves once it is on disk (or superseded by a newer one). */
  write(id: string, text: string): Promise<void> {
    const file = this.fileFor(id);
    // A page that is closing may still flush its draft after the window's clean close.
    if (this.ended) return Promise.resolve();
    this.pending.set(id, text);
    const queued = this.flushes.get(id);
    if (queued) return queued;
    const flush: Promise<void> = this.enqueue(async () => {
      if (this.flushes.get(id) === flush) this.flushes.delete(id);
      const latest = this.pending.get(id);
      this.pending.delete(id);
      if (latest === undefined || this.ended) return;
      await nodeFs.mkdir(this.dir, { recursive: true });
      await writeFileAtomic(file, latest);
      this.written.add(id);
    });
    this.flushes.set(id, flush);
    return flush;
  }

  /** The page's own draft is not needed any more: its document was saved or replaced. */
  clear(id: string): Promise<void> {
    return this.remove(id);
  }

  /** The user chose 丢弃 for a draft recovered from an earlier session. */
  discard(id: string): Promise<void> {
    return this.remove(id);
  }

  /** Drafts on disk, newest first (by the time they were last written). */
  list(): Promise<RecoveredDraft[]> {
    return this.enqueue(async () => {
      const names = await nodeFs.readdir(this.dir).catch(() => [] as string[]);
      const found = await Promise.all(
        names.map(async (name) => {
          const id = DRAFT_FILE.exec(name)?.[1];
          if (!id || !isRecoveryId(id)) return null;
          const path = join(this.dir, name);
          try {
            const info = await nodeFs.stat(path);
            const { text } = await readDocumentFile(path, { maxBytes: MAX_DRAFT_BYTES });
            return text.length > 0 && text.length <= MAX_DRAFT_CHARS ? { id, savedAt: info.mtime.toISOString(), text, time: info.mtimeMs } : null;
          } catch {
            // Unreadable (removed meanwhile, damaged encoding): nothing to offer.
            return null;
          }
        }),
      );
      return found
        .filter((draft) => draft !== null)
        .sort((a, b) => b.time - a.time || a.id.localeCompare(b.id))
        .slice(0, MAX_LISTED_DRAFTS)
        .map(({ id, savedAt, text }) => ({ id, savedAt, text }));
    });
  }

  /**
   * At start, before any page runs: removes the temp files of writes a crash interrupted. Never
   * later, when a write of this session could be between its temp file and its rename.
   */
  sweep(): Promise<void> {
    return this.enqueue(async () => {
      const names = await nodeFs.readdir(this.dir).catch(() => [] as string[]);
      await Promise.all(names.filter((name) => STRAY_TEMP.test(name)).map((name) => nodeFs.rm(join(this.dir, name), { force: true }).catch(() => undefined)));
    });
  }

  /**
   * The window closed normally (saved, or the user chose 不保存): this session's drafts go, and
   * later writes are ignored. Drafts of earlier sessions that were neither restored nor
   * discarded stay, to be offered at the next start.
   */
  endSession(): Promise<void> {
    this.ended = true;
    this.pending.clear();
    this.flushes.clear();
    return this.enqueue(async () => {
      await Promise.all([...this.written].map((id) => this.removeFile(id)));
      this.written.clear();
    });
  }

  private remove(id: string): Promise<void> {
    this.fileFor(id);
    // A write queued before the removal must not bring the draft back; one after it may.
    this.pending.delete(id);
    this.flushes.delete(id);
    return this.enqueue(async () => {
      await this.removeFile(id);
      this.written.delete(id);
    });
  }

  private async removeFile(id: string): Promise<void> {
    await nodeFs.rm(this.fileFor(id), { force: true });
  }

  /** The draft's file; throws for an id that is not one (main checks before any disk access). */
  private fileFor(id: string): string {
    if (!isRecoveryId(id)) throw new Error('恢复草稿的编号无效，已拒绝');
    return join(this.dir, `${id}.json`);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
