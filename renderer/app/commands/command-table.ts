import type { EditorCommands } from '../../editor/index.ts';
import { COMMAND_IDS, COMMAND_INFO, type CommandId, type CommandInfo } from '../../../core/host/commands.ts';
import type { FileActions } from '../session/file-actions.ts';
import type { SessionStore } from '../session/session-store.ts';
import type { ZoomSetting } from '../page-zoom.ts';

/** Every command of the window: the menus', the toolbar's and the keys' (core/host/commands.ts). */
export type AppCommand = CommandId;

/** What the window's own commands act on. */
export interface CommandTargets {
  store: SessionStore;
  files: FileActions;
  panels: { toggleOutline(): void; togglePreview(): void; toggleCheck(): void };
  zoom: { step(direction: 1 | -1): void; set(setting: ZoomSetting): void };
  openFind(): void;
  /** Opens the rows × columns picker of 插入表格. */
  openTablePicker(): void;
  notify(message: string): void;
}

export type CommandAction =
  /** Acts on the editor's selection; waits while the IME composes. */
  | { editor(commands: EditorCommands): void }
  | { window(targets: CommandTargets): void };

/** What a command does here; its name and keys are the shared table's. */
interface CommandBehaviour {
  /** Acts on the open document: disabled without one. */
  needsDocument?: boolean;
  /**
   * Whether the command applies to the editor's selection; the web menu asks as it opens and
   * greys it out otherwise. The desktop menu cannot ask: there the command refuses with a notice.
   */
  enabled?(commands: EditorCommands): boolean;
  action: CommandAction;
}

export type CommandSpec = CommandInfo & CommandBehaviour;

const level = (value: 0 | 1 | 2 | 3 | 4): CommandAction => ({ editor: (commands) => commands.setLevel(value) });

const BEHAVIOUR: { readonly [C in AppCommand]: CommandBehaviour } = {
  'file.new': { action: { window: (t) => t.files.requestNew() } },
  'file.rollForward': { action: { window: (t) => t.files.requestRollForward() } },
  'file.open': { action: { window: (t) => t.files.requestOpen() } },
  'file.save': { needsDocument: true, action: { window: (t) => void t.store.save(false) } },
  'file.saveAs': { needsDocument: true, action: { window: (t) => void t.store.save(true) } },
  'file.exportDocx': { needsDocument: true, action: { window: (t) => t.store.requestExport() } },
  'file.exportPdf': { needsDocument: true, action: { window: (t) => t.store.requestExport('pdf') } },
  'file.print': { needsDocument: true, action: { window: (t) => t.store.requestExport('print') } },
  'edit.undo': { needsDocument: true, action: { editor: (c) => c.undo() } },
  'edit.redo': { needsDocument: true, action: { editor: (c) => c.redo() } },
  'edit.find': { needsDocument: true, action: { window: (t) => t.openFind() } },
  'format.heading1': { needsDocument: true, action: level(1) },
  'format.heading2': { needsDocument: true, action: level(2) },
  'format.heading3': { needsDocument: true, action: level(3) },
  'format.heading4': { needsDocument: true, action: level(4) },
  'format.body': { needsDocument: true, action: level(0) },
  'format.promote': { needsDocument: true, action: { editor: (c) => c.shift(-1) } },
  'format.demote': { needsDocument: true, action: { editor: (c) => c.shift(1) } },
  'format.moveUp': { needsDocument: true, action: { editor: (c) => c.moveSection(-1) } },
  'format.moveDown': { needsDocument: true, action: { editor: (c) => c.moveSection(1) } },
  'format.toggleRunIn': { needsDocument: true, action: { editor: (c) => c.toggleRunIn() } },
  'format.attachment': { needsDocument: true, action: { editor: (c) => c.addAttachment() } },
  'format.addAnnex': { needsDocument: true, action: { editor: (c) => c.addAnnex() } },
  'format.removeAnnex': { needsDocument: true, action: { editor: (c) => c.removeAnnex() } },
  'format.banner': { needsDocument: true, action: { editor: (c) => c.toggleBanner() } },
  'format.colophon': { needsDocument: true, action: { editor: (c) => c.toggleColophon() } },
  'table.insert': { needsDocument: true, action: { window: (t) => t.openTablePicker() } },
  'table.rowAbove': { needsDocument: true, action: { editor: (c) => c.editTable('rowAbove') } },
  'table.rowBelow': { needsDocument: true, action: { editor: (c) => c.editTable('rowBelow') } },
  'table.columnLeft': { needsDocument: true, action: { editor: (c) => c.editTable('columnLeft') } },
  'table.columnRight': { needsDocument: true, action: { editor: (c) => c.editTable('columnRight') } },
  'table.mergeCells': { needsDocument: true, enabled: (c) => c.canEditTable('mergeCells'), action: { editor: (c) => c.editTable('mergeCells') } },
  'table.splitCell': { needsDocument: true, enabled: (c) => c.canEditTable('splitCell'), action: { editor: (c) => c.editTable('splitCell') } },
  'table.deleteRow': { needsDocument: true, action: { editor: (c) => c.editTable('deleteRow') } },
  'table.deleteColumn': { needsDocument: true, action: { editor: (c) => c.editTable('deleteColumn') } },
  'table.delete': { needsDocument: true, action: { editor: (c) => c.editTable('deleteTable') } },
  'view.outline': { action: { window: (t) => t.panels.toggleOutline() } },
  'view.preview': { needsDocument: true, action: { window: (t) => t.panels.togglePreview() } },
  'view.check': { needsDocument: true, action: { window: (t) => t.panels.toggleCheck() } },
  // The window answers these keys too, by zoomKey: the keypad's and the shifted ones as well.
  'view.zoomIn': { needsDocument: true, action: { window: (t) => t.zoom.step(1) } },
  'view.zoomOut': { needsDocument: true, action: { window: (t) => t.zoom.step(-1) } },
  'view.zoomFit': { needsDocument: true, action: { window: (t) => t.zoom.set('fit') } },
  'help.about': { action: { window: (t) => t.notify('公文写作台：离线撰写工作总结、工作要点和报告') } },
};

/**
 * The one table of commands: the web menu bar, the toolbar, the window's shortcuts (shortcuts.ts)
 * and the host menu's commands (run-command.ts) all read it.
 */
export const COMMANDS = Object.fromEntries(COMMAND_IDS.map((id) => [id, { ...COMMAND_INFO[id], ...BEHAVIOUR[id] }])) as { readonly [C in AppCommand]: CommandSpec };

/** A command's tooltip in the toolbar: its name, then its shortcut and what it does. */
export function commandTitle(command: AppCommand): string {
  const { label, shortcut, hint } = COMMANDS[command];
  const extras = [shortcut, hint].filter(Boolean).join('，');
  return extras ? `${label}（${extras}）` : label;
}
