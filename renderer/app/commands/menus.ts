import type { AppCommand } from './command-table.ts';

export interface Menu {
  label: string;
  /** The access key: Alt+key opens the menu (文件(F) as in WPS and Word). */
  key: string;
  /** Commands of the table (command-table.ts), '-' a separator. */
  items: readonly (AppCommand | '-')[];
}

/** The menu bar of the web mode, grouped as WPS and Word users expect; the Electron menu (main/electron-main/menu.ts) sends the same command ids. */
export const MENUS: readonly Menu[] = [
  { label: '文件', key: 'F', items: ['file.new', 'file.rollForward', 'file.open', '-', 'file.save', 'file.saveAs', '-', 'file.exportDocx', 'file.exportPdf', '-', 'file.print'] },
  { label: '编辑', key: 'E', items: ['edit.undo', 'edit.redo', '-', 'edit.find'] },
  {
    label: '段落',
    key: 'P',
    items: [
      'format.heading1',
      'format.heading2',
      'format.heading3',
      'format.heading4',
      'format.body',
      '-',
      'format.promote',
      'format.demote',
      'format.moveUp',
      'format.moveDown',
      '-',
      'format.toggleRunIn',
      'format.attachment',
    ],
  },
  { label: '视图', key: 'V', items: ['view.outline', 'view.preview', 'view.check', '-', 'view.zoomIn', 'view.zoomOut', 'view.zoomFit'] },
  { label: '帮助', key: 'H', items: ['help.about'] },
];
