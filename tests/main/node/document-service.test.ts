import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serializeGwdoc } from '../../../core/gwdoc.ts';
import { newDocument } from '../../../core/new-document.ts';
import { getTemplate } from '../../../core/templates.ts';
import { DocumentService, type DocumentDialogs } from '../../../main/node/document-service.ts';
import { PathGrants } from '../../../main/node/path-grants.ts';
import { RecentFiles } from '../../../main/node/recent-files.ts';
import { useTempDirs } from '../helpers.ts';

const tempDir = useTempDirs();
const text = serializeGwdoc(newDocument(getTemplate('half-year'), { organ: '宣城市科技局', year: 2023 }));

async function setup(dialogs: Partial<DocumentDialogs> = {}) {
  const dir = await tempDir();
  const recent = new RecentFiles(join(dir, 'recent.json'));
  const onRecentChanged = vi.fn();
  const chooseFileToOpen = vi.fn(dialogs.chooseFileToOpen ?? (async () => null));
  const chooseSavePath = vi.fn(dialogs.chooseSavePath ?? (async () => null));
  const service = new DocumentService({ dialogs: { chooseFileToOpen, chooseSavePath }, recent, grants: new PathGrants(), defaultFolder: dir, onRecentChanged });
  return { dir, recent, service, onRecentChanged, chooseFileToOpen, chooseSavePath };
}

describe('DocumentService', () => {
  it('opens the file picked in the dialog and remembers it', async () => {
    const { dir, service, recent, onRecentChanged, chooseFileToOpen } = await setup();
    const file = join(dir, '报告.gwdoc');
    await writeFile(file, text);
    chooseFileToOpen.mockResolvedValueOnce(file);
    await expect(service.open()).resolves.toEqual({ path: file, name: '报告.gwdoc', text });
    expect(await recent.list()).toEqual([{ path: file, name: '报告.gwdoc' }]);
    expect(onRecentChanged).toHaveBeenCalledWith(file);
    await expect(service.open()).resolves.toBeNull();
  });

  it('refuses to open a path the user never chose', async () => {
    const { dir, service } = await setup();
    const secret = join(dir, 'secret.gwdoc');
    await writeFile(secret, 'secret');
    await expect(service.openPath(secret)).rejects.toThrow(/最近打开/);
  });

  it('opens a path from the recent list kept by an earlier session', async () => {
    const { dir, recent } = await setup();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, text);
    await recent.add(file);
    const fresh = new DocumentService({ dialogs: { chooseFileToOpen: async () => null, chooseSavePath: async () => null }, recent, grants: new PathGrants(), defaultFolder: dir, onRecentChanged: () => undefined });
    await expect(fresh.openPath(file)).resolves.toMatchObject({ name: 'a.gwdoc', text });
  });

  it('drops a recent entry whose file can no longer be read', async () => {
    const { dir, recent, service, onRecentChanged } = await setup();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, Buffer.from([0xc4, 0xe3, 0xba, 0xc3]));
    await recent.add(file);
    await expect(service.openPath(file)).rejects.toThrow(/UTF-8/);
    expect(await recent.list()).toEqual([]);
    expect(onRecentChanged).toHaveBeenCalled();
  });

  it('saves a new document where the dialog says, adding .gwdoc', async () => {
    const { dir, service, chooseSavePath } = await setup();
    chooseSavePath.mockResolvedValueOnce(join(dir, '上半年总结'));
    await expect(service.save({ suggestedName: '上半年/总结', text })).resolves.toEqual({ path: join(dir, '上半年总结.gwdoc'), name: '上半年总结.gwdoc' });
    expect(chooseSavePath).toHaveBeenCalledWith(join(dir, '上半年总结.gwdoc'));
    expect(await readFile(join(dir, '上半年总结.gwdoc'), 'utf8')).toBe(text);
  });

  it('saves in place to a granted path and keeps the previous version as .bak', async () => {
    const { dir, service, chooseSavePath, chooseFileToOpen } = await setup();
    const file = join(dir, 'a.gwdoc');
    const older = text.replace('宣城市科技局', '旧机关');
    await writeFile(file, older);
    chooseFileToOpen.mockResolvedValueOnce(file);
    await service.open();
    await expect(service.save({ path: file, suggestedName: 'a', text })).resolves.toEqual({ path: file, name: 'a.gwdoc' });
    expect(chooseSavePath).not.toHaveBeenCalled();
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(older);
  });

  it('asks where to save when the renderer names a path the user never chose', async () => {
    const { dir, service, chooseSavePath } = await setup();
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'keep');
    await expect(service.save({ path: victim, suggestedName: 'x', text })).resolves.toBeNull();
    expect(chooseSavePath).toHaveBeenCalledOnce();
    expect(await readFile(victim, 'utf8')).toBe('keep');
  });

  it('refuses to write text that is not a valid document and leaves the file as it was', async () => {
    const { dir, service, chooseFileToOpen } = await setup();
    const file = join(dir, 'a.gwdoc');
    await writeFile(file, text);
    chooseFileToOpen.mockResolvedValueOnce(file);
    await service.open();
    await expect(service.save({ path: file, suggestedName: 'a', text: '{"format":"gongwen/1"}' })).rejects.toThrow(/文档内容无效，没有保存/);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect((await readdir(dir)).sort()).toEqual(['a.gwdoc', 'recent.json']);
  });
});
