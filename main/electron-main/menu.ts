import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_INFO, MENUS, type CommandId } from '../../core/host/commands.ts';
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

/** A shortcut as the table writes it ('Ctrl+Shift+S', 'Alt+Shift+↑') in Electron's accelerator words. */
export function accelerator(shortcut: string): string {
  const keys: Record<string, string> = { Ctrl: 'CmdOrCtrl', '↑': 'Up', '↓': 'Down', '←': 'Left', '→': 'Right' };
  return shortcut
    .split('+')
    .map((key) => keys[key] ?? key)
    .join('+');
}

/** What the desktop's menus add to the shared ones, after the command named (or at the end). */
function desktopExtras(options: MenuOptions): Partial<Record<CommandId | 'end', Record<string, MenuItemConstructorOptions[]>>> {
  const mac = options.platform === 'darwin';
  return {
    // The system's clipboard roles: on a Mac, ⌘C and ⌘V only work through an Edit menu that has them.
    'edit.redo': { 编辑: [{ type: 'separator' }, { label: '剪切', role: 'cut' }, { label: '复制', role: 'copy' }, { label: '粘贴', role: 'paste' }, { label: '全选', role: 'selectAll' }] },
    'file.open': { 文件: [{ label: '最近打开', submenu: recentSubmenu(options.recent, options.actions) }] },
    end: {
      文件: mac ? [] : [{ type: 'separator' }, { label: '退出', role: 'quit' }],
      视图: [{ type: 'separator' }, { label: '全屏', role: 'togglefullscreen' }, ...(options.developer ? [{ type: 'separator' } as const, { label: '开发者工具', role: 'toggleDevTools' } as const] : [])],
    },
  };
}

/**
 * The application menu as a plain template (Menu.buildFromTemplate turns it into a menu), so
 * labels, accelerators and commands are unit-tested without Electron. Menus, names and keys are
 * the shared table's (core/host/commands.ts), as in the web mode's menu bar. The keys are shown,
 * never registered: the page answers every one of them itself, so a key press reaches it once,
 * and Tab or Ctrl+Z stay the editor's.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions, platform } = options;
  const extras = desktopExtras(options);
  const command = (id: CommandId): MenuItemConstructorOptions => {
    const { label, shortcut } = COMMAND_INFO[id];
    return { label, click: () => actions.send(id), ...(shortcut ? { accelerator: accelerator(shortcut), registerAccelerator: false } : {}) };
  };
  const menus = MENUS.map((menu): MenuItemConstructorOptions => ({
    // &F: Alt+F opens it on Windows and Linux, 文件(F) as in the web mode's menu bar.
    label: platform === 'darwin' ? menu.label : `${menu.label}(&${menu.key})`,
    submenu: [
      ...menu.items.flatMap((item): MenuItemConstructorOptions[] => (item === '-' ? [{ type: 'separator' }] : [command(item), ...(extras[item]?.[menu.label] ?? [])])),
      ...(extras.end?.[menu.label] ?? []),
    ],
  }));
  return [...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []), ...menus];
}
