import * as nodeFs from 'node:fs/promises';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MAX_EXPORT_BYTES } from '../../../core/limits.ts';
import { ExportService, docxFileName, withDocxExtension } from '../../../main/node/export-service.ts';
import { writeFileAtomic } from '../../../main/node/files.ts';
import { hostHandlers, type HostServices } from '../../../main/electron-main/host-handlers.ts';
import { registerHostHandlers } from '../../../main/electron-main/ipc.ts';
import { PathGrants } from '../../../main/node/path-grants.ts';
import { useTempDirs } from '../helpers.ts';

const tempDir = useTempDirs();
const APP_FRAME = { url: 'app://gongwen/index.html', parent: null };
const BYTES = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function register(exports: HostServices['exports'] = { exportDocx: vi.fn(async () => null), exportPdf: vi.fn(async () => null) }) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) } as unknown as Pick<IpcMain, 'handle'>;
  const documents = { open: vi.fn(), openPath: vi.fn(), save: vi.fn(), saveAs: vi.fn(), listRecent: vi.fn() } as unknown as HostServices['documents'];
  const recovery = { write: vi.fn(), clear: vi.fn(), list: vi.fn(), discard: vi.fn() } as unknown as HostServices['recovery'];
  registerHostHandlers(ipcMain, hostHandlers({ documents, setTitle: vi.fn(), exports, print: vi.fn(), recovery }));
  return (...args: unknown[]) => listeners.get('doc:exportDocx')!({ senderFrame: APP_FRAME } as unknown as IpcMainInvokeEvent, ...args);
}

describe('doc:exportDocx payload', () => {
  it.each([
    ['no bytes', { suggestedName: '报告' }],
    ['bytes as a plain array', { suggestedName: '报告', bytes: [80, 75] }],
    ['bytes as a string', { suggestedName: '报告', bytes: 'PK' }],
    ['empty bytes', { suggestedName: '报告', bytes: new Uint8Array() }],
    ['bytes over the cap', { suggestedName: '报告', bytes: new Uint8Array(MAX_EXPORT_BYTES + 1) }],
    ['an empty name', { suggestedName: '', bytes: BYTES }],
    ['a path that is not a string', { suggestedName: '报告', bytes: BYTES, path: 3 }],
  ])('refuses %s before the handler runs', async (_name, request) => {
    const exports = { exportDocx: vi.fn(), exportPdf: vi.fn() };
    await expect(register(exports)(request)).rejects.toThrow('请求内容无效（doc:exportDocx）');
    expect(exports.exportDocx).not.toHaveBeenCalled();
  });

  it('passes a valid request to the export service', async () => {
    const exports = { exportDocx: vi.fn(async () => ({ path: '/d/报告.docx', name: '报告.docx' })), exportPdf: vi.fn() };
    await expect(register(exports)({ suggestedName: '报告.gwdoc', bytes: BYTES })).resolves.toEqual({ path: '/d/报告.docx', name: '报告.docx' });
    expect(exports.exportDocx).toHaveBeenCalledWith({ suggestedName: '报告.gwdoc', bytes: BYTES });
  });
});

describe('ExportService', () => {
  it('names the .docx after the document', () => {
    expect(docxFileName('宣城市科技局2023年工作要点.gwdoc')).toBe('宣城市科技局2023年工作要点.docx');
    expect(docxFileName('a/b:c')).toBe('abc.docx');
    expect(withDocxExtension('/d/报告')).toBe('/d/报告.docx');
    expect(withDocxExtension('/d/报告.DOCX')).toBe('/d/报告.DOCX');
  });

  it('offers the .docx next to a granted .gwdoc and writes the bytes there', async () => {
    const dir = await tempDir();
    const grants = new PathGrants();
    const gwdoc = join(dir, 'docs', '报告.gwdoc');
    grants.grant(gwdoc);
    const chooseExportPath = vi.fn(async (defaultPath: string) => defaultPath.replace(join(dir, 'docs'), dir));
    const service = new ExportService({ dialogs: { chooseExportPath }, grants, defaultFolder: '/nowhere' });
    const saved = await service.exportDocx({ path: gwdoc, suggestedName: '报告.gwdoc', bytes: BYTES });
    expect(chooseExportPath).toHaveBeenCalledWith(join(dir, 'docs', '报告.docx'), 'docx');
    expect(saved).toEqual({ path: join(dir, '报告.docx'), name: '报告.docx' });
    expect(new Uint8Array(await readFile(join(dir, '报告.docx')))).toEqual(BYTES);
  });

  it('offers the default folder for a path the user never chose, and adds .docx to a bare name', async () => {
    const dir = await tempDir();
    const chooseExportPath = vi.fn(async () => join(dir, '导出'));
    const service = new ExportService({ dialogs: { chooseExportPath }, grants: new PathGrants(), defaultFolder: dir });
    const saved = await service.exportDocx({ path: '/etc/secret.gwdoc', suggestedName: '报告', bytes: BYTES });
    expect(chooseExportPath).toHaveBeenCalledWith(join(dir, '报告.docx'), 'docx');
    expect(saved?.name).toBe('导出.docx');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const write = vi.fn(async () => undefined);
    const service = new ExportService({ dialogs: { chooseExportPath: async () => null }, grants: new PathGrants(), defaultFolder: '/d', write });
    await expect(service.exportDocx({ suggestedName: '报告', bytes: BYTES })).resolves.toBeNull();
    expect(write).not.toHaveBeenCalled();
  });

  it('keeps an existing .docx when the write fails, with a Chinese message', async () => {
    const dir = await tempDir();
    const target = join(dir, '报告.docx');
    await writeFile(target, 'old');
    const failing = {
      ...nodeFs,
      rename: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    const service = new ExportService({
      dialogs: { chooseExportPath: async () => target },
      grants: new PathGrants(),
      defaultFolder: dir,
      write: (path, bytes) => writeFileAtomic(path, bytes, { fs: failing }),
    });
    await expect(service.exportDocx({ suggestedName: '报告', bytes: BYTES })).rejects.toThrow(/保存「报告.docx」失败.*原来的文件没有改动/);
    expect(await readFile(target, 'utf8')).toBe('old');
  });
});
