import type { Measured, PanelSlot } from './panel-widths.ts';

/**
 * The page's and the panels' widths as laid out now, read when a splitter starts to move: on a
 * small window the panels may be narrower than their stored widths.
 */
export function measurePanels(container: HTMLElement | null): Measured {
  const desk = container?.querySelector('.gw-desk-column')?.getBoundingClientRect().width ?? 0;
  const panels: Measured['panels'] = {};
  for (const element of container?.querySelectorAll<HTMLElement>('[data-panel]') ?? []) {
    panels[element.dataset.panel as PanelSlot] = element.getBoundingClientRect().width;
  }
  return { desk, panels };
}
