import { useEffect, useState, type RefObject } from 'react';

export interface PageRange {
  /** First and last page (0-based, inclusive) to draw in full. */
  first: number;
  last: number;
}

/**
 * The pages to draw: those in the view, and `overscan` more either side. All pages have one size
 * (A4 at the preview's scale), so which ones are in view is arithmetic on the scroll position:
 * `viewTop` and `firstTop` in the same coordinates, `pitch` from one page's top to the next.
 */
export function visiblePages(view: { top: number; height: number }, firstTop: number, pitch: number, count: number, overscan: number): PageRange {
  if (count === 0) return { first: 0, last: -1 };
  if (!(pitch > 0)) return { first: 0, last: Math.min(count - 1, 2 * overscan) };
  const first = Math.floor((view.top - firstTop) / pitch) - overscan;
  const last = Math.ceil((view.top + view.height - firstTop) / pitch) + overscan;
  return { first: Math.min(Math.max(0, first), count - 1), last: Math.max(0, Math.min(count - 1, last)) };
}

/**
 * Which pages of the scrolling element `scroller` (whose page shells carry `pageSelector`) to draw:
 * a 1,000-page preview is some 600,000 characters, each a positioned cell, and drawing them all
 * took half a minute and 200 MB. Re-measured on scroll and resize, at most once a frame.
 */
export function useVisiblePages(scroller: RefObject<HTMLElement | null>, pageSelector: string, count: number, overscan: number): PageRange {
  const [range, setRange] = useState<PageRange>(() => visiblePages({ top: 0, height: 0 }, 0, 0, count, overscan));
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const shells = element.querySelectorAll<HTMLElement>(pageSelector);
      const firstTop = shells[0]?.getBoundingClientRect().top ?? 0;
      const pitch = shells.length > 1 ? shells[1]!.getBoundingClientRect().top - firstTop : 0;
      const next = visiblePages({ top: element.getBoundingClientRect().top, height: element.clientHeight }, firstTop, pitch, count, overscan);
      setRange((current) => (current.first === next.first && current.last === next.last ? current : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scroller, pageSelector, count, overscan]);
  return range;
}
