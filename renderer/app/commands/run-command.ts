import { ReactEditor } from 'slate-react';
import { editorCommands } from '../../editor/index.ts';
import { COMMANDS, type AppCommand, type CommandTargets } from './command-table.ts';

/**
 * Runs one command of the table: from the host menu, a window shortcut, the web menu bar or the
 * toolbar. The Electron menu shows the keys but registers none (main/electron-main/menu.ts), so a
 * key press arrives once, as the window's keydown.
 */
export function runCommand(command: AppCommand, targets: CommandTargets): void {
  const { dialog, session } = targets.store.getSnapshot();
  // A modal dialog is answering a question; commands from the menu or keys wait for it.
  if (dialog) return;
  const { action, needsDocument } = COMMANDS[command];
  if (needsDocument && !session) return;
  if ('window' in action) return action.window(targets);
  // While the IME composes, the browser owns the block's DOM: a structural change would corrupt it.
  if (!session || ReactEditor.isComposing(session.editor)) return;
  action.editor(editorCommands(session.editor));
}
