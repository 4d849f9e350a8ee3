import { COMMANDS, type AppCommand } from './command-table.ts';

interface KeyChord {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** event.key, lower-cased. */
  key: string;
}

/** 'Ctrl+Shift+S' as the table writes it → the chord it means (Ctrl is ⌘ on a Mac as well). */
export function parseChord(text: string): KeyChord {
  const parts = text.split('+');
  const key = parts.pop()!.toLowerCase();
  return { ctrl: parts.includes('Ctrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

/** The keys the window answers wherever focus is, read from the command table. */
const WINDOW_CHORDS: readonly { chord: KeyChord; command: AppCommand }[] = (Object.keys(COMMANDS) as AppCommand[]).flatMap((command) => {
  const { shortcut, windowKeys, alsoKeys = [] } = COMMANDS[command];
  if (!windowKeys || !shortcut) return [];
  return [shortcut, ...alsoKeys].map((keys) => ({ chord: parseChord(keys), command }));
});

/** keyCode 229 is the IME's own keydown: the keys belong to the composition, not to us. */
function composing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** Ctrl+= / Ctrl++ and Ctrl+- (the keyboard's and the keypad's): the page's 显示比例, up or down. */
export function zoomKey(event: KeyboardEvent): 1 | -1 | null {
  if (composing(event)) return null;
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '=' || event.key === '+' || event.code === 'NumpadAdd') return 1;
  if (event.key === '-' || event.key === '_' || event.code === 'NumpadSubtract') return -1;
  return null;
}

/** The command a window-level key press stands for: the file commands, find, and 显示比例. */
export function shortcutCommand(event: KeyboardEvent): AppCommand | null {
  if (composing(event)) return null;
  const zoom = zoomKey(event);
  if (zoom) return zoom > 0 ? 'view.zoomIn' : 'view.zoomOut';
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const found = WINDOW_CHORDS.find(({ chord }) => chord.ctrl === ctrl && chord.shift === event.shiftKey && chord.alt === event.altKey && chord.key === key);
  return found?.command ?? null;
}
