/**
 * The widths of the panels beside the page: 大纲 at the left, 检查 and 预览 at the right (side by
 * side, or sharing one tabbed dock on narrow windows). Each is the user's, dragged or keyed, and
 * remembered; none may take the page's room below MIN_DESK_PX (page-zoom.ts).
 */
export type PanelSlot = 'outline' | 'check' | 'preview' | 'tabs';

export const PANEL_SLOTS: readonly PanelSlot[] = ['outline', 'check', 'preview', 'tabs'];

export type PanelWidths = Record<PanelSlot, number>;

/** Where each panel starts (and a double-click on its splitter returns it), and how narrow it may go. */
export const PANEL_BOUNDS: { readonly [S in PanelSlot]: { initial: number; min: number } } = {
  outline: { initial: 240, min: 150 },
  check: { initial: 300, min: 220 },
  preview: { initial: 420, min: 240 },
  // Tabs keep one width, so switching between 检查 and 预览 does not move the page.
  tabs: { initial: 420, min: 240 },
};

/** The CSS variables panels.css reads for each panel's width and minimum, named whole so a stylesheet's reads can be checked. */
export const PANEL_VARIABLES: { readonly [S in PanelSlot]: { width: string; min: string } } = {
  outline: { width: '--gw-outline-width', min: '--gw-outline-min' },
  check: { width: '--gw-check-width', min: '--gw-check-min' },
  preview: { width: '--gw-preview-width', min: '--gw-preview-min' },
  tabs: { width: '--gw-tabs-width', min: '--gw-tabs-min' },
};

/** No stored width is believed beyond this (a damaged or hand-edited setting). */
const MAX_STORED_PX = 2400;

export const INITIAL_WIDTHS = Object.fromEntries(PANEL_SLOTS.map((slot) => [slot, PANEL_BOUNDS[slot].initial])) as PanelWidths;

/** The stored setting → widths; anything missing or out of range falls back to the initial width. */
export function parseWidths(text: string | null): PanelWidths {
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const widths = { ...INITIAL_WIDTHS };
  for (const slot of PANEL_SLOTS) {
    const value = record[slot];
    if (typeof value === 'number' && Number.isFinite(value) && value >= PANEL_BOUNDS[slot].min && value <= MAX_STORED_PX) widths[slot] = Math.round(value);
  }
  return widths;
}

/**
 * A splitter being moved: how far it may go left (min, ≤ 0) and right (max, ≥ 0) from where it
 * started, the offset a double-click goes to, and the widths an offset gives.
 */
export interface Sash {
  min: number;
  max: number;
  reset: number;
  widths(offset: number): Partial<PanelWidths>;
}

/** Widths as laid out when the move starts (the panels may be narrower than stored on a small window). */
export interface Measured {
  desk: number;
  panels: Partial<PanelWidths>;
}

function between(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

function sash(min: number, max: number, reset: number, widths: (offset: number) => Partial<PanelWidths>): Sash {
  const low = min < 0 ? min : 0;
  const high = max > 0 ? max : 0;
  return { min: low, max: high, reset: between(reset, low, high), widths: (offset) => widths(between(offset, low, high)) };
}

/** The page's room above its minimum, which a widening panel may take. */
function spare(measured: Measured, minDesk: number): number {
  return Math.max(0, measured.desk - minDesk);
}

/** The splitter at the right edge of a panel at the page's left (大纲): right widens it. */
export function leftPanelSash(slot: PanelSlot, measured: Measured, minDesk: number): Sash {
  const width = measured.panels[slot] ?? PANEL_BOUNDS[slot].initial;
  return sash(PANEL_BOUNDS[slot].min - width, spare(measured, minDesk), PANEL_BOUNDS[slot].initial - width, (offset) => ({ [slot]: width + offset }));
}

/** The splitter at the left edge of a panel at the page's right: left widens it. */
export function rightPanelSash(slot: PanelSlot, measured: Measured, minDesk: number): Sash {
  const width = measured.panels[slot] ?? PANEL_BOUNDS[slot].initial;
  return sash(-spare(measured, minDesk), width - PANEL_BOUNDS[slot].min, width - PANEL_BOUNDS[slot].initial, (offset) => ({ [slot]: width - offset }));
}

/** The splitter between two panels side by side: what one gains the other gives, the page stays. */
export function sharedSash(left: PanelSlot, right: PanelSlot, measured: Measured): Sash {
  const leftWidth = measured.panels[left] ?? PANEL_BOUNDS[left].initial;
  const rightWidth = measured.panels[right] ?? PANEL_BOUNDS[right].initial;
  return sash(PANEL_BOUNDS[left].min - leftWidth, rightWidth - PANEL_BOUNDS[right].min, rightWidth - PANEL_BOUNDS[right].initial, (offset) => ({
    [left]: leftWidth + offset,
    [right]: rightWidth - offset,
  }));
}
