import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../core/host/ipc-contract.ts';
import { createHandle, registerHostHandlers, type HostHandlers } from '../../../main/electron-main/ipc.ts';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) } as unknown as Pick<IpcMain, 'handle'>;
  const invoke = async (channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]) => listeners.get(channel)!({ senderFrame: frame } as IpcMainInvokeEvent, ...args);
  return { ipcMain, listeners, invoke };
}

const APP_FRAME = { url: 'app://gongwen/index.html', parent: null };
const request = { suggestedName: '报告', text: '{}' };

describe('the ipc handle wrapper', () => {
  it('passes a valid payload from the app main frame to the handler, parsed', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn(async (_args: unknown) => ({ path: '/d/报告.gwdoc', name: '报告.gwdoc' }));
    createHandle(ipcMain)('doc:save', handler);
    await expect(invoke('doc:save', APP_FRAME, { ...request, extra: 'dropped' })).resolves.toEqual({ path: '/d/报告.gwdoc', name: '报告.gwdoc' });
    expect(handler).toHaveBeenCalledOnce();
    expect(handler.mock.calls[0]![0]).toEqual([request]);
  });

  it.each([
    ['another app:// host', { url: 'app://evil/index.html', parent: null }, /非本程序/],
    ['a web page', { url: 'https://example.com/', parent: null }, /非本程序/],
    ['a file:// page', { url: 'file:///tmp/x.html', parent: null }, /非本程序/],
    ['a subframe of our own page', { url: 'app://gongwen/index.html', parent: APP_FRAME }, /子框架/],
    ['a frame that is gone', null, /已关闭/],
  ])('rejects %s before the handler runs', async (_name, frame, message) => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn(() => []);
    createHandle(ipcMain)('recent:list', handler);
    await expect(invoke('recent:list', frame)).rejects.toThrow(message);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['doc:openPath', [42]],
    ['doc:openPath', ['']],
    ['doc:openPath', []],
    ['doc:openPath', ['/a.gwdoc', '/b.gwdoc']],
    ['doc:save', [{ suggestedName: '报告' }]],
    ['doc:save', [{ ...request, path: 7 }]],
    ['window:setTitle', [{ name: 'x', dirty: 'yes' }]],
    ['recent:list', ['unexpected']],
    // Recovery ids become file names in main: nothing that could leave the recovery folder.
    ['recovery:write', [{ id: '../../evil', text: 'x' }]],
    ['recovery:write', [{ id: '..%2F..%2Fevil', text: 'x' }]],
    ['recovery:write', [{ id: 'C:\\Windows\\x', text: 'x' }]],
    ['recovery:write', [{ id: '/etc/passwd', text: 'x' }]],
    ['recovery:write', [{ id: 'abc.json', text: 'x' }]],
    ['recovery:write', [{ id: 'ABCDEFGH-1234', text: 'x' }]],
    ['recovery:write', [{ id: 'com1', text: 'x' }]],
    ['recovery:write', [{ id: '-rf-12345678', text: 'x' }]],
    ['recovery:write', [{ id: 'a'.repeat(65), text: 'x' }]],
    ['recovery:write', [{ id: 'abcdefgh-1234', text: '' }]],
    ['recovery:write', [{ id: 'abcdefgh-1234', text: 'x', path: '/tmp/x' }]],
    ['recovery:write', [{ id: 'abcdefgh-1234' }]],
    ['recovery:clear', ['../recent-files']],
    ['recovery:clear', []],
    ['recovery:discard', ['abcdefgh/../../x']],
    ['recovery:discard', [42]],
    ['recovery:list', ['all']],
  ] as const)('rejects an invalid %s payload %j (fail closed)', async (channel, args) => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn();
    createHandle(ipcMain)(channel, handler);
    await expect(invoke(channel, APP_FRAME, ...args)).rejects.toThrow(`请求内容无效（${channel}）`);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('registerHostHandlers', () => {
  it('registers every channel of the contract and routes each to its service', async () => {
    const { ipcMain, listeners, invoke } = fakeIpcMain();
    const documents: HostHandlers['documents'] = {
      open: vi.fn(async () => null),
      openPath: vi.fn(async (path: string) => ({ path, name: 'a.gwdoc', text: 't' })),
      save: vi.fn(async () => null),
      saveAs: vi.fn(async () => ({ path: '/d/b.gwdoc', name: 'b.gwdoc' })),
      listRecent: vi.fn(async () => [{ path: '/d/a.gwdoc', name: 'a.gwdoc' }]),
    };
    const setTitle = vi.fn();
    const exports: HostHandlers['exports'] = { exportDocx: vi.fn(async () => ({ path: '/d/b.docx', name: 'b.docx' })) };
    const draft = { id: '0f8e4c3a-1b2d-4e5f-8a9b-0c1d2e3f4a5b', savedAt: '2026-11-01T08:00:00.000Z', text: '{}' };
    const recovery: HostHandlers['recovery'] = { write: vi.fn(async () => undefined), clear: vi.fn(async () => undefined), list: vi.fn(async () => [draft]), discard: vi.fn(async () => undefined) };
    registerHostHandlers(createHandle(ipcMain), { documents, setTitle, exports, recovery });
    expect([...listeners.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());

    await invoke('doc:open', APP_FRAME);
    expect(documents.open).toHaveBeenCalledOnce();
    await expect(invoke('doc:openPath', APP_FRAME, '/d/a.gwdoc')).resolves.toMatchObject({ path: '/d/a.gwdoc' });
    await invoke('doc:save', APP_FRAME, request);
    expect(documents.save).toHaveBeenCalledWith(request);
    await expect(invoke('doc:saveAs', APP_FRAME, request)).resolves.toEqual({ path: '/d/b.gwdoc', name: 'b.gwdoc' });
    await expect(invoke('recent:list', APP_FRAME)).resolves.toHaveLength(1);
    await invoke('window:setTitle', APP_FRAME, { name: '报告', dirty: true });
    expect(setTitle).toHaveBeenCalledWith({ name: '报告', dirty: true });
    await invoke('recovery:write', APP_FRAME, { id: draft.id, text: '{"a":1}' });
    expect(recovery.write).toHaveBeenCalledWith(draft.id, '{"a":1}');
    await expect(invoke('recovery:list', APP_FRAME)).resolves.toEqual([draft]);
    await invoke('recovery:clear', APP_FRAME, draft.id);
    expect(recovery.clear).toHaveBeenCalledWith(draft.id);
    await invoke('recovery:discard', APP_FRAME, draft.id);
    expect(recovery.discard).toHaveBeenCalledWith(draft.id);
  });

  it('refuses recovery writes from a page that is not ours', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const recovery = { write: vi.fn(), clear: vi.fn(), list: vi.fn(), discard: vi.fn() };
    registerHostHandlers(createHandle(ipcMain), { documents: {} as HostHandlers['documents'], setTitle: vi.fn(), exports: {} as HostHandlers['exports'], recovery });
    await expect(invoke('recovery:write', { url: 'https://example.com/', parent: null }, { id: 'abcdefgh-1234', text: 'x' })).rejects.toThrow(/非本程序/);
    await expect(invoke('recovery:list', { url: 'app://gongwen/index.html', parent: APP_FRAME })).rejects.toThrow(/子框架/);
    expect(recovery.write).not.toHaveBeenCalled();
    expect(recovery.list).not.toHaveBeenCalled();
  });
});
