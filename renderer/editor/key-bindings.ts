import type { KeyboardEvent } from 'react';
import type { HeadingLevel } from '../../core/model.ts';
import { editorCommands } from './commands.ts';
import type { GongwenEditor } from './slate-types.ts';
import { blockAt } from './blocks.ts';
import { extendToCell, moveToCell } from './table-commands.ts';

const LEVEL_KEYS: Record<string, 0 | HeadingLevel> = { Digit0: 0, Digit1: 1, Digit2: 2, Digit3: 3, Digit4: 4, Numpad0: 0, Numpad1: 1, Numpad2: 2, Numpad3: 3, Numpad4: 4 };

/**
 * The editor's shortcuts. Enter, Backspace and Delete are not here: they arrive as beforeinput
 * and are handled by the editor's insertBreak / deleteBackward / deleteForward overrides.
 * Returns true when the event was handled (slate-react then skips its own handling).
 */
export function handleKeyDown(editor: GongwenEditor, event: KeyboardEvent<HTMLDivElement>): boolean {
  // slate-react calls onKeyDown before its own composition check; a key that commits or
  // navigates the IME candidate list must never reach these bindings.
  if (event.nativeEvent.isComposing) return false;
  const commands = editorCommands(editor);
  const mod = event.ctrlKey || event.metaKey;
  const handled = (run: () => void): true => {
    event.preventDefault();
    run();
    return true;
  };

  if (event.key === 'Tab' && !mod && !event.altKey) {
    // In a table Tab goes from cell to cell (and adds a row after the last), as in Word.
    if (moveToCell(editor, event.shiftKey ? -1 : 1)) return handled(() => {});
    const block = editor.selection ? blockAt(editor, editor.selection.anchor.path[0]!) : undefined;
    // Tab in body text would move focus out of the page or insert a tab character; neither belongs in a 公文.
    if (block?.type !== 'heading') return handled(() => {});
    return handled(() => commands.shift(event.shiftKey ? -1 : 1));
  }

  if (event.shiftKey && !mod && !event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    // In a table Shift+↓ / Shift+↑ select the cell below / above, as in Word (for 合并单元格).
    if (extendToCell(editor, event.key === 'ArrowDown' ? 1 : -1)) return handled(() => {});
  }

  if (mod && !event.altKey && !event.shiftKey && event.code in LEVEL_KEYS) {
    return handled(() => commands.setLevel(LEVEL_KEYS[event.code]!));
  }

  if (event.altKey && event.shiftKey && !mod && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    return handled(() => commands.moveSection(event.key === 'ArrowUp' ? -1 : 1));
  }

  if (mod && !event.altKey) {
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) return handled(commands.undo);
    if (key === 'y' || (key === 'z' && event.shiftKey)) return handled(commands.redo);
    if (key === 'r' && event.shiftKey) return handled(commands.toggleRunIn);
  }
  return false;
}
