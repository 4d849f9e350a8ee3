import { useCallback, useState } from 'react';
import { PANEL_BOUNDS } from './panel-widths.ts';

/** The body width below which 检查 and 预览 share one tabbed dock (page ≥ ~560 px beside both). */
const SIDE_BY_SIDE_MIN = 1300;

export type DockTab = 'check' | 'preview';

/** Which panels the user asked for. */
export interface PanelVisibility {
  outline: boolean;
  preview: boolean;
  check: boolean;
  /** The panel in front where 检查 and 预览 share a tabbed dock. */
  tab: DockTab;
  setOutline(visible: boolean): void;
  setPreview(visible: boolean): void;
  setCheck(visible: boolean): void;
  setTab(tab: DockTab): void;
  /** Opens 检查 (an import found numbering faults). Stable across renders. */
  openCheck(): void;
}

export function usePanelVisibility(): PanelVisibility {
  const [outline, setOutline] = useState(true);
  const [preview, setPreview] = useState(false);
  const [check, setCheck] = useState(false);
  const [tab, setTab] = useState<DockTab>('preview');
  const openCheck = useCallback(() => setCheck(true), []);
  return { outline, preview, check, tab, setOutline, setPreview, setCheck, setTab, openCheck };
}

export interface Panels extends PanelVisibility {
  /** 检查 and 预览 share one dock with tabs: the window is too narrow for both beside the page. */
  tabbed: boolean;
  showCheck: boolean;
  showPreview: boolean;
  toggleOutline(): void;
  togglePreview(): void;
  toggleCheck(): void;
}

/**
 * What shows beside the page, and what 大纲 / 预览 / 检查 do when asked. The mode (side by side or
 * tabbed) follows the window with the panels' first widths, so dragging a splitter never switches it.
 */
export function panelLayout(visibility: PanelVisibility, bodyWidth: number, hasDocument: boolean): Panels {
  const { outline, preview, check, tab } = visibility;
  const tabbed = bodyWidth > 0 && bodyWidth < (outline ? SIDE_BY_SIDE_MIN + PANEL_BOUNDS.outline.initial : SIDE_BY_SIDE_MIN);
  function toggle(which: DockTab) {
    const [asked, other, set] = which === 'check' ? [check, preview, visibility.setCheck] : [preview, check, visibility.setPreview];
    if (!asked || (other && tab !== which && tabbed)) {
      // Asked for: shown, in front of the other where the two share a tabbed dock.
      set(true);
      visibility.setTab(which);
      return;
    }
    set(false);
  }
  return {
    ...visibility,
    tabbed,
    showCheck: hasDocument && check && !(tabbed && preview && tab === 'preview'),
    showPreview: hasDocument && preview && !(tabbed && check && tab === 'check'),
    toggleOutline: () => visibility.setOutline(!outline),
    togglePreview: () => toggle('preview'),
    toggleCheck: () => toggle('check'),
  };
}
