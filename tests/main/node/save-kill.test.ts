import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { saveDocumentFile } from '../../../main/node/files.ts';
import { useTempDirs } from '../helpers.ts';
import { payload } from './save-kill-child.ts';

// The issue's promise: "a crash, kill or full disk at any point leaves either the old or the new
// file intact, never a torn one". A child process saves a large document over and over, the
// way the app saves, and is SIGKILLed at a random moment; then the file on disk must be one
// whole version, and one the child had got to.

const child = fileURLToPath(new URL('./save-kill-child.ts', import.meta.url));
const tempDir = useTempDirs();
/** About 5 MB of UTF-8 per save, long enough that most kills land inside a write. */
const CHARS = 2_000_000;
const ROUNDS = 16;
const PARALLEL = 4;
/** The kill comes this long (at most) after the first save started: several saves' worth. */
const MAX_DELAY_MS = 250;

interface Round {
  delay: number;
  started: number;
  done: number;
  target: string;
  dir: string;
}

async function killMidSave(dir: string, delay: number): Promise<Round> {
  const target = join(dir, '报告.gwdoc');
  await writeFile(target, payload(0, CHARS));
  const saver = spawn(process.execPath, ['--import', 'tsx', child, target, String(CHARS)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let errors = '';
  saver.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => saver.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    saver.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('start 1\n')) resolve();
    });
    saver.on('exit', () => reject(new Error(`the child ended before saving: ${errors}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delay));
  saver.kill('SIGKILL');
  // SIGKILL on Linux and macOS, TerminateProcess on Windows: nothing in the child runs after it.
  await exited;
  const last = (word: string) => Math.max(0, ...[...out.matchAll(new RegExp(`^${word} (\\d+)$`, 'gm'))].map((m) => Number(m[1])));
  return { delay, started: last('start'), done: last('done'), target, dir };
}

/** The version a file holds, or a description of how it is broken. */
async function versionIn(path: string): Promise<number | string> {
  const text = await readFile(path, 'utf8');
  let version: unknown;
  try {
    version = (JSON.parse(text) as { version: unknown }).version;
  } catch {
    return `torn (${text.length} characters, not JSON)`;
  }
  if (typeof version !== 'number') return 'no version';
  return text === payload(version, CHARS) ? version : `torn (version ${version}, content differs)`;
}

describe('a save killed mid-write (child process, SIGKILL at random moments)', () => {
  it(`leaves the old or the new file, never a torn one (${ROUNDS} kills)`, { timeout: 60_000 }, async () => {
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i += PARALLEL) {
      const batch = await Promise.all(Array.from({ length: Math.min(PARALLEL, ROUNDS - i) }, async () => killMidSave(await tempDir(), Math.floor(Math.random() * MAX_DELAY_MS))));
      rounds.push(...batch);
    }
    for (const round of rounds) {
      const context = `killed ${round.delay} ms in, after "start ${round.started}" / "done ${round.done}"`;
      // Between the last save that finished and the one that had started, and whole.
      const version = await versionIn(round.target);
      expect(typeof version, `${context}: ${version}`).toBe('number');
      expect(version as number, context).toBeGreaterThanOrEqual(round.done);
      expect(version as number, context).toBeLessThanOrEqual(round.started);
      // The backup is whole too, and not newer than the file (equal when the kill came between
      // the backup and the rename).
      const names = await readdir(round.dir);
      if (names.includes('报告.gwdoc.bak')) {
        const backup = await versionIn(`${round.target}.bak`);
        expect(typeof backup, `${context}: .bak ${backup}`).toBe('number');
        expect(backup as number, context).toBeLessThanOrEqual(version as number);
      }
      // Stray temp files may remain (nothing ran to remove them), only under their own names.
      for (const name of names) expect(name, context).toMatch(/^(报告\.gwdoc(\.bak)?|\.报告\.gwdoc(\.bak)?\.[0-9a-f]{12}\.tmp)$/);
      // And the next save works as usual beside them.
      await saveDocumentFile(round.target, payload(99, CHARS));
      expect(await versionIn(round.target)).toBe(99);
    }
    // The random delays must actually have caught saves in progress, not only the first one.
    expect(Math.max(...rounds.map((r) => r.started))).toBeGreaterThan(1);
  });
});
