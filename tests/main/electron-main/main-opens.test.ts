import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serializeGwdoc } from '../../../core/gwdoc.ts';
import { hostEvents } from '../../../core/host/host-channels.ts';
import { newDocument } from '../../../core/new-document.ts';
import { getTemplate } from '../../../core/templates.ts';
import { invoke, ready, startMain, useFakeElectron } from './fake-electron.ts';

// main/electron-main/main.ts against a stand-in for 'electron': files named outside the page
// (a second launch) and menu clicks reach the page.
const fake = await vi.hoisted(async () => (await import('./fake-electron.ts')).createFakeElectron());
vi.mock('electron', () => fake.module);
useFakeElectron(fake);
const { app, Menu } = fake.electron;
const OPENED = hostEvents.onOpenFile.channel;

describe('main/electron-main/main.ts: opening files and menu commands', () => {
  it("hands a second launch's file over as additionalData", async () => {
    await startMain(fake);
    expect(app.requestSingleInstanceLock).toHaveBeenCalledWith({ file: null });
    const window = await ready(fake);
    const file = join(fake.state.userData, '第二个.gwdoc');
    await writeFile(file, '{}');
    window.contentsListeners.get('did-finish-load')!();
    // Chromium's argv names another file; the data the second instance sent wins.
    fake.state.appListeners.get('second-instance')!({} as never, ['gongwen', '/tmp/other.gwdoc'] as never, '/' as never, { file } as never);
    await vi.waitFor(() => expect(window.sent).toContainEqual([OPENED, { path: file, name: '第二个.gwdoc', text: '{}' }]));
  });

  it('opens a .gwdoc named by a second launch in the running window', async () => {
    await startMain(fake);
    const window = await ready(fake);
    const file = join(fake.state.userData, '报告.gwdoc');
    const text = serializeGwdoc(newDocument(getTemplate('annual'), { organ: '宣城市科技局', year: 2023 }));
    await writeFile(file, text);
    window.contentsListeners.get('did-finish-load')!();
    fake.state.appListeners.get('second-instance')!({} as never, ['/opt/gongwen/gongwen', '--flag', file] as never, '/' as never);
    await vi.waitFor(() => expect(window.sent).toContainEqual([OPENED, { path: file, name: '报告.gwdoc', text }]));
    expect(app.addRecentDocument).toHaveBeenCalledWith(file);
    // The file is now granted, so the renderer may save it in place.
    await expect(invoke(fake, 'doc:openPath', file)).resolves.toMatchObject({ name: '报告.gwdoc' });
  });

  it('forwards menu clicks to the renderer as menu commands', async () => {
    await startMain(fake);
    const window = await ready(fake);
    const template = Menu.setApplicationMenu.mock.calls.at(-1)![0] as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    template.find((m) => m.label === '文件(&F)')!.submenu!.find((i) => i.label === '保存')!.click!();
    expect(window.sent).toContainEqual([hostEvents.onMenuCommand.channel, 'file.save']);
  });
});
