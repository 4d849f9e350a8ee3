import type { MouseEvent } from 'react';

interface ToolButtonProps {
  /** Accessible name, also the visible text. */
  label: string;
  /** Tooltip extras such as the shortcut. */
  hint?: string | undefined;
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

export function ToolButton({ label, hint, onAction, disabled, pressed }: ToolButtonProps) {
  return (
    <button type="button" className="gw-tool" aria-label={label} title={hint ? `${label}（${hint}）` : label} aria-pressed={pressed} disabled={disabled} onMouseDown={keepEditorFocus} onClick={onAction}>
      {label}
    </button>
  );
}

export function ToolbarSeparator() {
  return <span className="gw-toolbar-separator" role="separator" aria-orientation="vertical" />;
}
