import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, commandTitle, type AppCommand, type CommandTargets } from '../../renderer/app/commands/command-table.ts';
import { COMMAND_IDS, MENUS } from '../../core/host/commands.ts';
import { runCommand } from '../../renderer/app/commands/run-command.ts';
import { parseChord, shortcutCommand } from '../../renderer/app/commands/shortcuts.ts';
import { SessionStore } from '../../renderer/app/session/session-store.ts';

function key(init: Partial<KeyboardEvent> & { key: string }): KeyboardEvent {
  return { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, keyCode: 0, code: '', ...init } as KeyboardEvent;
}

const menuItems = MENUS.flatMap((menu) => menu.items).filter((item): item is AppCommand => item !== '-');

describe('the command table', () => {
  it('puts every command of the shared table in the menus exactly once, and gives each what it does', () => {
    expect([...menuItems].sort()).toEqual([...COMMAND_IDS].sort());
    expect(Object.keys(COMMANDS).sort()).toEqual([...COMMAND_IDS].sort());
    for (const id of COMMAND_IDS) expect(typeof COMMANDS[id].action).toBe('object');
  });

  it('gives the toolbar the same name, keys and purpose as the menu', () => {
    expect(commandTitle('file.open')).toBe('打开（Ctrl+O，.gwdoc、.docx 或 .txt）');
    expect(commandTitle('format.heading2')).toBe('二级标题（Ctrl+2）');
    expect(commandTitle('view.outline')).toBe('大纲（显示或隐藏大纲）');
    expect(commandTitle('file.rollForward')).toBe('由上期报告新建');
  });
});

describe('window shortcuts', () => {
  it.each([
    [{ key: 'n', ctrlKey: true }, 'file.new'],
    [{ key: 'o', metaKey: true }, 'file.open'],
    [{ key: 's', ctrlKey: true }, 'file.save'],
    [{ key: 'S', ctrlKey: true, shiftKey: true }, 'file.saveAs'],
    [{ key: 'e', ctrlKey: true }, 'file.exportDocx'],
    [{ key: 'f', ctrlKey: true }, 'edit.find'],
    [{ key: 'h', ctrlKey: true }, 'edit.find'],
    [{ key: '=', ctrlKey: true }, 'view.zoomIn'],
    [{ key: '+', ctrlKey: true, shiftKey: true }, 'view.zoomIn'],
    [{ key: '-', ctrlKey: true }, 'view.zoomOut'],
    [{ key: 'x', ctrlKey: true, code: 'NumpadSubtract' }, 'view.zoomOut'],
  ] as const)('%j → %s', (init, command) => {
    expect(shortcutCommand(key(init))).toBe(command);
  });

  it.each([
    ['Ctrl+Shift+N', { key: 'N', ctrlKey: true, shiftKey: true }],
    ['Ctrl+Alt+S', { key: 's', ctrlKey: true, altKey: true }],
    ['plain S', { key: 's' }],
    ['the editor’s Ctrl+1', { key: '1', ctrlKey: true }],
    ['the editor’s Ctrl+Z', { key: 'z', ctrlKey: true }],
    ['an IME’s keydown', { key: 's', ctrlKey: true, isComposing: true }],
    ['keyCode 229', { key: 's', ctrlKey: true, keyCode: 229 }],
  ] as const)('leaves %s alone', (_name, init) => {
    expect(shortcutCommand(key(init))).toBeNull();
  });

  it('answers every window key the table shows with its own command', () => {
    for (const [command, spec] of Object.entries(COMMANDS)) {
      if (!spec.windowKeys || !spec.shortcut) continue;
      const chord = parseChord(spec.shortcut);
      expect(shortcutCommand(key({ key: chord.key, ctrlKey: chord.ctrl, shiftKey: chord.shift, altKey: chord.alt })), spec.shortcut).toBe(command);
    }
  });
});

describe('runCommand', () => {
  function targets(): CommandTargets {
    const host = { kind: 'browser' as const, openDocument: vi.fn(), saveDocument: vi.fn(), saveDocumentAs: vi.fn(), saveExport: vi.fn(), print: vi.fn(), savePdf: vi.fn(), writeDraft: vi.fn(), readDraft: () => null };
    const store = new SessionStore({ host, notify: vi.fn() });
    const files = { requestNew: vi.fn(), requestOpen: vi.fn(), requestRollForward: vi.fn(), openFromHost: vi.fn(), rollForwardFromHost: vi.fn(), openFromOutside: vi.fn(), reimportWithPunctuation: vi.fn(), createDocument: vi.fn(), createRolledForward: vi.fn() };
    return { store, files, panels: { toggleOutline: vi.fn(), togglePreview: vi.fn(), toggleCheck: vi.fn() }, zoom: { step: vi.fn(), set: vi.fn() }, openFind: vi.fn(), openTablePicker: vi.fn(), notify: vi.fn() };
  }

  it('waits while a dialog asks its question', () => {
    const t = targets();
    expect(t.store.getSnapshot().dialog).not.toBeNull();
    runCommand('file.open', t);
    expect(t.files.requestOpen).not.toHaveBeenCalled();
    t.store.closeDialog();
    runCommand('file.open', t);
    expect(t.files.requestOpen).toHaveBeenCalledOnce();
  });

  it('runs no command that needs a document without one', () => {
    const t = targets();
    t.store.closeDialog();
    runCommand('view.preview', t);
    runCommand('edit.find', t);
    runCommand('view.outline', t);
    expect(t.panels.togglePreview).not.toHaveBeenCalled();
    expect(t.openFind).not.toHaveBeenCalled();
    expect(t.panels.toggleOutline).toHaveBeenCalledOnce();
  });
});
