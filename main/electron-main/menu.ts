import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../core/host/ipc-contract.ts';

export interface MenuActions {
  /** Forwards a command to the renderer, which owns the document. */
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  recent: readonly RecentFile[];
  /** Adds 开发者工具 to 视图; off in packaged builds. */
  developer: boolean;
  actions: MenuActions;
}

/** Windows menus read a single & as a mnemonic marker; file names are shown literally. */
function literal(label: string): string {
  return label.replaceAll('&', '&&');
}

function recentSubmenu(recent: readonly RecentFile[], actions: MenuActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: '（无）', enabled: false }];
  return [
    ...recent.map((file, i): MenuItemConstructorOptions => ({ label: `${i + 1}. ${literal(file.name)}`, toolTip: file.path, click: () => actions.openRecent(file.path) })),
    { type: 'separator' },
    { label: '清除最近打开记录', click: () => actions.clearRecent() },
  ];
}

/**
 * The application menu as a plain template (Menu.buildFromTemplate turns it into a menu), so
 * labels, accelerators and commands are unit-tested without Electron.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions, platform } = options;
  const mac = platform === 'darwin';
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => actions.send(id),
    ...(accelerator ? { accelerator } : {}),
  });
  // Slate keeps its own history and already handles the undo/redo keys inside the editor; the
  // menu shows the keys but must not grab them too, or one key press would undo twice.
  const history = (label: string, id: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({ ...command(label, id, accelerator), registerAccelerator: false });

  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      command('新建', 'file.new', 'CmdOrCtrl+N'),
      command('由上期报告新建', 'file.rollForward'),
      command('打开', 'file.open', 'CmdOrCtrl+O'),
      { label: '最近打开', submenu: recentSubmenu(options.recent, actions) },
      { type: 'separator' },
      command('保存', 'file.save', 'CmdOrCtrl+S'),
      command('另存为', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('导出 Word', 'file.exportDocx', 'CmdOrCtrl+E'),
      command('导出 PDF', 'file.exportPdf'),
      { type: 'separator' },
      command('打印', 'file.print', 'CmdOrCtrl+P'),
      ...(mac ? [] : [{ type: 'separator' } as const, { label: '退出', role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      history('撤销', 'edit.undo', 'CmdOrCtrl+Z'),
      history('重做', 'edit.redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      { type: 'separator' },
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
      { type: 'separator' },
      // The renderer also answers Ctrl+H with the same bar; a menu item can show only one key.
      command('查找和替换', 'edit.find', 'CmdOrCtrl+F'),
    ],
  };
  const format: MenuItemConstructorOptions = {
    label: '格式',
    submenu: [
      command('标题一级', 'format.heading1', 'CmdOrCtrl+1'),
      command('标题二级', 'format.heading2', 'CmdOrCtrl+2'),
      command('标题三级', 'format.heading3', 'CmdOrCtrl+3'),
      command('标题四级', 'format.heading4', 'CmdOrCtrl+4'),
      command('正文', 'format.body', 'CmdOrCtrl+0'),
      { type: 'separator' },
      command('段首标题', 'format.toggleRunIn'),
      command('附件说明', 'format.attachment'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      command('大纲', 'view.outline'),
      command('检查', 'view.check'),
      command('预览', 'view.preview'),
      { type: 'separator' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      { label: '实际大小', role: 'resetZoom' },
      { label: '全屏', role: 'togglefullscreen' },
      ...(options.developer ? [{ type: 'separator' } as const, { label: '开发者工具', role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = { label: '帮助', submenu: [command('关于', 'help.about')] };

  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, format, view, help];
}
