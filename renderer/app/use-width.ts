import { useEffect, useState, type RefObject } from 'react';

/** An element's width in CSS px, kept current by a ResizeObserver (0 until measured). */
/** `mountKey` changes when the element is mounted anew (a document opened), so the new one is observed. */
export function useWidth(element: RefObject<HTMLElement | null>, mountKey: unknown): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(() => setWidth(target.clientWidth));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, mountKey]);
  return width;
}
