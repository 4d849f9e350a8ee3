import { describe, expect, it, vi } from 'vitest';
import { hostChannelNames } from '../../../core/host/host-channels.ts';
import { ready, startMain, useFakeElectron } from './fake-electron.ts';

// main/electron-main/main.ts against a stand-in for 'electron': the order of start-up
// (privileged scheme and guards before ready) and what it registers.
const fake = await vi.hoisted(async () => (await import('./fake-electron.ts')).createFakeElectron());
vi.mock('electron', () => fake.module);
useFakeElectron(fake);
const { app, protocol, session, ipcMain, Menu } = fake.electron;

describe('main/electron-main/main.ts: start-up', () => {
  it('quits at once when another instance holds the lock', async () => {
    await startMain(fake, false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(fake.state.appListeners.size).toBe(0);
  });

  it('registers the privileged app scheme and the guards before ready, the rest after', async () => {
    await startMain(fake);
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/gongwen$/));
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect([...fake.state.appListeners.keys()]).toEqual(expect.arrayContaining(['web-contents-created', 'second-instance', 'open-file', 'window-all-closed', 'will-quit']));
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);

    const window = await ready(fake);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.values(hostChannelNames().invoke).sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(window.loaded).toBe('app://gongwen/index.html');
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: expect.stringMatching(/preload\.cjs$/) });
  });
});
