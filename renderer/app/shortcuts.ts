import type { MenuCommand } from '../platform/platform.ts';

/** The window-level shortcuts: the file commands, which must work wherever focus is. */
export function shortcutCommand(event: KeyboardEvent): MenuCommand | null {
  // keyCode 229 is the IME's own keydown: the keys belong to the composition, not to us.
  if (event.isComposing || event.keyCode === 229) return null;
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (event.key.toLowerCase()) {
    case 'n':
      return event.shiftKey ? null : 'file.new';
    case 'o':
      return event.shiftKey ? null : 'file.open';
    case 's':
      return event.shiftKey ? 'file.saveAs' : 'file.save';
    case 'e':
      return event.shiftKey ? null : 'file.exportDocx';
    case 'f':
    case 'h':
      return event.shiftKey ? null : 'edit.find';
    default:
      return null;
  }
}

/** Ctrl+= / Ctrl++ and Ctrl+- (the keyboard's and the keypad's): the page's 显示比例, up or down. */
export function zoomKey(event: KeyboardEvent): 1 | -1 | null {
  if (event.isComposing || event.keyCode === 229) return null;
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '=' || event.key === '+' || event.code === 'NumpadAdd') return 1;
  if (event.key === '-' || event.key === '_' || event.code === 'NumpadSubtract') return -1;
  return null;
}
