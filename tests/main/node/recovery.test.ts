import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { MAX_LISTED_DRAFTS, RecoveryStore } from '../../../main/node/recovery.ts';
import { createElectronDrafts } from '../../../renderer/platform/electron-drafts.ts';
import { useTempDirs } from '../helpers.ts';
import { draftText } from './recovery-child.ts';

const tempDir = useTempDirs();
const ID_A = '0f8e4c3a-1b2d-4e5f-8a9b-0c1d2e3f4a5b';
const ID_B = '7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d';

async function recoveryDir(): Promise<string> {
  return join(await tempDir(), 'recovery');
}

/** The page side (renderer/platform/electron-drafts.ts) talking to a store, IPC left out. */
function page(store: RecoveryStore, id = ID_B) {
  const drafts = createElectronDrafts(
    {
      listRecovery: () => store.list(),
      writeRecovery: ({ id, text }) => store.write(id, text),
      clearRecovery: (id) => store.clear(id),
    },
    () => id,
  );
  return drafts;
}

describe('RecoveryStore', () => {
  it('writes a draft to <dir>/<id>.json and lists it with the time it was written', async () => {
    const dir = await recoveryDir();
    const store = new RecoveryStore(dir);
    await store.write(ID_A, '{"draft":1}');
    expect(await readFile(join(dir, `${ID_A}.json`), 'utf8')).toBe('{"draft":1}');
    const [draft, ...rest] = await store.list();
    expect(rest).toEqual([]);
    expect(draft).toMatchObject({ id: ID_A, text: '{"draft":1}' });
    expect(Math.abs(Date.parse(draft!.savedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new RecoveryStore(await recoveryDir()).list()).toEqual([]);
  });

  it('finds the drafts of a session that never ended, at the next start', async () => {
    const dir = await recoveryDir();
    const crashed = new RecoveryStore(dir);
    await crashed.write(ID_A, 'unsaved work');
    // No endSession: the process died. The next start opens the same folder.
    const next = new RecoveryStore(dir);
    await next.sweep();
    expect((await next.list()).map((d) => [d.id, d.text])).toEqual([[ID_A, 'unsaved work']]);
  });

  it('finds a whole draft after the writing process is SIGKILLed mid-write, and sweeps its temp files', { timeout: 30_000 }, async () => {
    const dir = await recoveryDir();
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./recovery-child.ts', import.meta.url)), dir, ID_A], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('done 3\n')) resolve();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 40)));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const last = Math.max(...[...out.matchAll(/^done (\d+)$/gm)].map((m) => Number(m[1])));

    const next = new RecoveryStore(dir);
    await next.sweep();
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const [draft] = await next.list();
    const version = (JSON.parse(draft!.text) as { version: number }).version;
    expect(version).toBeGreaterThanOrEqual(last);
    expect(draft!.text).toBe(draftText(version));
  });

  it('restores: the page adopts the newest draft, writes replace it, a save removes it', async () => {
    const dir = await recoveryDir();
    await new RecoveryStore(dir).write(ID_A, 'before the crash');
    const store = new RecoveryStore(dir);
    const drafts = page(store);
    await drafts.ready;
    expect(drafts.read()).toBe('before the crash');
    // 恢复, then typing: the same draft file, not a second one.
    drafts.write('after the crash');
    await expect.poll(async () => (await store.list()).map((d) => [d.id, d.text])).toEqual([[ID_A, 'after the crash']]);
    // 保存: the draft is no longer needed.
    drafts.write(null);
    await expect.poll(() => readdir(dir)).toEqual([]);
  });

  it('discards: 丢弃 removes the recovered draft, and a new document gets a draft of its own later', async () => {
    const dir = await recoveryDir();
    await new RecoveryStore(dir).write(ID_A, 'old work');
    const store = new RecoveryStore(dir);
    const drafts = page(store);
    await drafts.ready;
    expect(drafts.read()).toBe('old work');
    drafts.write(null);
    await expect.poll(() => store.list()).toEqual([]);
  });

  it('offers the newest draft first and keeps the others for later starts', async () => {
    const dir = await recoveryDir();
    const old = new RecoveryStore(dir);
    await old.write(ID_B, 'older');
    await old.write(ID_A, 'newer');
    await utimes(join(dir, `${ID_B}.json`), new Date('2026-01-01'), new Date('2026-01-01'));
    const store = new RecoveryStore(dir);
    expect((await store.list()).map((d) => d.text)).toEqual(['newer', 'older']);
    const drafts = page(store, 'ffffffff-0000-4000-8000-000000000000');
    await drafts.ready;
    expect(drafts.read()).toBe('newer');
    drafts.write(null);
    await expect.poll(async () => (await store.list()).map((d) => d.text)).toEqual(['older']);
  });

  it('on a clean close removes what this session wrote, keeps earlier sessions drafts, ignores late writes', async () => {
    const dir = await recoveryDir();
    await new RecoveryStore(dir).write(ID_A, 'from a crashed session');
    const store = new RecoveryStore(dir);
    await store.write(ID_B, 'this session');
    await store.endSession();
    // The closing page's last flush arrives after the close.
    await store.write(ID_B, 'flushed on pagehide');
    expect((await store.list()).map((d) => d.id)).toEqual([ID_A]);
  });

  it('applies writes and removals of one id in the order they came', async () => {
    const dir = await recoveryDir();
    const store = new RecoveryStore(dir);
    const burst = [store.write(ID_A, '1'), store.write(ID_A, '2'), store.write(ID_A, '3')];
    await Promise.all(burst);
    expect(await readFile(join(dir, `${ID_A}.json`), 'utf8')).toBe('3');
    void store.write(ID_A, '4');
    await store.clear(ID_A);
    expect(await readdir(dir)).toEqual([]);
    void store.clear(ID_A);
    await store.write(ID_A, '5');
    expect(await readFile(join(dir, `${ID_A}.json`), 'utf8')).toBe('5');
  });

  it('refuses ids that are not draft names before touching the disk', async () => {
    const base = await tempDir();
    const dir = join(base, 'recovery');
    const store = new RecoveryStore(dir);
    for (const id of ['../escaped', '..', 'a/b/c/d/e', 'C:\\x\\y\\zzzz', 'abc', 'ABCDEFGH-1234', 'abcdefgh.json', 'com1', '']) {
      expect(() => store.write(id, 'x'), id).toThrow('恢复草稿的编号无效');
      expect(() => store.discard(id), id).toThrow('恢复草稿的编号无效');
      expect(() => store.clear(id), id).toThrow('恢复草稿的编号无效');
    }
    expect(await readdir(base)).toEqual([]);
  });

  it('lists only draft files: not temp files, foreign files, folders or empty drafts; at most MAX_LISTED_DRAFTS', async () => {
    const dir = await recoveryDir();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `.${ID_A}.json.0123456789ab.tmp`), 'half');
    await writeFile(join(dir, 'notes.txt'), 'x');
    await writeFile(join(dir, 'UPPER-CASE-ID.json'), 'x');
    await writeFile(join(dir, `${ID_B}.json`), '');
    await mkdir(join(dir, `${ID_A}.json`));
    const store = new RecoveryStore(dir);
    expect(await store.list()).toEqual([]);
    for (let i = 0; i < MAX_LISTED_DRAFTS + 3; i++) await store.write(`draft-${String(i).padStart(4, '0')}`, `d${i}`);
    expect(await store.list()).toHaveLength(MAX_LISTED_DRAFTS);
  });

  it('sweeps only the temp files interrupted writes left', async () => {
    const dir = await recoveryDir();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `.${ID_A}.json.0123456789ab.tmp`), 'half');
    await writeFile(join(dir, `${ID_A}.json`), 'whole');
    await writeFile(join(dir, 'keep.tmp'), 'not ours');
    await new RecoveryStore(dir).sweep();
    expect((await readdir(dir)).sort()).toEqual([`${ID_A}.json`, 'keep.tmp']);
  });
});

