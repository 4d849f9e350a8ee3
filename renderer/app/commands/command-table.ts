import type { EditorCommands } from '../../editor/index.ts';
import type { MenuCommand } from '../../platform/platform.ts';
import type { FileActions } from '../session/file-actions.ts';
import type { SessionStore } from '../session/session-store.ts';
import type { ZoomSetting } from '../page-zoom.ts';

/**
 * Every command of the window: the host menu's (MenuCommand, the ids main/electron-main/menu.ts sends over IPC)
 * and those only the renderer has (structure moves, the page's 显示比例).
 */
export type AppCommand = MenuCommand | 'format.promote' | 'format.demote' | 'format.moveUp' | 'format.moveDown' | 'view.zoomIn' | 'view.zoomOut' | 'view.zoomFit';

/** What the window's own commands act on. */
export interface CommandTargets {
  store: SessionStore;
  files: FileActions;
  panels: { toggleOutline(): void; togglePreview(): void; toggleCheck(): void };
  zoom: { step(direction: 1 | -1): void; set(setting: ZoomSetting): void };
  openFind(): void;
  notify(message: string): void;
}

export type CommandAction =
  /** Acts on the editor's selection; waits while the IME composes. */
  | { editor(commands: EditorCommands): void }
  | { window(targets: CommandTargets): void };

export interface CommandSpec {
  label: string;
  /** As the keys are pressed; shown in the menu and in the toolbar's tooltips. */
  shortcut?: string;
  /**
   * The window answers the shortcut wherever focus is. Without it the keys belong to the editor's
   * own key handling (renderer/editor/key-bindings.ts) and are only shown here.
   */
  windowKeys?: true;
  /** More keys the window answers with this command, not shown (Ctrl+H as in Word). */
  alsoKeys?: readonly string[];
  /** What the toolbar's tooltip adds after the shortcut. */
  hint?: string;
  /** Acts on the open document: disabled without one. */
  needsDocument?: boolean;
  action: CommandAction;
}

const level = (value: 0 | 1 | 2 | 3 | 4): CommandAction => ({ editor: (commands) => commands.setLevel(value) });

/**
 * The one table of commands: the web menu bar (menus.ts), the toolbar, the window's shortcuts
 * (shortcuts.ts) and the host menu's commands (run-command.ts) all read it.
 */
export const COMMANDS: { readonly [C in AppCommand]: CommandSpec } = {
  'file.new': { label: '新建', shortcut: 'Ctrl+N', windowKeys: true, action: { window: (t) => t.files.requestNew() } },
  'file.rollForward': { label: '由上期报告新建', action: { window: (t) => t.files.requestRollForward() } },
  'file.open': { label: '打开', shortcut: 'Ctrl+O', windowKeys: true, hint: '.gwdoc、.docx 或 .txt', action: { window: (t) => t.files.requestOpen() } },
  'file.save': { label: '保存', shortcut: 'Ctrl+S', windowKeys: true, needsDocument: true, action: { window: (t) => void t.store.save(false) } },
  'file.saveAs': { label: '另存为', shortcut: 'Ctrl+Shift+S', windowKeys: true, needsDocument: true, action: { window: (t) => void t.store.save(true) } },
  'file.exportDocx': { label: '导出 Word', shortcut: 'Ctrl+E', windowKeys: true, hint: '按 GB/T 9704 排版的 .docx', needsDocument: true, action: { window: (t) => t.store.requestExport() } },
  'file.exportPdf': { label: '导出 PDF', hint: '与预览相同的页面', needsDocument: true, action: { window: (t) => t.store.requestExport('pdf') } },
  'file.print': { label: '打印', shortcut: 'Ctrl+P', windowKeys: true, hint: '按预览的页面打印', needsDocument: true, action: { window: (t) => t.store.requestExport('print') } },
  'edit.undo': { label: '撤销', shortcut: 'Ctrl+Z', needsDocument: true, action: { editor: (c) => c.undo() } },
  'edit.redo': { label: '重做', shortcut: 'Ctrl+Shift+Z', needsDocument: true, action: { editor: (c) => c.redo() } },
  'edit.find': { label: '查找和替换', shortcut: 'Ctrl+F', windowKeys: true, alsoKeys: ['Ctrl+H'], needsDocument: true, action: { window: (t) => t.openFind() } },
  'format.heading1': { label: '一级标题', shortcut: 'Ctrl+1', needsDocument: true, action: level(1) },
  'format.heading2': { label: '二级标题', shortcut: 'Ctrl+2', needsDocument: true, action: level(2) },
  'format.heading3': { label: '三级标题', shortcut: 'Ctrl+3', needsDocument: true, action: level(3) },
  'format.heading4': { label: '四级标题', shortcut: 'Ctrl+4', needsDocument: true, action: level(4) },
  'format.body': { label: '正文', shortcut: 'Ctrl+0', needsDocument: true, action: level(0) },
  'format.promote': { label: '升级', shortcut: 'Shift+Tab', needsDocument: true, action: { editor: (c) => c.shift(-1) } },
  'format.demote': { label: '降级', shortcut: 'Tab', needsDocument: true, action: { editor: (c) => c.shift(1) } },
  'format.moveUp': { label: '上移章节', shortcut: 'Alt+Shift+↑', needsDocument: true, action: { editor: (c) => c.moveSection(-1) } },
  'format.moveDown': { label: '下移章节', shortcut: 'Alt+Shift+↓', needsDocument: true, action: { editor: (c) => c.moveSection(1) } },
  'format.toggleRunIn': { label: '段首标题', shortcut: 'Ctrl+Shift+R', hint: '标题与正文同段', needsDocument: true, action: { editor: (c) => c.toggleRunIn() } },
  'format.attachment': { label: '附件说明', hint: '添加附件名称（正文之后、署名之前）', needsDocument: true, action: { editor: (c) => c.addAttachment() } },
  'view.outline': { label: '大纲', hint: '显示或隐藏大纲', action: { window: (t) => t.panels.toggleOutline() } },
  'view.preview': { label: '预览', hint: '在编辑区旁显示打印页面', needsDocument: true, action: { window: (t) => t.panels.togglePreview() } },
  'view.check': { label: '检查', hint: '提交前检查：编号、待填内容、标点、日期、年份', needsDocument: true, action: { window: (t) => t.panels.toggleCheck() } },
  // The window answers these keys too, by zoomKey: the keypad's and the shifted ones as well.
  'view.zoomIn': { label: '放大', shortcut: 'Ctrl+=', needsDocument: true, action: { window: (t) => t.zoom.step(1) } },
  'view.zoomOut': { label: '缩小', shortcut: 'Ctrl+-', needsDocument: true, action: { window: (t) => t.zoom.step(-1) } },
  'view.zoomFit': { label: '适合宽度', needsDocument: true, action: { window: (t) => t.zoom.set('fit') } },
  'help.about': { label: '关于', action: { window: (t) => t.notify('公文写作台：离线撰写工作总结、工作要点和报告') } },
};

/** A command's tooltip in the toolbar: its name, then its shortcut and what it does. */
export function commandTitle(command: AppCommand): string {
  const { label, shortcut, hint } = COMMANDS[command];
  const extras = [shortcut, hint].filter(Boolean).join('，');
  return extras ? `${label}（${extras}）` : label;
}
