import type { MenuCommand } from '../platform/platform.ts';

/** The renderer's own commands beyond the host menu's: structure moves and the page's 显示比例. */
export type AppCommand = MenuCommand | 'format.promote' | 'format.demote' | 'format.moveUp' | 'format.moveDown' | 'view.zoomIn' | 'view.zoomOut' | 'view.zoomFit';

export interface MenuItem {
  label: string;
  command: AppCommand;
  /** As the keys are pressed; shown in the menu and in the toolbar's tooltips. */
  shortcut?: string;
  /** Acts on the open document: disabled without one. */
  needsDocument?: boolean;
}

export interface Menu {
  label: string;
  /** The access key: Alt+key opens the menu (文件(F) as in WPS and Word). */
  key: string;
  items: (MenuItem | 'separator')[];
}

/** The menu bar of the web mode, grouped as WPS and Word users expect; the Electron menu (main/menu.ts) holds the same commands. */
export const MENUS: readonly Menu[] = [
  {
    label: '文件',
    key: 'F',
    items: [
      { label: '新建', command: 'file.new', shortcut: 'Ctrl+N' },
      { label: '由上期报告新建', command: 'file.rollForward' },
      { label: '打开', command: 'file.open', shortcut: 'Ctrl+O' },
      'separator',
      { label: '保存', command: 'file.save', shortcut: 'Ctrl+S', needsDocument: true },
      { label: '另存为', command: 'file.saveAs', shortcut: 'Ctrl+Shift+S', needsDocument: true },
      'separator',
      { label: '导出 Word', command: 'file.exportDocx', shortcut: 'Ctrl+E', needsDocument: true },
    ],
  },
  {
    label: '编辑',
    key: 'E',
    items: [
      { label: '撤销', command: 'edit.undo', shortcut: 'Ctrl+Z', needsDocument: true },
      { label: '重做', command: 'edit.redo', shortcut: 'Ctrl+Shift+Z', needsDocument: true },
      'separator',
      { label: '查找和替换', command: 'edit.find', shortcut: 'Ctrl+F', needsDocument: true },
    ],
  },
  {
    label: '段落',
    key: 'P',
    items: [
      { label: '一级标题', command: 'format.heading1', shortcut: 'Ctrl+1', needsDocument: true },
      { label: '二级标题', command: 'format.heading2', shortcut: 'Ctrl+2', needsDocument: true },
      { label: '三级标题', command: 'format.heading3', shortcut: 'Ctrl+3', needsDocument: true },
      { label: '四级标题', command: 'format.heading4', shortcut: 'Ctrl+4', needsDocument: true },
      { label: '正文', command: 'format.body', shortcut: 'Ctrl+0', needsDocument: true },
      'separator',
      { label: '升级', command: 'format.promote', shortcut: 'Shift+Tab', needsDocument: true },
      { label: '降级', command: 'format.demote', shortcut: 'Tab', needsDocument: true },
      { label: '上移章节', command: 'format.moveUp', shortcut: 'Alt+Shift+↑', needsDocument: true },
      { label: '下移章节', command: 'format.moveDown', shortcut: 'Alt+Shift+↓', needsDocument: true },
      'separator',
      { label: '段首标题', command: 'format.toggleRunIn', shortcut: 'Ctrl+Shift+R', needsDocument: true },
      { label: '附件说明', command: 'format.attachment', needsDocument: true },
    ],
  },
  {
    label: '视图',
    key: 'V',
    items: [
      { label: '大纲', command: 'view.outline' },
      { label: '预览', command: 'view.preview', needsDocument: true },
      { label: '检查', command: 'view.check', needsDocument: true },
      'separator',
      { label: '放大', command: 'view.zoomIn', shortcut: 'Ctrl+=', needsDocument: true },
      { label: '缩小', command: 'view.zoomOut', shortcut: 'Ctrl+-', needsDocument: true },
      { label: '适合宽度', command: 'view.zoomFit', needsDocument: true },
    ],
  },
  { label: '帮助', key: 'H', items: [{ label: '关于', command: 'help.about' }] },
];

/** A command's shortcut as the menu shows it, for the toolbar's tooltips (one home for the keys). */
export function shortcutOf(command: AppCommand): string | undefined {
  for (const menu of MENUS) for (const item of menu.items) if (item !== 'separator' && item.command === command) return item.shortcut;
  return undefined;
}
