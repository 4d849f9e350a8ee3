import * as fs from 'node:fs/promises';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile, saveDocumentFile, writeFileAtomic, type AtomicWriteFs } from '../../../main/node/files.ts';
import { useTempDirs } from '../helpers.ts';

const tempDir = useTempDirs();
const failure = (code: string) => Object.assign(new Error(`simulated ${code}`), { code });

describe('writeFileAtomic / saveDocumentFile', () => {
  it('creates a new file and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, '报告.gwdoc');
    await saveDocumentFile(file, '新内容');
    expect(await readFile(file, 'utf8')).toBe('新内容');
    expect(await readdir(dir)).toEqual(['报告.gwdoc']);
  });

  it('keeps the replaced version as NAME.gwdoc.bak, one version deep', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.gwdoc');
    await saveDocumentFile(file, 'v1');
    await saveDocumentFile(file, 'v2');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('v1');
    await saveDocumentFile(file, 'v3');
    expect(await readFile(file, 'utf8')).toBe('v3');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('v2');
    expect((await readdir(dir)).sort()).toEqual(['a.gwdoc', 'a.gwdoc.bak']);
  });

  it('writes no .bak unless asked', async () => {
    const dir = await tempDir();
    const file = join(dir, 'recent.json');
    await writeFileAtomic(file, '1');
    await writeFileAtomic(file, '2');
    expect(await readdir(dir)).toEqual(['recent.json']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await saveDocumentFile(file, 'new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['the write of the new content', 'ENOSPC', /磁盘空间不足/],
    ['the rename over the old file', 'EBUSY', /占用/],
    ['the copy to .bak', 'EACCES', /没有权限/],
  ])('leaves the old file intact and removes the temp file when %s fails', async (_step, code, reason) => {
    const dir = await tempDir();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, '旧内容');
    const failing: AtomicWriteFs = {
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        if (code !== 'ENOSPC') return handle;
        return Object.assign(Object.create(handle) as fs.FileHandle, {
          writeFile: async () => {
            await handle.write('半截');
            throw failure(code);
          },
          close: () => handle.close(),
          sync: () => handle.sync(),
        });
      }) as typeof fs.open,
      rename: async (...args) => (code === 'EBUSY' ? Promise.reject(failure(code)) : fs.rename(...args)),
      copyFile: async (...args) => (code === 'EACCES' ? Promise.reject(failure(code)) : fs.copyFile(...args)),
    };
    const attempt = saveDocumentFile(file, '新内容', { fs: failing });
    await expect(attempt).rejects.toThrow(reason);
    await expect(attempt).rejects.toThrow('保存「a.gwdoc」失败');
    await expect(attempt).rejects.toThrow('原来的文件没有改动');
    expect(await readFile(file, 'utf8')).toBe('旧内容');
    // A failed rename comes after the backup copy, so .bak may exist, but only as the old text.
    const left = (await readdir(dir)).sort();
    expect(left.filter((name) => name !== 'a.gwdoc.bak')).toEqual(['a.gwdoc']);
    if (left.includes('a.gwdoc.bak')) expect(await readFile(`${file}.bak`, 'utf8')).toBe('旧内容');
  });

  it('writes a temp file beside the target, fsyncs it, backs up, and only then renames over', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, '旧内容');
    const calls: string[] = [];
    const name = (path: string) => (path.startsWith(dir) ? path.slice(dir.length + 1).replace(/\.[0-9a-f]{12}\.tmp$/, '.*.tmp') : path);
    const recording: AtomicWriteFs = {
      ...fs,
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await fs.open(path, flags, mode);
        calls.push(`open ${name(path)} ${flags}`);
        return Object.assign(Object.create(handle) as fs.FileHandle, {
          writeFile: async (...args: Parameters<fs.FileHandle['writeFile']>) => {
            calls.push(`write ${name(path)}`);
            return handle.writeFile(...args);
          },
          sync: async () => {
            calls.push(`sync ${name(path)}`);
            return handle.sync();
          },
          close: () => handle.close(),
        });
      }) as typeof fs.open,
      copyFile: async (from, to, mode) => {
        calls.push(`copy ${name(String(from))} ${name(String(to))}`);
        return fs.copyFile(from, to, mode);
      },
      rename: async (from, to) => {
        calls.push(`rename ${name(String(from))} ${name(String(to))}`);
        return fs.rename(from, to);
      },
    };
    await saveDocumentFile(file, '新内容', { fs: recording });
    expect(calls).toEqual([
      'open .a.gwdoc.*.tmp wx',
      'write .a.gwdoc.*.tmp',
      'sync .a.gwdoc.*.tmp',
      'copy a.gwdoc .a.gwdoc.bak.*.tmp',
      'open .a.gwdoc.bak.*.tmp r+',
      'sync .a.gwdoc.bak.*.tmp',
      'rename .a.gwdoc.bak.*.tmp a.gwdoc.bak',
      'rename .a.gwdoc.*.tmp a.gwdoc',
    ]);
    expect(await readFile(file, 'utf8')).toBe('新内容');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('旧内容');
    expect((await readdir(dir)).sort()).toEqual(['a.gwdoc', 'a.gwdoc.bak']);
  });

  it('on Windows, retries a rename that a scanner or indexer briefly refuses', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, '旧内容');
    let refusals = 2;
    const flaky: AtomicWriteFs = { ...fs, rename: async (...args) => (refusals-- > 0 ? Promise.reject(failure('EPERM')) : fs.rename(...args)) };
    await writeFileAtomic(file, '新内容', { fs: flaky, platform: 'win32' });
    expect(await readFile(file, 'utf8')).toBe('新内容');

    refusals = 1;
    await expect(writeFileAtomic(file, '再改', { fs: flaky, platform: 'linux' })).rejects.toThrow(/没有权限/);
    expect(await readFile(file, 'utf8')).toBe('新内容');
  });

  it('on Windows, gives up on a file that stays locked, old file intact and no temp file left', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, '旧内容');
    const locked: AtomicWriteFs = { ...fs, rename: async () => Promise.reject(failure('EBUSY')) };
    await expect(saveDocumentFile(file, '新内容', { fs: locked, platform: 'win32' })).rejects.toThrow(/正被其他程序占用.*原来的文件没有改动/);
    expect(await readFile(file, 'utf8')).toBe('旧内容');
    expect(await readdir(dir)).toEqual(['a.gwdoc']);
  });

  it('says so when the folder was deleted after the file was opened', async () => {
    const dir = await tempDir();
    const folder = join(dir, '材料');
    await mkdir(folder);
    const file = join(folder, 'a.gwdoc');
    await saveDocumentFile(file, 'v1');
    await fs.rm(folder, { recursive: true });
    await expect(saveDocumentFile(file, 'v2')).rejects.toThrow(/保存「a.gwdoc」失败：文件或文件夹不存在（可能已被删除/);
  });

  it.skipIf(process.getuid?.() === 0)('fails cleanly in a read-only folder, old file intact', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, '旧内容');
    await chmod(dir, 0o555);
    try {
      await expect(saveDocumentFile(file, '新内容')).rejects.toThrow(/没有权限.*原来的文件没有改动/);
      expect(await readFile(file, 'utf8')).toBe('旧内容');
    } finally {
      await chmod(dir, 0o755);
    }
  });

  it('refuses to replace an existing file when overwrite is false', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, 'mine');
    await expect(writeFileAtomic(file, 'other', { overwrite: false })).rejects.toThrow(/文件已存在/);
    expect(await readFile(file, 'utf8')).toBe('mine');
    expect(await readdir(dir)).toEqual(['a.gwdoc']);
  });

  it('refuses to replace a folder, and to write into a folder that does not exist', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'sub.gwdoc'));
    await expect(saveDocumentFile(join(dir, 'sub.gwdoc'), 'x')).rejects.toThrow(/文件夹/);
    await expect(saveDocumentFile(join(dir, 'missing', 'a.gwdoc'), 'x')).rejects.toThrow(/不存在/);
    expect(await readdir(dir)).toEqual(['sub.gwdoc']);
  });
});

