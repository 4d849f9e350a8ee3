import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeGwdoc } from '../../../core/gwdoc.ts';
import { invokeChannels, MENU_COMMAND_CHANNEL, OPEN_FILE_CHANNEL } from '../../../core/host/ipc-contract.ts';
import { newDocument } from '../../../core/new-document.ts';
import { getTemplate } from '../../../core/templates.ts';

// main/electron-main/main.ts wired to a stand-in for the 'electron' module: checks the order of start-up
// (privileged scheme before ready), what is registered, and how the pieces talk, without a binary.
type Fn = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  // Node 20 has no Promise.withResolvers.
  const deferred = () => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  };
  const state = {
    lock: true,
    userData: '',
    appListeners: new Map<string, Fn>(),
    ready: deferred(),
    windows: [] as FakeWindowShape[],
    messageBoxChoice: 0,
  };
  interface FakeWindowShape {
    options: Record<string, unknown>;
    listeners: Map<string, Fn>;
    contentsListeners: Map<string, Fn>;
    sent: [string, unknown][];
    title: string;
    loaded: string;
    closed: number;
  }
  return { state, deferred };
});

vi.mock('electron', () => {
  const { state } = fake;
  class BrowserWindow {
    options: Record<string, unknown>;
    listeners = new Map<string, Fn>();
    contentsListeners = new Map<string, Fn>();
    sent: [string, unknown][] = [];
    title = '';
    loaded = '';
    webContents = {
      on: (name: string, fn: Fn) => this.contentsListeners.set(name, fn),
      once: (name: string, fn: Fn) => this.contentsListeners.set(name, fn),
      send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }
    on(name: string, fn: Fn) {
      this.listeners.set(name, fn);
    }
    once(name: string, fn: Fn) {
      this.listeners.set(name, fn);
    }
    async loadURL(url: string) {
      this.loaded = url;
    }
    setTitle(title: string) {
      this.title = title;
    }
    closed = 0;
    close() {
      this.closed++;
    }
    setDocumentEdited() {}
    isMinimized = () => false;
    restore() {}
    focus() {}
    show() {}
    static getFocusedWindow = () => null;
  }
  const electron = {
    app: {
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      exit: vi.fn(),
      on: (name: string, fn: Fn) => state.appListeners.set(name, fn),
      whenReady: () => state.ready.promise,
      getPath: (name: string) => (name === 'userData' ? state.userData : join(state.userData, name)),
      setPath: vi.fn(),
      setName: vi.fn(),
      enableSandbox: vi.fn(),
      setAppUserModelId: vi.fn(),
      isPackaged: false,
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBoxSync: vi.fn(() => state.messageBoxChoice) },
    BrowserWindow,
  };
  return { ...electron, default: electron };
});

const electron = await import('electron');
const mocked = electron as unknown as {
  app: { requestSingleInstanceLock: ReturnType<typeof vi.fn>; quit: ReturnType<typeof vi.fn>; addRecentDocument: ReturnType<typeof vi.fn>; enableSandbox: ReturnType<typeof vi.fn>; setPath: ReturnType<typeof vi.fn> };
  protocol: { registerSchemesAsPrivileged: ReturnType<typeof vi.fn>; handle: ReturnType<typeof vi.fn> };
  ipcMain: { handle: ReturnType<typeof vi.fn> };
  Menu: { setApplicationMenu: ReturnType<typeof vi.fn> };
  session: { defaultSession: { setPermissionRequestHandler: ReturnType<typeof vi.fn>; webRequest: { onBeforeRequest: ReturnType<typeof vi.fn> } } };
  dialog: { showMessageBoxSync: ReturnType<typeof vi.fn> };
};

async function startMain(lock = true) {
  fake.state.lock = lock;
  await import('../../../main/electron-main/main.ts');
}

/** Lets `ready` run to the window's creation, however slow the machine is today. */
async function ready() {
  fake.state.ready.resolve();
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1), { timeout: 10_000 });
}

const appFrame = { senderFrame: { url: 'app://gongwen/index.html', parent: null } };
function invoke(channel: string, ...args: unknown[]) {
  const call = mocked.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  return (call![1] as (event: unknown, ...args: unknown[]) => Promise<unknown>)(appFrame, ...args);
}