describe('createElectronDrafts (the page side)', () => {
  const host = (drafts: { id: string; savedAt: string; text: string }[] | Error) => ({
    listRecovery: vi.fn(async () => {
      if (drafts instanceof Error) throw drafts;
      return drafts;
    }),
    writeRecovery: vi.fn(async (_draft: { id: string; text: string }) => undefined),
    clearRecovery: vi.fn(async (_id: string) => undefined),
  });

  it('writes under a fresh id when nothing was recovered', async () => {
    const fake = host([]);
    const drafts = createElectronDrafts(fake, () => 'fresh-id-0001');
    await drafts.ready;
    expect(drafts.read()).toBeNull();
    drafts.write('{"a":1}');
    drafts.write(null);
    expect(fake.writeRecovery).toHaveBeenCalledWith({ id: 'fresh-id-0001', text: '{"a":1}' });
    expect(fake.clearRecovery).toHaveBeenCalledWith('fresh-id-0001');
  });

  it('reads the same draft however often the app asks (React runs initialisers twice in StrictMode)', async () => {
    const drafts = createElectronDrafts(host([{ id: ID_A, savedAt: '2026-11-01T08:00:00.000Z', text: 't' }]), () => 'fresh-id-0001');
    await drafts.ready;
    expect([drafts.read(), drafts.read()]).toEqual(['t', 't']);
  });

  it('starts with no draft when main cannot list them', async () => {
    const drafts = createElectronDrafts(host(new Error('gone')), () => 'fresh-id-0001');
    await drafts.ready;
    expect(drafts.read()).toBeNull();
  });
});
