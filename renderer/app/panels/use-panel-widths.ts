import { useCallback, useEffect, useMemo, useState, type CSSProperties, type RefObject } from 'react';
import { MIN_DESK_PX } from '../page-zoom.ts';
import { PANEL_BOUNDS, PANEL_SLOTS, PANEL_VARIABLES, parseWidths, type PanelWidths } from './panel-widths.ts';

const STORAGE_KEY = 'gongwen.panels';

function readStored(): PanelWidths {
  try {
    return parseWidths(localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseWidths(null);
  }
}

function widthVariables(widths: Partial<PanelWidths>): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const slot of PANEL_SLOTS) {
    const width = widths[slot];
    if (width !== undefined) variables[PANEL_VARIABLES[slot].width] = `${Math.round(width)}px`;
  }
  return variables;
}

export interface PanelWidthState {
  widths: PanelWidths;
  /** The widths and minimums as CSS variables, for the element holding the page and the panels (panels.css). */
  style: CSSProperties;
  /** Shows widths during a drag, straight on that element: no React render per pointer move. */
  show(widths: Partial<PanelWidths>): void;
  /** Keeps widths (the drag ended, a key or a double-click): rendered and remembered. */
  commit(widths: Partial<PanelWidths>): void;
  /** Puts back the kept widths (a drag that ended where it began). */
  revert(): void;
}

/** The panels' widths, remembered across sessions like the 显示比例. */
export function usePanelWidths(container: RefObject<HTMLElement | null>): PanelWidthState {
  const [widths, setWidths] = useState<PanelWidths>(readStored);
  const style = useMemo(() => {
    const variables = widthVariables(widths);
    for (const slot of PANEL_SLOTS) variables[PANEL_VARIABLES[slot].min] = `${PANEL_BOUNDS[slot].min}px`;
    variables['--gw-desk-min'] = `${MIN_DESK_PX}px`;
    return variables as CSSProperties;
  }, [widths]);
  const show = useCallback(
    (next: Partial<PanelWidths>) => {
      for (const [name, value] of Object.entries(widthVariables(next))) container.current?.style.setProperty(name, value);
    },
    [container],
  );
  const commit = useCallback((next: Partial<PanelWidths>) => {
    setWidths((previous) => {
      const merged = { ...previous };
      for (const slot of PANEL_SLOTS) if (next[slot] !== undefined) merged[slot] = Math.round(next[slot]);
      return merged;
    });
  }, []);
  const revert = useCallback(() => show(widths), [show, widths]);
  const [stored] = useState(widths);
  useEffect(() => {
    if (widths === stored) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(widths));
    } catch {
      // Not remembered; the widths still apply.
    }
  }, [widths, stored]);
  return { widths, style, show, commit, revert };
}
