import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serializeGwdoc } from '../../../core/gwdoc.ts';
import { hostEvents } from '../../../core/host/host-channels.ts';
import { newDocument } from '../../../core/new-document.ts';
import { getTemplate } from '../../../core/templates.ts';
import { closeWindow, invoke, ready, startMain, useFakeElectron } from './fake-electron.ts';

// main/electron-main/main.ts against a stand-in for 'electron': the window's title, and
// closing it with unsaved changes.
const fake = await vi.hoisted(async () => (await import('./fake-electron.ts')).createFakeElectron());
vi.mock('electron', () => fake.module);
useFakeElectron(fake);
const { app, dialog } = fake.electron;

describe('main/electron-main/main.ts: closing the window', () => {
  it('titles the window from the renderer and asks 保存 / 不保存 / 取消 before closing with unsaved changes', async () => {
    await startMain(fake);
    const window = await ready(fake);
    await invoke(fake, 'window:setTitle', { name: '上半年总结.gwdoc', dirty: true });
    expect(window.title).toBe('• 上半年总结.gwdoc — 公文写作台');
    fake.state.messageBoxChoice = 2;
    expect(closeWindow(window).preventDefault).toHaveBeenCalledOnce();
    expect(dialog.showMessageBoxSync.mock.calls[0]![1]).toMatchObject({ buttons: ['保存', '不保存', '取消'], cancelId: 2, message: expect.stringContaining('上半年总结.gwdoc') });
    await invoke(fake, 'window:setTitle', { name: '上半年总结.gwdoc', dirty: false });
    expect(closeWindow(window).preventDefault).not.toHaveBeenCalled();
  });

  it('保存 on close: sends 文件 › 保存 to the page, and closes once the save is written and the page is clean', async () => {
    await startMain(fake);
    const window = await ready(fake);
    const file = join(fake.state.userData, '报告.gwdoc');
    await writeFile(file, '{}');
    fake.state.appListeners.get('second-instance')!({} as never, ['gongwen'] as never, '/' as never, { file } as never);
    // Opened, so granted: the page may save it in place.
    await vi.waitFor(() => expect(app.addRecentDocument).toHaveBeenCalledWith(file));
    await invoke(fake, 'window:setTitle', { name: '报告.gwdoc', dirty: true });
    fake.state.messageBoxChoice = 0;
    expect(closeWindow(window).preventDefault).toHaveBeenCalledOnce();
    expect(window.sent).toContainEqual([hostEvents.onMenuCommand.channel, 'file.save']);
    const text = serializeGwdoc(newDocument(getTemplate('annual'), { organ: '宣城市科技局', year: 2023 }));
    await expect(invoke(fake, 'doc:save', { path: file, suggestedName: '报告', text })).resolves.toEqual({ path: file, name: '报告.gwdoc' });
    expect(window.closed).toBe(0);
    await invoke(fake, 'window:setTitle', { name: '报告.gwdoc', dirty: false });
    expect(window.closed).toBe(1);
  });
});
