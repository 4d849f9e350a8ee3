import { useCallback, useEffect, useState } from 'react';

/** Long enough to read a refusal sentence; a new notice replaces the old one at once. */
const NOTICE_MS = 6000;

/** The latest notice (editor refusals, 已保存…) and a stable function to post one. */
export function useNotice(): [string, (message: string) => void] {
  const [notice, setNotice] = useState<{ text: string; serial: number } | null>(null);
  // The serial makes a repeated identical refusal restart the timer instead of being ignored.
  const notify = useCallback((text: string) => setNotice((previous) => ({ text, serial: (previous?.serial ?? 0) + 1 })), []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice?.text ?? '', notify];
}
