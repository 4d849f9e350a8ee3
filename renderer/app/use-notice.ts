import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoticeAction } from '../editor/index.ts';

/** Long enough to read a refusal sentence; a new notice replaces the old one at once. */
const NOTICE_MS = 6000;
/** A notice that offers a fix stays long enough to move the mouse to its button. */
const ACTION_NOTICE_MS = 15000;

export interface Notices {
  /** The latest notice (editor refusals, 已保存…), '' when none. */
  text: string;
  /** The fix the latest notice offers, if any. */
  action: NoticeAction | null;
  /** Posts a notice; it replaces the one shown. Stable across renders. */
  notify(message: string, action?: NoticeAction): void;
  /**
   * The document changed: a notice belongs to the action that posted it, so the next edit clears
   * it (a refusal must not still read as current after a later successful move). The change made
   * by the posting action itself arrives a microtask later (Slate's onChange), so a notice keeps
   * every change until the user's next input: a key, a click, an input, a paste or a drop.
   */
  edited(): void;
}

export function useNotice(): Notices {
  const [notice, setNotice] = useState<{ text: string; action: NoticeAction | null; serial: number } | null>(null);
  const fresh = useRef(false);
  // The serial makes a repeated identical refusal restart the timer instead of being ignored.
  const notify = useCallback((text: string, action?: NoticeAction) => {
    fresh.current = true;
    setNotice((previous) => ({ text, action: action ?? null, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const edited = useCallback(() => {
    if (!fresh.current) setNotice((previous) => (previous ? null : previous));
  }, []);
  useEffect(() => {
    // Capture on the window runs before any handler of the input, so a notice posted while
    // handling it is fresh again, and the change that input makes next is not its own.
    const inputs = ['keydown', 'mousedown', 'beforeinput', 'paste', 'drop'] as const;
    const nextAction = () => (fresh.current = false);
    for (const type of inputs) window.addEventListener(type, nextAction, true);
    return () => {
      for (const type of inputs) window.removeEventListener(type, nextAction, true);
    };
  }, []);
  // A replaced or expired notice's action will never run: it lets go of what it tracked.
  useEffect(() => () => notice?.action?.dispose?.(), [notice]);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.action ? ACTION_NOTICE_MS : NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return { text: notice?.text ?? '', action: notice?.action ?? null, notify, edited };
}
