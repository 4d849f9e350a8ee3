/**
 * The window's commands as both hosts show them: each command's id (what the Electron menu sends
 * over IPC), its name, its keys and what its tooltip adds, and the menus that hold them. The web
 * mode's menu bar and toolbar (renderer/app/commands/) and the Electron menu
 * (main/electron-main/menu.ts) read this one table, so the two cannot name or key a command
 * differently. What a command does is the renderer's (command-table.ts).
 */

export const COMMAND_IDS = [
  'file.new',
  'file.rollForward',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.exportDocx',
  'file.exportPdf',
  'file.print',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'format.heading1',
  'format.heading2',
  'format.heading3',
  'format.heading4',
  'format.body',
  'format.promote',
  'format.demote',
  'format.moveUp',
  'format.moveDown',
  'format.toggleRunIn',
  'format.attachment',
  'format.addAnnex',
  'format.removeAnnex',
  'format.banner',
  'format.colophon',
  'table.insert',
  'table.rowAbove',
  'table.rowBelow',
  'table.columnLeft',
  'table.columnRight',
  'table.mergeCells',
  'table.splitCell',
  'table.deleteRow',
  'table.deleteColumn',
  'table.delete',
  'view.outline',
  'view.preview',
  'view.check',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomFit',
  'help.about',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface CommandInfo {
  label: string;
  /** As the keys are pressed ('Ctrl' is ⌘ on a Mac); shown in the menus and the toolbar's tooltips. */
  shortcut?: string;
  /**
   * The window answers the shortcut wherever focus is. Without it the keys belong to the editor's
   * own key handling (renderer/editor/key-bindings.ts) and are only shown.
   */
  windowKeys?: true;
  /** More keys the window answers with this command, not shown (Ctrl+H as in Word). */
  alsoKeys?: readonly string[];
  /** What the toolbar's tooltip adds after the shortcut. */
  hint?: string;
}

export const COMMAND_INFO: { readonly [C in CommandId]: CommandInfo } = {
  'file.new': { label: '新建', shortcut: 'Ctrl+N', windowKeys: true },
  'file.rollForward': { label: '由上期报告新建' },
  'file.open': { label: '打开', shortcut: 'Ctrl+O', windowKeys: true, hint: '.gwdoc、.docx 或 .txt' },
  'file.save': { label: '保存', shortcut: 'Ctrl+S', windowKeys: true },
  'file.saveAs': { label: '另存为', shortcut: 'Ctrl+Shift+S', windowKeys: true },
  'file.exportDocx': { label: '导出 Word', shortcut: 'Ctrl+E', windowKeys: true, hint: '按 GB/T 9704 排版的 .docx' },
  'file.exportPdf': { label: '导出 PDF', hint: '与预览相同的页面' },
  'file.print': { label: '打印', shortcut: 'Ctrl+P', windowKeys: true, hint: '按预览的页面打印' },
  'edit.undo': { label: '撤销', shortcut: 'Ctrl+Z' },
  'edit.redo': { label: '重做', shortcut: 'Ctrl+Shift+Z' },
  'edit.find': { label: '查找和替换', shortcut: 'Ctrl+F', windowKeys: true, alsoKeys: ['Ctrl+H'] },
  'format.heading1': { label: '一级标题', shortcut: 'Ctrl+1' },
  'format.heading2': { label: '二级标题', shortcut: 'Ctrl+2' },
  'format.heading3': { label: '三级标题', shortcut: 'Ctrl+3' },
  'format.heading4': { label: '四级标题', shortcut: 'Ctrl+4' },
  'format.body': { label: '正文', shortcut: 'Ctrl+0' },
  'format.promote': { label: '升级', shortcut: 'Shift+Tab' },
  'format.demote': { label: '降级', shortcut: 'Tab' },
  'format.moveUp': { label: '上移章节', shortcut: 'Alt+Shift+↑' },
  'format.moveDown': { label: '下移章节', shortcut: 'Alt+Shift+↓' },
  'format.toggleRunIn': { label: '段首标题', shortcut: 'Ctrl+Shift+R', hint: '标题与正文同段' },
  'format.attachment': { label: '附件说明', hint: '添加附件名称（正文之后、署名之前）' },
  'format.addAnnex': { label: '添加附件', hint: '在成文日期之后添加一个附件（另起一页，附件说明随之更新）' },
  'format.removeAnnex': { label: '删除附件', hint: '删除光标所在的附件及其内容（附件说明随之更新）' },
  'format.banner': { label: '版头', hint: '添加或删除版头：发文机关标志、发文字号、签发人' },
  'format.colophon': { label: '版记', hint: '添加或删除版记：抄送、印发机关和印发日期' },
  'table.insert': { label: '插入表格', hint: '选择行数和列数；Tab 到下一格' },
  'table.rowAbove': { label: '在上方插入行' },
  'table.rowBelow': { label: '在下方插入行' },
  'table.columnLeft': { label: '在左侧插入列' },
  'table.columnRight': { label: '在右侧插入列' },
  'table.mergeCells': { label: '合并单元格', hint: '把选中的单元格合并为一个（在表格中拖动或按 Shift+方向键选择），文字全部保留' },
  'table.splitCell': { label: '拆分单元格', hint: '把光标所在的合并单元格拆回原来的单元格，文字留在左上角一格' },
  'table.deleteRow': { label: '删除行' },
  'table.deleteColumn': { label: '删除列' },
  'table.delete': { label: '删除表格' },
  'view.outline': { label: '大纲', hint: '显示或隐藏大纲' },
  'view.preview': { label: '预览', hint: '在编辑区旁显示打印页面' },
  'view.check': { label: '检查', hint: '提交前检查：编号、待填内容、标点、日期、年份' },
  // The window answers these keys too, by zoomKey: the keypad's and the shifted ones as well.
  'view.zoomIn': { label: '放大', shortcut: 'Ctrl+=' },
  'view.zoomOut': { label: '缩小', shortcut: 'Ctrl+-' },
  'view.zoomFit': { label: '适合宽度' },
  'help.about': { label: '关于' },
};

export interface Menu {
  label: string;
  /** The access key: Alt+key opens the menu (文件(F) as in WPS and Word). */
  key: string;
  /** Commands of the table, '-' a separator. */
  items: readonly (CommandId | '-')[];
}

/** The menus, grouped as WPS and Word users expect. */
export const MENUS: readonly Menu[] = [
  { label: '文件', key: 'F', items: ['file.new', 'file.rollForward', 'file.open', '-', 'file.save', 'file.saveAs', '-', 'file.exportDocx', 'file.exportPdf', '-', 'file.print'] },
  { label: '编辑', key: 'E', items: ['edit.undo', 'edit.redo', '-', 'edit.find'] },
  {
    label: '段落',
    key: 'P',
    items: ['format.heading1', 'format.heading2', 'format.heading3', 'format.heading4', 'format.body', '-', 'format.promote', 'format.demote', 'format.moveUp', 'format.moveDown', '-', 'format.toggleRunIn', 'format.attachment', '-', 'format.addAnnex', 'format.removeAnnex', '-', 'format.banner', 'format.colophon'],
  },
  { label: '表格', key: 'A', items: ['table.insert', '-', 'table.rowAbove', 'table.rowBelow', 'table.columnLeft', 'table.columnRight', '-', 'table.mergeCells', 'table.splitCell', '-', 'table.deleteRow', 'table.deleteColumn', 'table.delete'] },
  { label: '视图', key: 'V', items: ['view.outline', 'view.preview', 'view.check', '-', 'view.zoomIn', 'view.zoomOut', 'view.zoomFit'] },
  { label: '帮助', key: 'H', items: ['help.about'] },
];
