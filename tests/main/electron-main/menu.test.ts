import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommands, type MenuCommand } from '../../../core/host/ipc-contract.ts';
import { buildMenuTemplate, type MenuOptions } from '../../../main/electron-main/menu.ts';

function build(overrides: Partial<MenuOptions> = {}) {
  const actions = { send: vi.fn<(command: MenuCommand) => void>(), openRecent: vi.fn<(path: string) => void>(), clearRecent: vi.fn() };
  const template = buildMenuTemplate({ platform: 'win32', recent: [], developer: false, actions, ...overrides });
  return { template, actions };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  expect(Array.isArray(item?.submenu)).toBe(true);
  return item!.submenu as MenuItemConstructorOptions[];
}

function find(template: MenuItemConstructorOptions[], path: string[]): MenuItemConstructorOptions {
  let items = template;
  let found: MenuItemConstructorOptions | undefined;
  for (const label of path) {
    found = items.find((item) => item.label === label);
    expect(found, `menu item ${path.join(' › ')}`).toBeDefined();
    items = Array.isArray(found!.submenu) ? (found!.submenu as MenuItemConstructorOptions[]) : [];
  }
  return found!;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu as MenuItemConstructorOptions[]) : [])]);
}

describe('buildMenuTemplate', () => {
  it('has the Chinese top-level menus', () => {
    expect(build().template.map((item) => item.label)).toEqual(['文件', '编辑', '格式', '视图', '帮助']);
  });

  it.each([
    ['win32', '文件', ['新建', '由上期报告新建', '打开', '最近打开', '-', '保存', '另存为', '-', '导出 Word', '导出 PDF', '-', '打印', '-', '退出']],
    ['darwin', '文件', ['新建', '由上期报告新建', '打开', '最近打开', '-', '保存', '另存为', '-', '导出 Word', '导出 PDF', '-', '打印']],
    ['win32', '编辑', ['撤销', '重做', '-', '剪切', '复制', '粘贴', '全选', '-', '查找和替换']],
    ['win32', '格式', ['标题一级', '标题二级', '标题三级', '标题四级', '正文', '-', '段首标题', '附件说明']],
    ['win32', '帮助', ['关于']],
  ] as const)('on %s the %s menu holds exactly the items of the issue, in order', (platform, menu, labels) => {
    const items = submenu(find(build({ platform }).template, [menu]));
    expect(items.map((item) => (item.type === 'separator' ? '-' : item.label))).toEqual(labels);
  });

  it('opens 视图 with 大纲, 检查, 预览 before the zoom items', () => {
    const items = submenu(find(build().template, ['视图']));
    expect(items.slice(0, 3).map((item) => item.label)).toEqual(['大纲', '检查', '预览']);
  });

  it.each([
    [['文件', '新建'], 'CmdOrCtrl+N', 'file.new'],
    [['文件', '由上期报告新建'], undefined, 'file.rollForward'],
    [['文件', '打开'], 'CmdOrCtrl+O', 'file.open'],
    [['文件', '保存'], 'CmdOrCtrl+S', 'file.save'],
    [['文件', '另存为'], 'CmdOrCtrl+Shift+S', 'file.saveAs'],
    [['编辑', '撤销'], 'CmdOrCtrl+Z', 'edit.undo'],
    [['编辑', '重做'], 'CmdOrCtrl+Y', 'edit.redo'],
    [['编辑', '查找和替换'], 'CmdOrCtrl+F', 'edit.find'],
    [['文件', '导出 Word'], 'CmdOrCtrl+E', 'file.exportDocx'],
    [['文件', '导出 PDF'], undefined, 'file.exportPdf'],
    [['文件', '打印'], 'CmdOrCtrl+P', 'file.print'],
    [['格式', '标题一级'], 'CmdOrCtrl+1', 'format.heading1'],
    [['格式', '标题二级'], 'CmdOrCtrl+2', 'format.heading2'],
    [['格式', '标题三级'], 'CmdOrCtrl+3', 'format.heading3'],
    [['格式', '标题四级'], 'CmdOrCtrl+4', 'format.heading4'],
    [['格式', '正文'], 'CmdOrCtrl+0', 'format.body'],
    [['格式', '段首标题'], undefined, 'format.toggleRunIn'],
    [['格式', '附件说明'], undefined, 'format.attachment'],
    [['视图', '大纲'], undefined, 'view.outline'],
    [['视图', '检查'], undefined, 'view.check'],
    [['视图', '预览'], undefined, 'view.preview'],
    [['帮助', '关于'], undefined, 'help.about'],
  ] as const)('%j has accelerator %s and sends %s to the renderer', (path, accelerator, command) => {
    const { template, actions } = build();
    const item = find(template, [...path]);
    expect(item.accelerator).toBe(accelerator);
    expect(item.role).toBeUndefined();
    click(item);
    expect(actions.send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('reaches every menu command of the contract', () => {
    const { template, actions } = build();
    for (const item of allItems(template)) if (item.click) click(item);
    expect(new Set(actions.send.mock.calls.map(([command]) => command))).toEqual(new Set(menuCommands));
  });

  it('leaves undo and redo keys to the editor, which keeps its own history', () => {
    const { template } = build();
    for (const label of ['撤销', '重做']) {
      const item = find(template, ['编辑', label]);
      expect(item.registerAccelerator).toBe(false);
      expect(item.role).toBeUndefined();
    }
    expect(find(build({ platform: 'darwin' }).template, ['编辑', '重做']).accelerator).toBe('Shift+CmdOrCtrl+Z');
  });

  it('uses the system roles for the clipboard and quitting', () => {
    const { template } = build();
    expect(['剪切', '复制', '粘贴', '全选'].map((label) => find(template, ['编辑', label]).role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(find(template, ['文件', '退出']).role).toBe('quit');
  });

  it('lists recent files, opens the one clicked, and can clear the list', () => {
    const recent = [
      { path: '/d/上半年总结.gwdoc', name: '上半年总结.gwdoc' },
      { path: '/d/R&D.gwdoc', name: 'R&D.gwdoc' },
    ];
    const { template, actions } = build({ recent });
    const items = submenu(find(template, ['文件', '最近打开']));
    expect(items.map((item) => item.label ?? item.type)).toEqual(['1. 上半年总结.gwdoc', '2. R&&D.gwdoc', 'separator', '清除最近打开记录']);
    click(items[1]!);
    expect(actions.openRecent).toHaveBeenCalledExactlyOnceWith('/d/R&D.gwdoc');
    click(items[3]!);
    expect(actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder when nothing was opened yet', () => {
    const items = submenu(find(build().template, ['文件', '最近打开']));
    expect(items).toEqual([{ label: '（无）', enabled: false }]);
  });

  it('puts the app menu first on macOS, where 退出 lives in it', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(submenu(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('offers developer tools only in development builds', () => {
    const roles = (developer: boolean) => submenu(find(build({ developer }).template, ['视图'])).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});
