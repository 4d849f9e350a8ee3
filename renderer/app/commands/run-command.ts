import { ReactEditor } from 'slate-react';
import { menuCommands } from '../../../core/host/ipc-contract.ts';
import { editorCommands } from '../../editor/index.ts';
import type { MenuCommand } from '../../platform/platform.ts';
import { COMMANDS, type AppCommand, type CommandTargets } from './command-table.ts';

/**
 * In Electron a shortcut can reach us twice, as the window's keydown and as the menu's
 * accelerator; one save dialog is enough.
 */
const SAME_COMMAND_MS = 400;

const HOST_COMMANDS: ReadonlySet<string> = new Set(menuCommands);

function isMenuCommand(command: AppCommand): command is MenuCommand {
  return HOST_COMMANDS.has(command);
}

/** Drops a host menu command that arrives again within SAME_COMMAND_MS of itself. */
export class RepeatGuard {
  private last: { command: AppCommand; at: number } | null = null;

  repeated(command: AppCommand, now: number): boolean {
    if (!isMenuCommand(command)) return false;
    const last = this.last;
    if (last && last.command === command && now - last.at < SAME_COMMAND_MS) return true;
    this.last = { command, at: now };
    return false;
  }
}

/**
 * Runs one command of the table: from the host menu, a window shortcut, the web menu bar or the
 * toolbar. `guard` drops the second delivery of a key that came both ways.
 */
export function runCommand(command: AppCommand, targets: CommandTargets, guard?: RepeatGuard): void {
  const { dialog, session } = targets.store.getSnapshot();
  // A modal dialog is answering a question; commands from the menu or keys wait for it.
  if (dialog) return;
  if (guard?.repeated(command, performance.now())) return;
  const { action, needsDocument } = COMMANDS[command];
  if (needsDocument && !session) return;
  if ('window' in action) return action.window(targets);
  // While the IME composes, the browser owns the block's DOM: a structural change would corrupt it.
  if (!session || ReactEditor.isComposing(session.editor)) return;
  action.editor(editorCommands(session.editor));
}
