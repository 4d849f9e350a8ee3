import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS } from '../../../core/host/commands.ts';
import type { MenuCommand } from '../../../core/host/ipc-contract.ts';
import { accelerator, buildMenuTemplate, type MenuOptions } from '../../../main/electron-main/menu.ts';

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
  it('has the Chinese top-level menus of the web mode, with their access keys on Windows and Linux', () => {
    expect(build().template.map((item) => item.label)).toEqual(['文件(&F)', '编辑(&E)', '段落(&P)', '表格(&A)', '视图(&V)', '帮助(&H)']);
    expect(build({ platform: 'darwin' }).template.slice(1).map((item) => item.label)).toEqual(['文件', '编辑', '段落', '表格', '视图', '帮助']);
  });

  it.each([
    ['win32', '文件(&F)', ['新建', '由上期报告新建', '打开', '最近打开', '-', '保存', '另存为', '-', '导出 Word', '导出 PDF', '-', '打印', '-', '退出']],
    ['darwin', '文件', ['新建', '由上期报告新建', '打开', '最近打开', '-', '保存', '另存为', '-', '导出 Word', '导出 PDF', '-', '打印']],
    ['win32', '编辑(&E)', ['撤销', '重做', '-', '剪切', '复制', '粘贴', '全选', '-', '查找和替换']],
    ['win32', '段落(&P)', ['一级标题', '二级标题', '三级标题', '四级标题', '正文', '-', '升级', '降级', '上移章节', '下移章节', '-', '段首标题', '附件说明', '-', '添加附件', '删除附件', '-', '版头', '版记']],
    ['win32', '表格(&A)', ['插入表格', '-', '在上方插入行', '在下方插入行', '在左侧插入列', '在右侧插入列', '-', '合并单元格', '拆分单元格', '-', '删除行', '删除列', '删除表格']],
    ['win32', '视图(&V)', ['大纲', '预览', '检查', '-', '放大', '缩小', '适合宽度', '-', '全屏']],
    ['win32', '帮助(&H)', ['关于']],
  ] as const)('on %s the %s menu holds the web menu bar\'s items, and the desktop\'s own, in order', (platform, menu, labels) => {
    const items = submenu(find(build({ platform }).template, [menu]));
    expect(items.map((item) => (item.type === 'separator' ? '-' : item.label))).toEqual(labels);
  });

  it.each([
    [['文件(&F)', '新建'], 'CmdOrCtrl+N', 'file.new'],
    [['文件(&F)', '由上期报告新建'], undefined, 'file.rollForward'],
    [['文件(&F)', '打开'], 'CmdOrCtrl+O', 'file.open'],
    [['文件(&F)', '保存'], 'CmdOrCtrl+S', 'file.save'],
    [['文件(&F)', '另存为'], 'CmdOrCtrl+Shift+S', 'file.saveAs'],
    [['文件(&F)', '导出 Word'], 'CmdOrCtrl+E', 'file.exportDocx'],
    [['文件(&F)', '导出 PDF'], undefined, 'file.exportPdf'],
    [['文件(&F)', '打印'], 'CmdOrCtrl+P', 'file.print'],
    [['编辑(&E)', '撤销'], 'CmdOrCtrl+Z', 'edit.undo'],
    [['编辑(&E)', '重做'], 'CmdOrCtrl+Shift+Z', 'edit.redo'],
    [['编辑(&E)', '查找和替换'], 'CmdOrCtrl+F', 'edit.find'],
    [['段落(&P)', '一级标题'], 'CmdOrCtrl+1', 'format.heading1'],
    [['段落(&P)', '四级标题'], 'CmdOrCtrl+4', 'format.heading4'],
    [['段落(&P)', '正文'], 'CmdOrCtrl+0', 'format.body'],
    [['段落(&P)', '升级'], 'Shift+Tab', 'format.promote'],
    [['段落(&P)', '降级'], 'Tab', 'format.demote'],
    [['段落(&P)', '上移章节'], 'Alt+Shift+Up', 'format.moveUp'],
    [['段落(&P)', '下移章节'], 'Alt+Shift+Down', 'format.moveDown'],
    [['段落(&P)', '段首标题'], 'CmdOrCtrl+Shift+R', 'format.toggleRunIn'],
    [['段落(&P)', '附件说明'], undefined, 'format.attachment'],
    [['段落(&P)', '添加附件'], undefined, 'format.addAnnex'],
    [['段落(&P)', '删除附件'], undefined, 'format.removeAnnex'],
    [['段落(&P)', '版头'], undefined, 'format.banner'],
    [['段落(&P)', '版记'], undefined, 'format.colophon'],
    [['视图(&V)', '大纲'], undefined, 'view.outline'],
    [['视图(&V)', '检查'], undefined, 'view.check'],
    [['视图(&V)', '预览'], undefined, 'view.preview'],
    [['视图(&V)', '放大'], 'CmdOrCtrl+=', 'view.zoomIn'],
    [['视图(&V)', '缩小'], 'CmdOrCtrl+-', 'view.zoomOut'],
    [['视图(&V)', '适合宽度'], undefined, 'view.zoomFit'],
    [['帮助(&H)', '关于'], undefined, 'help.about'],
  ] as const)('%j shows %s and sends %s to the renderer', (path, shown, command) => {
    const { template, actions } = build();
    const item = find(template, [...path]);
    expect(item.accelerator).toBe(shown);
    expect(item.role).toBeUndefined();
    click(item);
    expect(actions.send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('reaches every command of the shared table', () => {
    const { template, actions } = build();
    for (const item of allItems(template)) if (item.click) click(item);
    expect(new Set(actions.send.mock.calls.map(([command]) => command))).toEqual(new Set(COMMAND_IDS));
  });

  it('shows the keys but registers none: the page answers them once, and Tab and Ctrl+Z stay the editor\'s', () => {
    const withKeys = allItems(build().template).filter((item) => item.accelerator !== undefined);
    expect(withKeys.length).toBeGreaterThan(15);
    expect(withKeys.filter((item) => item.registerAccelerator !== false).map((item) => item.label)).toEqual([]);
  });

  it('writes the table\'s keys in Electron\'s words', () => {
    expect(accelerator('Ctrl+Shift+S')).toBe('CmdOrCtrl+Shift+S');
    expect(accelerator('Alt+Shift+↑')).toBe('Alt+Shift+Up');
    expect(accelerator('Shift+Tab')).toBe('Shift+Tab');
    expect(accelerator('Ctrl+-')).toBe('CmdOrCtrl+-');
  });

  it('uses the system roles for the clipboard and quitting', () => {
    const { template } = build();
    expect(['剪切', '复制', '粘贴', '全选'].map((label) => find(template, ['编辑(&E)', label]).role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(find(template, ['文件(&F)', '退出']).role).toBe('quit');
  });

  it('lists recent files, opens the one clicked, and can clear the list', () => {
    const recent = [
      { path: '/d/上半年总结.gwdoc', name: '上半年总结.gwdoc' },
      { path: '/d/R&D.gwdoc', name: 'R&D.gwdoc' },
    ];
    const { template, actions } = build({ recent });
    const items = submenu(find(template, ['文件(&F)', '最近打开']));
    expect(items.map((item) => item.label ?? item.type)).toEqual(['1. 上半年总结.gwdoc', '2. R&&D.gwdoc', 'separator', '清除最近打开记录']);
    click(items[1]!);
    expect(actions.openRecent).toHaveBeenCalledExactlyOnceWith('/d/R&D.gwdoc');
    click(items[3]!);
    expect(actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder when nothing was opened yet', () => {
    const items = submenu(find(build().template, ['文件(&F)', '最近打开']));
    expect(items).toEqual([{ label: '（无）', enabled: false }]);
  });

  it('puts the app menu first on macOS, where 退出 lives in it', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(submenu(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('offers developer tools only in development builds', () => {
    const roles = (developer: boolean) => submenu(find(build({ developer }).template, ['视图(&V)'])).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});
