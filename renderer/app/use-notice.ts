import { useCallback, useEffect, useRef, useState } from 'react';

/** Long enough to read a refusal sentence; a new notice replaces the old one at once. */
const NOTICE_MS = 6000;

export interface Notices {
  /** The latest notice (editor refusals, 已保存…), '' when none. */
  text: string;
  /** Posts a notice; it replaces the one shown. Stable across renders. */
  notify(message: string): void;
  /**
   * The document changed: a notice belongs to the action that posted it, so the next edit clears
   * it (a refusal must not still read as current after a later successful move). The change made
   * by the posting action itself arrives a microtask later (Slate's onChange), so a notice keeps
   * every change until the user's next input: a key, a click, an input, a paste or a drop.
   */
  edited(): void;
}

export function useNotice(): Notices {
  const [notice, setNotice] = useState<{ text: string; serial: number } | null>(null);
  const fresh = useRef(false);
  // The serial makes a repeated identical refusal restart the timer instead of being ignored.
  const notify = useCallback((text: string) => {
    fresh.current = true;
    setNotice((previous) => ({ text, serial: (previous?.serial ?? 0) + 1 }));
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
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return { text: notice?.text ?? '', notify, edited };
}
