import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { recentFile, type RecentFile } from '../../core/host/ipc-contract.ts';
import { writeFileAtomic } from './files.ts';
import { pathKey } from './path-key.ts';

export const MAX_RECENT_FILES = 10;

const storeSchema = z.object({ version: z.literal(1), files: z.array(recentFile) });

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/**
 * The 最近打开 list, newest first, kept as a small JSON file (in the app's userData folder).
 * A missing or damaged store reads as empty rather than stopping the app.
 */
export class RecentFiles {
  private readonly max: number;
  private readonly platform: NodeJS.Platform;
  /** Writes are chained so two quick saves cannot interleave their read-modify-write. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storePath: string,
    options: { max?: number; platform?: NodeJS.Platform } = {},
  ) {
    this.max = options.max ?? MAX_RECENT_FILES;
    this.platform = options.platform ?? process.platform;
  }

  /** Entries whose file still exists. */
  async list(): Promise<RecentFile[]> {
    await this.queue;
    const files = await this.read();
    const present = await Promise.all(files.map((file) => isFile(file.path)));
    return files.filter((_, i) => present[i]);
  }

  async includes(path: string): Promise<boolean> {
    const key = pathKey(path, this.platform);
    return (await this.list()).some((file) => pathKey(file.path, this.platform) === key);
  }

  add(path: string): Promise<RecentFile[]> {
    const absolute = resolve(path);
    return this.update((files) => [{ path: absolute, name: basename(absolute) }, ...files.filter((file) => pathKey(file.path, this.platform) !== pathKey(absolute, this.platform))]);
  }

  remove(path: string): Promise<RecentFile[]> {
    const key = pathKey(path, this.platform);
    return this.update((files) => files.filter((file) => pathKey(file.path, this.platform) !== key));
  }

  clear(): Promise<RecentFile[]> {
    return this.update(() => []);
  }

  private update(change: (files: RecentFile[]) => RecentFile[]): Promise<RecentFile[]> {
    const next = this.queue.then(async () => {
      const files = change(await this.read()).slice(0, this.max);
      await writeFileAtomic(this.storePath, JSON.stringify({ version: 1, files }, null, 1));
      return files;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<RecentFile[]> {
    try {
      const parsed = storeSchema.safeParse(JSON.parse(await readFile(this.storePath, 'utf8')));
      return parsed.success ? parsed.data.files.slice(0, this.max) : [];
    } catch {
      return [];
    }
  }
}
