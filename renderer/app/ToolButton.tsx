import type { MouseEvent } from 'react';
import { COMMANDS, commandTitle, type AppCommand } from './commands/command-table.ts';

interface ToolButtonProps {
  /** Its name (the visible text) and tooltip come from the command table. */
  command: AppCommand;
  onAction(): void;
  disabled?: boolean | undefined;
  /** For toggles and the current block's level; undefined for plain actions. */
  pressed?: boolean | undefined;
}

// Keeping the mouse-down from moving focus leaves the editor's selection (and any IME state)
// where it was, so the command acts on the caret the user sees.
function keepEditorFocus(event: MouseEvent) {
  event.preventDefault();
}

export function ToolButton({ command, onAction, disabled, pressed }: ToolButtonProps) {
  const { label } = COMMANDS[command];
  return (
    <button type="button" className="gw-tool" aria-label={label} title={commandTitle(command)} aria-pressed={pressed} disabled={disabled} onMouseDown={keepEditorFocus} onClick={onAction}>
      {label}
    </button>
  );
}

export function ToolbarSeparator() {
  return <span className="gw-toolbar-separator" role="separator" aria-orientation="vertical" />;
}