describe('main/electron-main/main.ts', () => {
  beforeEach(async () => {
    vi.resetModules();
    vi.clearAllMocks();
    fake.state.appListeners.clear();
    fake.state.windows.length = 0;
    fake.state.ready = fake.deferred();
    fake.state.userData = await mkdtemp(join(tmpdir(), 'gongwen-userdata-'));
  });
  afterEach(async () => {
    await rm(fake.state.userData, { recursive: true, force: true });
  });

  it('quits at once when another instance holds the lock', async () => {
    await startMain(false);
    expect(mocked.app.quit).toHaveBeenCalledOnce();
    expect(fake.state.appListeners.size).toBe(0);
  });

  it('registers the privileged app scheme and the guards before ready, the rest after', async () => {
    await startMain();
    expect(mocked.app.enableSandbox).toHaveBeenCalledOnce();
    expect(mocked.app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/gongwen$/));
    expect(mocked.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect([...fake.state.appListeners.keys()]).toEqual(expect.arrayContaining(['web-contents-created', 'second-instance', 'open-file', 'window-all-closed', 'will-quit']));
    expect(mocked.protocol.handle).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);

    await ready();
    expect(mocked.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(mocked.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(mocked.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(mocked.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.keys(invokeChannels).sort());
    expect(mocked.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(1);
    const [window] = fake.state.windows;
    expect(window!.loaded).toBe('app://gongwen/index.html');
    expect(window!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: expect.stringMatching(/preload\.cjs$/) });
  });

  it('titles the window from the renderer and asks 保存 / 不保存 / 取消 before closing with unsaved changes', async () => {
    await startMain();
    await ready();
    const [window] = fake.state.windows;
    await invoke('window:setTitle', { name: '上半年总结.gwdoc', dirty: true });
    expect(window!.title).toBe('• 上半年总结.gwdoc — 公文写作台');
    const close = { preventDefault: vi.fn() };
    fake.state.messageBoxChoice = 2;
    window!.listeners.get('close')!(close as never);
    expect(close.preventDefault).toHaveBeenCalledOnce();
    expect(mocked.dialog.showMessageBoxSync.mock.calls[0]![1]).toMatchObject({ buttons: ['保存', '不保存', '取消'], cancelId: 2, message: expect.stringContaining('上半年总结.gwdoc') });
    await invoke('window:setTitle', { name: '上半年总结.gwdoc', dirty: false });
    const clean = { preventDefault: vi.fn() };
    window!.listeners.get('close')!(clean as never);
    expect(clean.preventDefault).not.toHaveBeenCalled();
  });

  it('保存 on close: sends 文件 › 保存 to the page, and closes once the save is written and the page is clean', async () => {
    await startMain();
    await ready();
    const [window] = fake.state.windows;
    const file = join(fake.state.userData, '报告.gwdoc');
    await writeFile(file, '{}');
    fake.state.appListeners.get('second-instance')!({} as never, ['gongwen'] as never, '/' as never, { file } as never);
    // Opened, so granted: the page may save it in place.
    await vi.waitFor(() => expect(mocked.app.addRecentDocument).toHaveBeenCalledWith(file));
    await invoke('window:setTitle', { name: '报告.gwdoc', dirty: true });
    fake.state.messageBoxChoice = 0;
    const close = { preventDefault: vi.fn() };
    window!.listeners.get('close')!(close as never);
    expect(close.preventDefault).toHaveBeenCalledOnce();
    expect(window!.sent).toContainEqual([MENU_COMMAND_CHANNEL, 'file.save']);
    const text = serializeGwdoc(newDocument(getTemplate('annual'), { organ: '宣城市科技局', year: 2023 }));
    await expect(invoke('doc:save', { path: file, suggestedName: '报告', text })).resolves.toEqual({ path: file, name: '报告.gwdoc' });
    expect(window!.closed).toBe(0);
    await invoke('window:setTitle', { name: '报告.gwdoc', dirty: false });
    expect(window!.closed).toBe(1);
  });

  it('keeps recovery drafts of a crashed session, offers them at start, and removes this session\'s on a clean close before quitting', async () => {
    const recovery = join(fake.state.userData, 'recovery');
    const { mkdir, readdir } = await import('node:fs/promises');
    await mkdir(recovery, { recursive: true });
    const crashed = 'aaaaaaaa-0000-4000-8000-000000000001';
    await writeFile(join(recovery, `${crashed}.json`), '{"from":"the crash"}');
    await writeFile(join(recovery, `.${crashed}.json.0123456789ab.tmp`), 'half');
    await startMain();
    await ready();
    // The interrupted write's temp file is gone before the page could ask.
    expect((await readdir(recovery)).sort()).toEqual([`${crashed}.json`]);
    await expect(invoke('recovery:list')).resolves.toEqual([expect.objectContaining({ id: crashed, text: '{"from":"the crash"}' })]);
    const mine = 'bbbbbbbb-0000-4000-8000-000000000002';
    await invoke('recovery:write', { id: mine, text: '{"typing":1}' });
    await expect(invoke('recovery:write', { id: '../../escape', text: 'x' })).rejects.toThrow(/请求内容无效/);
    expect((await readdir(recovery)).sort()).toEqual([`${crashed}.json`, `${mine}.json`].sort());

    // 不保存, the window closes, the app quits: quitting waits for this session's draft to go.
    const [window] = fake.state.windows;
    window!.contentsListeners.get('did-finish-load')!();
    await invoke('window:setTitle', { name: '报告', dirty: true });
    fake.state.messageBoxChoice = 1;
    const close = { preventDefault: vi.fn() };
    window!.listeners.get('close')!(close as never);
    expect(close.preventDefault).not.toHaveBeenCalled();
    window!.listeners.get('closed')!();
    const quit = { preventDefault: vi.fn() };
    fake.state.appListeners.get('will-quit')!(quit as never);
    expect(quit.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(mocked.app.quit).toHaveBeenCalled());
    expect(await readdir(recovery)).toEqual([`${crashed}.json`]);
  });

  it('keeps the draft when the window closes after its page crashed', async () => {
    await startMain();
    await ready();
    const mine = 'cccccccc-0000-4000-8000-000000000003';
    await invoke('recovery:write', { id: mine, text: '{"typing":1}' });
    const [window] = fake.state.windows;
    window!.contentsListeners.get('did-finish-load')!();
    await invoke('window:setTitle', { name: '报告', dirty: true });
    window!.contentsListeners.get('render-process-gone')!();
    const close = { preventDefault: vi.fn() };
    window!.listeners.get('close')!(close as never);
    expect(close.preventDefault).not.toHaveBeenCalled();
    expect(mocked.dialog.showMessageBoxSync).not.toHaveBeenCalled();
    window!.listeners.get('closed')!();
    fake.state.appListeners.get('will-quit')!({ preventDefault: vi.fn() } as never);
    await vi.waitFor(() => expect(mocked.app.quit).toHaveBeenCalled());
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(join(fake.state.userData, 'recovery'))).toEqual([`${mine}.json`]);
  });

  it('hands a second launch\'s file over as additionalData', async () => {
    await startMain();
    expect(mocked.app.requestSingleInstanceLock).toHaveBeenCalledWith({ file: null });
    await ready();
    const file = join(fake.state.userData, '第二个.gwdoc');
    await writeFile(file, '{}');
    const [window] = fake.state.windows;
    window!.contentsListeners.get('did-finish-load')!();
    // Chromium's argv names another file; the data the second instance sent wins.
    fake.state.appListeners.get('second-instance')!({} as never, ['gongwen', '/tmp/other.gwdoc'] as never, '/' as never, { file } as never);
    await vi.waitFor(() => expect(window!.sent).toContainEqual([OPEN_FILE_CHANNEL, { path: file, name: '第二个.gwdoc', text: '{}' }]));
  });

  it('opens a .gwdoc named by a second launch in the running window', async () => {
    await startMain();
    await ready();
    const file = join(fake.state.userData, '报告.gwdoc');
    const text = serializeGwdoc(newDocument(getTemplate('annual'), { organ: '宣城市科技局', year: 2023 }));
    await writeFile(file, text);
    const [window] = fake.state.windows;
    window!.contentsListeners.get('did-finish-load')!();
    fake.state.appListeners.get('second-instance')!({} as never, ['/opt/gongwen/gongwen', '--flag', file] as never, '/' as never);
    await vi.waitFor(() => expect(window!.sent).toContainEqual([OPEN_FILE_CHANNEL, { path: file, name: '报告.gwdoc', text }]));
    expect(mocked.app.addRecentDocument).toHaveBeenCalledWith(file);
    // The file is now granted, so the renderer may save it in place.
    await expect(invoke('doc:openPath', file)).resolves.toMatchObject({ name: '报告.gwdoc' });
  });

  it('forwards menu clicks to the renderer as menu commands', async () => {
    await startMain();
    await ready();
    const template = mocked.Menu.setApplicationMenu.mock.calls.at(-1)![0] as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    template.find((m) => m.label === '文件')!.submenu!.find((i) => i.label === '保存')!.click!();
    expect(fake.state.windows[0]!.sent).toContainEqual([MENU_COMMAND_CHANNEL, 'file.save']);
  });
});
