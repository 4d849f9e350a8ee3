import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { closeWindow, invoke, ready, startMain, useFakeElectron } from './fake-electron.ts';

// main/electron-main/main.ts against a stand-in for 'electron': crash-recovery drafts across
// sessions, a clean close and a crashed page.
const fake = await vi.hoisted(async () => (await import('./fake-electron.ts')).createFakeElectron());
vi.mock('electron', () => fake.module);
useFakeElectron(fake);
const { app, dialog } = fake.electron;

describe('main/electron-main/main.ts: recovery drafts', () => {
  it("keeps recovery drafts of a crashed session, offers them at start, and removes this session's on a clean close before quitting", async () => {
    const recovery = join(fake.state.userData, 'recovery');
    await mkdir(recovery, { recursive: true });
    const crashed = 'aaaaaaaa-0000-4000-8000-000000000001';
    await writeFile(join(recovery, `${crashed}.json`), '{"from":"the crash"}');
    await writeFile(join(recovery, `.${crashed}.json.0123456789ab.tmp`), 'half');
    await startMain(fake);
    const window = await ready(fake);
    // The interrupted write's temp file is gone before the page could ask.
    expect((await readdir(recovery)).sort()).toEqual([`${crashed}.json`]);
    await expect(invoke(fake, 'recovery:list')).resolves.toEqual([expect.objectContaining({ id: crashed, text: '{"from":"the crash"}' })]);
    const mine = 'bbbbbbbb-0000-4000-8000-000000000002';
    await invoke(fake, 'recovery:write', { id: mine, text: '{"typing":1}' });
    await expect(invoke(fake, 'recovery:write', { id: '../../escape', text: 'x' })).rejects.toThrow(/请求内容无效/);
    expect((await readdir(recovery)).sort()).toEqual([`${crashed}.json`, `${mine}.json`].sort());

    // 不保存, the window closes, the app quits: quitting waits for this session's draft to go.
    window.contentsListeners.get('did-finish-load')!();
    await invoke(fake, 'window:setTitle', { name: '报告', dirty: true });
    fake.state.messageBoxChoice = 1;
    expect(closeWindow(window).preventDefault).not.toHaveBeenCalled();
    window.listeners.get('closed')!();
    const quit = { preventDefault: vi.fn() };
    fake.state.appListeners.get('will-quit')!(quit as never);
    expect(quit.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(await readdir(recovery)).toEqual([`${crashed}.json`]);
  });

  it('keeps the draft when the window closes after its page crashed', async () => {
    await startMain(fake);
    const window = await ready(fake);
    const mine = 'cccccccc-0000-4000-8000-000000000003';
    await invoke(fake, 'recovery:write', { id: mine, text: '{"typing":1}' });
    window.contentsListeners.get('did-finish-load')!();
    await invoke(fake, 'window:setTitle', { name: '报告', dirty: true });
    window.contentsListeners.get('render-process-gone')!();
    expect(closeWindow(window).preventDefault).not.toHaveBeenCalled();
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
    window.listeners.get('closed')!();
    fake.state.appListeners.get('will-quit')!({ preventDefault: vi.fn() } as never);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(await readdir(join(fake.state.userData, 'recovery'))).toEqual([`${mine}.json`]);
  });
});
