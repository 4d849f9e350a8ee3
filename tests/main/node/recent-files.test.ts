import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, RecentFiles } from '../../../main/node/recent-files.ts';
import { useTempDirs } from '../helpers.ts';

const tempDir = useTempDirs();

async function files(dir: string, names: string[]): Promise<string[]> {
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      await writeFile(path, '{}');
      return path;
    }),
  );
}

describe('RecentFiles', () => {
  it('lists newest first, once per file, and survives a restart', async () => {
    const dir = await tempDir();
    const [a, b] = await files(dir, ['a.gwdoc', '报告.gwdoc']);
    const store = join(dir, 'recent.json');
    const recent = new RecentFiles(store);
    await recent.add(a!);
    await recent.add(b!);
    await recent.add(a!);
    const expected = [
      { path: a, name: 'a.gwdoc' },
      { path: b, name: '报告.gwdoc' },
    ];
    expect(await recent.list()).toEqual(expected);
    expect(await new RecentFiles(store).list()).toEqual(expected);
  });

  it(`keeps at most ${MAX_RECENT_FILES}`, async () => {
    const dir = await tempDir();
    const paths = await files(dir, Array.from({ length: 12 }, (_, i) => `${i}.gwdoc`));
    const recent = new RecentFiles(join(dir, 'recent.json'));
    for (const path of paths) await recent.add(path);
    const listed = await recent.list();
    expect(listed).toHaveLength(MAX_RECENT_FILES);
    expect(listed[0]!.name).toBe('11.gwdoc');
    expect(listed.at(-1)!.name).toBe('2.gwdoc');
  });

  it('hides files that were deleted, and removes and clears on request', async () => {
    const dir = await tempDir();
    const [a, b, c] = await files(dir, ['a.gwdoc', 'b.gwdoc', 'c.gwdoc']);
    const recent = new RecentFiles(join(dir, 'recent.json'));
    for (const path of [a!, b!, c!]) await recent.add(path);
    await rm(b!);
    expect((await recent.list()).map((f) => f.name)).toEqual(['c.gwdoc', 'a.gwdoc']);
    await recent.remove(c!);
    expect((await recent.list()).map((f) => f.name)).toEqual(['a.gwdoc']);
    expect(await recent.includes(a!)).toBe(true);
    expect(await recent.includes(c!)).toBe(false);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });

  it('does not lose an entry when two are added at once', async () => {
    const dir = await tempDir();
    const [a, b] = await files(dir, ['a.gwdoc', 'b.gwdoc']);
    const recent = new RecentFiles(join(dir, 'recent.json'));
    await Promise.all([recent.add(a!), recent.add(b!)]);
    expect((await recent.list()).map((f) => f.name).sort()).toEqual(['a.gwdoc', 'b.gwdoc']);
  });

  it('reads a damaged or foreign store as empty and replaces it on the next add', async () => {
    const dir = await tempDir();
    const [a] = await files(dir, ['a.gwdoc']);
    const store = join(dir, 'recent.json');
    for (const damaged of ['{not json', '{"version":2,"files":[]}', '[1,2,3]', '{"version":1,"files":[{"path":""}]}']) {
      await writeFile(store, damaged);
      expect(await new RecentFiles(store).list(), damaged).toEqual([]);
    }
    await new RecentFiles(store).add(a!);
    expect(JSON.parse(await readFile(store, 'utf8'))).toEqual({ version: 1, files: [{ path: a, name: 'a.gwdoc' }] });
  });

  it('treats paths differing only in case as one file on Windows', async () => {
    const dir = await tempDir();
    const store = join(dir, 'recent.json');
    const recent = new RecentFiles(store, { platform: 'win32' });
    await recent.add(join(dir, 'Report.gwdoc'));
    await recent.add(join(dir, 'report.gwdoc'));
    const stored = JSON.parse(await readFile(store, 'utf8')) as { files: unknown[] };
    expect(stored.files).toEqual([{ path: join(dir, 'report.gwdoc'), name: 'report.gwdoc' }]);
    const posix = new RecentFiles(join(dir, 'posix.json'), { platform: 'linux' });
    await posix.add(join(dir, 'Report.gwdoc'));
    await posix.add(join(dir, 'report.gwdoc'));
    expect((JSON.parse(await readFile(join(dir, 'posix.json'), 'utf8')) as { files: unknown[] }).files).toHaveLength(2);
  });
});
