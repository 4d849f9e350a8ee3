import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// A stand-in for the 'electron' module that main/electron-main/main.ts can start against
// without a binary: it records what main registers and lets a test play the app's events.
// Each test file makes one and mocks 'electron' with it:
//   const fake = await vi.hoisted(async () => (await import('./fake-electron.ts')).createFakeElectron());
//   vi.mock('electron', () => fake.module);
//   useFakeElectron(fake);

type Fn = (...args: never[]) => unknown;

// Node 20 has no Promise.withResolvers.
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export interface FakeWindow {
  options: Record<string, unknown>;
  listeners: Map<string, Fn>;
  contentsListeners: Map<string, Fn>;
  sent: [string, unknown][];
  title: string;
  loaded: string;
  closed: number;
}

export function createFakeElectron() {
  const state = {
    lock: true,
    userData: '',
    appListeners: new Map<string, Fn>(),
    ready: deferred(),
    windows: [] as FakeWindow[],
    messageBoxChoice: 0,
    /** What the print dialog answers: printed, or Chromium's failure reason. */
    printOutcome: { success: true, failureReason: '' },
    /** What printToPDF returns. */
    pdf: new Uint8Array() as Uint8Array<ArrayBuffer>,
  };
  class BrowserWindow implements FakeWindow {
    options: Record<string, unknown>;
    listeners = new Map<string, Fn>();
    contentsListeners = new Map<string, Fn>();
    sent: [string, unknown][] = [];
    title = '';
    loaded = '';
    closed = 0;
    webContents = {
      on: (name: string, fn: Fn) => this.contentsListeners.set(name, fn),
      once: (name: string, fn: Fn) => this.contentsListeners.set(name, fn),
      send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
      print: vi.fn((_options: unknown, callback: (success: boolean, failureReason: string) => void) => callback(state.printOutcome.success, state.printOutcome.failureReason)),
      printToPDF: vi.fn(async (_options: unknown) => Buffer.from(state.pdf)),
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
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBoxSync: vi.fn((_window: unknown, _options: unknown) => state.messageBoxChoice) },
    BrowserWindow,
  };
  return { state, electron, module: { ...electron, default: electron } };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** A fresh main process for each test, with its own user-data folder. */
export function useFakeElectron(fake: FakeElectron): void {
  beforeEach(async () => {
    vi.resetModules();
    vi.clearAllMocks();
    fake.state.appListeners.clear();
    fake.state.windows.length = 0;
    fake.state.ready = deferred();
    fake.state.userData = await mkdtemp(join(tmpdir(), 'gongwen-userdata-'));
  });
  afterEach(async () => {
    await rm(fake.state.userData, { recursive: true, force: true });
  });
}

/** Runs main/electron-main/main.ts up to `ready` (which `ready` below lets happen). */
export async function startMain(fake: FakeElectron, lock = true): Promise<void> {
  fake.state.lock = lock;
  await import('../../../main/electron-main/main.ts');
}

/** Lets `ready` run to the window's creation, however slow the machine is today; returns the window. */
export async function ready(fake: FakeElectron): Promise<FakeWindow> {
  fake.state.ready.resolve();
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1), { timeout: 10_000 });
  return fake.state.windows[0]!;
}

const APP_FRAME = { senderFrame: { url: 'app://gongwen/index.html', parent: null } };

/** Calls the handler main registered for `channel`, as the app's page would. */
export function invoke(fake: FakeElectron, channel: string, ...args: unknown[]): Promise<unknown> {
  const call = fake.electron.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  return (call![1] as (event: unknown, ...args: unknown[]) => Promise<unknown>)(APP_FRAME, ...args);
}

/** Fires one of the window's events ('close' with an event whose preventDefault is a spy). */
export function closeWindow(window: FakeWindow): { preventDefault: ReturnType<typeof vi.fn> } {
  const event = { preventDefault: vi.fn() };
  window.listeners.get('close')!(event as never);
  return event;
}