describe('readDocumentFile', () => {
  it('reads UTF-8 text with the file name', async () => {
    const dir = await tempDir();
    const file = join(dir, '总结.gwdoc');
    await writeFile(file, '{"format":"gongwen/1"}');
    await expect(readDocumentFile(file)).resolves.toEqual({ path: file, name: '总结.gwdoc', text: '{"format":"gongwen/1"}' });
  });

  it('refuses text in another encoding (GBK) with a clear message', async () => {
    const dir = await tempDir();
    const file = join(dir, 'gbk.gwdoc');
    await writeFile(file, Buffer.from([0xc4, 0xe3, 0xba, 0xc3])); // 你好 in GBK
    await expect(readDocumentFile(file)).rejects.toThrow('无法打开「gbk.gwdoc」：文件不是 UTF-8 编码的文本');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'big.gwdoc');
    await writeFile(file, 'x'.repeat(4096));
    await expect(readDocumentFile(file, { maxBytes: 1024 })).rejects.toThrow(/文件过大（4 KB，上限 1 KB）/);
    await expect(readDocumentFile(file, { maxBytes: 4096 })).resolves.toMatchObject({ name: 'big.gwdoc' });
  });

  it('names a missing file and a folder as such', async () => {
    const dir = await tempDir();
    await expect(readDocumentFile(join(dir, 'nope.gwdoc'))).rejects.toThrow('无法打开「nope.gwdoc」：文件或文件夹不存在');
    await expect(readDocumentFile(dir)).rejects.toThrow(/这是一个文件夹/);
  });
});
