import { useCallback, useEffect, useState, type RefObject } from 'react';

/** 显示比例: 适合宽度 (the page as wide as the desk allows, never above 100 %), or a fixed percent. */
export type ZoomSetting = 'fit' | number;

export const ZOOM_STEPS = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200] as const;
const STORAGE_KEY = 'gongwen.zoom';
/** A4 at 96 px to the inch, and the desk's padding either side (app.css .gw-desk). */
const PAGE_PX = (210 * 96) / 25.4;
const DESK_PADDING_PX = 32;
/** Below this the 3号 text is too small to edit; the desk scrolls instead. */
const MIN_FIT = 0.5;
/** A vertical scroll bar takes at most this from the desk's width. */
const SCROLLBAR_PX = 17;
/**
 * The narrowest the desk may be: the page still fits it whole at the least fitting 显示比例, so
 * panels beside it never cover the ends of its lines.
 */
export const MIN_DESK_PX = Math.ceil(PAGE_PX * MIN_FIT + DESK_PADDING_PX + SCROLLBAR_PX);

function readSetting(): ZoomSetting {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (!stored || stored === 'fit') return 'fit';
    const percent = Number(stored);
    return Number.isFinite(percent) && percent >= ZOOM_STEPS[0] && percent <= ZOOM_STEPS.at(-1)! ? percent : 'fit';
  } catch {
    return 'fit';
  }
}

/** The percent the page fits the desk at: the page never runs under a panel or off the desk's edge. */
export function fitPercent(deskWidth: number): number {
  return Math.round(Math.max(MIN_FIT, Math.min(1, (deskWidth - DESK_PADDING_PX) / PAGE_PX)) * 100);
}

/** The next step up or down from the shown percent (Ctrl+=, Ctrl+-, Ctrl+滚轮). */
export function stepZoom(percent: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > percent) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((step) => step < percent) ?? ZOOM_STEPS[0];
}

export interface PageZoom {
  setting: ZoomSetting;
  /** The percent shown now (the fit percent while fitting). */
  percent: number;
  set(setting: ZoomSetting): void;
  step(direction: 1 | -1): void;
}

/**
 * The page's 显示比例, remembered across sessions. Applied as CSS `zoom` on the page through one
 * custom property: a change re-lays the page out once, a keystroke never (no per-block work).
 */
export function usePageZoom(desk: RefObject<HTMLElement | null>, mountKey: unknown): PageZoom {
  const [setting, setSetting] = useState<ZoomSetting>(readSetting);
  const [fit, setFit] = useState(100);
  useEffect(() => {
    const element = desk.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setFit(fitPercent(element.clientWidth)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [desk, mountKey]);
  const percent = setting === 'fit' ? fit : setting;
  const set = useCallback((next: ZoomSetting) => {
    setSetting(next);
    try {
      localStorage.setItem(STORAGE_KEY, String(next));
    } catch {
      // Not remembered; the zoom still applies.
    }
  }, []);
  const step = useCallback((direction: 1 | -1) => set(stepZoom(percent, direction)), [percent, set]);
  useEffect(() => {
    desk.current?.style.setProperty('--gw-page-zoom', String(percent / 100));
  }, [desk, percent, mountKey]);
  return { setting, percent, set, step };
}
