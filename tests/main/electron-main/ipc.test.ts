import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hostChannelNames, hostInvokes, type InvokeChannel } from '../../../core/host/host-channels.ts';
import { hostHandlers, type HostServices } from '../../../main/electron-main/host-handlers.ts';
import { registerHostHandlers, sendToPage, type HostHandlers } from '../../../main/electron-main/ipc.ts';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) } as unknown as Pick<IpcMain, 'handle'>;
  const invoke = async (channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]) => listeners.get(channel)!({ senderFrame: frame } as IpcMainInvokeEvent, ...args);
  return { ipcMain, listeners, invoke };
}

/** Every method answered by `handler` (a spy), so a test sees whether any handler ran. */
function registerAll(handler: (...args: unknown[]) => unknown) {
  const fake = fakeIpcMain();
  const handlers = Object.fromEntries(Object.keys(hostInvokes).map((method) => [method, handler])) as unknown as HostHandlers;
  registerHostHandlers(fake.ipcMain, handlers);
  return fake;
}

const APP_FRAME = { url: 'app://gongwen/index.html', parent: null };
const request = { suggestedName: '报告', text: '{}' };

describe('registerHostHandlers: validation by the channel table', () => {
  it('registers one handler per row of the table, on its channel', () => {
    const { listeners } = registerAll(vi.fn());
    expect([...listeners.keys()].sort()).toEqual(Object.values(hostChannelNames().invoke).sort());
    expect(listeners.size).toBe(Object.keys(hostInvokes).length);
  });

  it('passes a valid payload from the app main frame to the handler, parsed', async () => {
    const handler = vi.fn(async (..._args: unknown[]) => ({ path: '/d/报告.gwdoc', name: '报告.gwdoc' }));
    const { invoke } = registerAll(handler);
    await expect(invoke('doc:save', APP_FRAME, { ...request, extra: 'dropped' })).resolves.toEqual({ path: '/d/报告.gwdoc', name: '报告.gwdoc' });
    expect(handler).toHaveBeenCalledOnce();
    expect(handler.mock.calls[0]).toEqual([request]);
  });

  it('refuses to answer with a result outside the channel\'s schema', async () => {
    const { invoke } = registerAll(vi.fn(async () => ({ path: 42 })));
    await expect(invoke('doc:save', APP_FRAME, request)).rejects.toThrow('程序内部错误：doc:save 的结果无效');
    await expect(invoke('recent:list', APP_FRAME)).rejects.toThrow(/recent:list 的结果无效/);
  });

  it.each([
    ['another app:// host', { url: 'app://evil/index.html', parent: null }, /非本程序/],
    ['a web page', { url: 'https://example.com/', parent: null }, /非本程序/],
    ['a file:// page', { url: 'file:///tmp/x.html', parent: null }, /非本程序/],
    ['a subframe of our own page', { url: 'app://gongwen/index.html', parent: APP_FRAME }, /子框架/],
    ['a frame that is gone', null, /已关闭/],
  ])('rejects %s before the handler runs', async (_name, frame, message) => {
    const handler = vi.fn(() => []);
    const { invoke } = registerAll(handler);
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
  ] satisfies [InvokeChannel, unknown[]][])('rejects an invalid %s payload %j (fail closed)', async (channel, args) => {
    const handler = vi.fn();
    const { invoke } = registerAll(handler);
    await expect(invoke(channel, APP_FRAME, ...args)).rejects.toThrow(`请求内容无效（${channel}）`);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('hostHandlers', () => {
  it('routes each channel to its service', async () => {
    const { ipcMain, listeners, invoke } = fakeIpcMain();
    const documents: HostServices['documents'] = {
      open: vi.fn(async () => null),
      openPath: vi.fn(async (path: string) => ({ path, name: 'a.gwdoc', text: 't' })),
      save: vi.fn(async () => null),
      saveAs: vi.fn(async () => ({ path: '/d/b.gwdoc', name: 'b.gwdoc' })),
      listRecent: vi.fn(async () => [{ path: '/d/a.gwdoc', name: 'a.gwdoc' }]),
    };
    const setTitle = vi.fn();
    const exports: HostServices['exports'] = { exportDocx: vi.fn(async () => ({ path: '/d/b.docx', name: 'b.docx' })), exportPdf: vi.fn(async () => ({ path: '/d/b.pdf', name: 'b.pdf' })) };
    const print = vi.fn(async () => false);
    const draft = { id: '0f8e4c3a-1b2d-4e5f-8a9b-0c1d2e3f4a5b', savedAt: '2026-11-01T08:00:00.000Z', text: '{}' };
    const recovery: HostServices['recovery'] = { write: vi.fn(async () => undefined), clear: vi.fn(async () => undefined), list: vi.fn(async () => [draft]), discard: vi.fn(async () => undefined) };
    registerHostHandlers(ipcMain, hostHandlers({ documents, setTitle, exports, print, recovery }));
    expect(listeners.size).toBe(Object.keys(hostInvokes).length);

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
    await expect(invoke('doc:print', APP_FRAME)).resolves.toBe(false);
    expect(print).toHaveBeenCalledOnce();
    const pdf = { suggestedName: 'b.gwdoc', title: '报告', author: '宣城市科技局' };
    await expect(invoke('doc:exportPdf', APP_FRAME, pdf)).resolves.toEqual({ path: '/d/b.pdf', name: 'b.pdf' });
    expect(exports.exportPdf).toHaveBeenCalledWith(pdf);
  });

  it('refuses recovery writes from a page that is not ours', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const recovery = { write: vi.fn(), clear: vi.fn(), list: vi.fn(), discard: vi.fn() };
    registerHostHandlers(ipcMain, hostHandlers({ documents: {} as HostServices['documents'], setTitle: vi.fn(), exports: {} as HostServices['exports'], print: vi.fn(), recovery }));
    await expect(invoke('recovery:write', { url: 'https://example.com/', parent: null }, { id: 'abcdefgh-1234', text: 'x' })).rejects.toThrow(/非本程序/);
    await expect(invoke('recovery:list', { url: 'app://gongwen/index.html', parent: APP_FRAME })).rejects.toThrow(/子框架/);
    expect(recovery.write).not.toHaveBeenCalled();
    expect(recovery.list).not.toHaveBeenCalled();
  });
});

describe('sendToPage', () => {
  it('sends each main → renderer message on its channel of the table', () => {
    const send = vi.fn();
    sendToPage({ send }, 'onMenuCommand', 'file.save');
    sendToPage({ send }, 'onOpenFile', { name: 'a.gwdoc', text: '{}' });
    expect(send.mock.calls).toEqual([
      ['menu:command', 'file.save'],
      ['doc:opened', { name: 'a.gwdoc', text: '{}' }],
    ]);
  });
});
