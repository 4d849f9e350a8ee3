import type { ReactNode } from 'react';
import { PreviewPane } from '../../preview/PreviewPane.tsx';
import { CheckPanel, type SourceProblem } from '../CheckPanel.tsx';
import { MIN_DESK_PX } from '../page-zoom.ts';
import { Outline } from '../Outline.tsx';
import { PANEL_BOUNDS, leftPanelSash, rightPanelSash, sharedSash, type Measured, type PanelSlot, type Sash } from './panel-widths.ts';
import { Splitter } from './Splitter.tsx';
import type { PanelWidthState } from './use-panel-widths.ts';
import type { Panels } from './use-panels.ts';

const NAMES: Record<PanelSlot, string> = { outline: '大纲', check: '检查', preview: '预览', tabs: '侧栏' };

interface SizingProps {
  sizes: PanelWidthState;
  /** The page's and the panels' widths as laid out now (measure.ts). */
  measure(): Measured;
}

interface DockProps extends SizingProps {
  panels: Panels;
  sourceProblems: readonly SourceProblem[] | null;
}

/** A panel in the row of the page and the panels; its width is the user's (panels.css). */
export function Panel({ slot, children }: { slot: PanelSlot; children: ReactNode }) {
  return (
    <div className="gw-panel" data-panel={slot}>
      {children}
    </div>
  );
}

/** 大纲 at the page's left, its splitter on its right. */
export function OutlineSide({ sizes, measure }: SizingProps) {
  return (
    <>
      <Panel slot="outline">
        <Outline />
      </Panel>
      <Splitter label="调整大纲宽度" value={sizes.widths.outline} min={PANEL_BOUNDS.outline.min} begin={() => leftPanelSash('outline', measure(), MIN_DESK_PX)} sizes={sizes} />
    </>
  );
}

/**
 * 检查 and 预览 at the page's right, each with a splitter on its left: side by side, or in one
 * dock with tabs when the window is too narrow for both.
 */
export function Dock({ panels, sizes, measure, sourceProblems }: DockProps) {
  const { showCheck, showPreview } = panels;
  if (!showCheck && !showPreview) return null;
  const splitter = (slot: PanelSlot, begin: () => Sash, label = `调整${NAMES[slot]}宽度`) => (
    <Splitter label={label} value={sizes.widths[slot]} min={PANEL_BOUNDS[slot].min} begin={begin} sizes={sizes} />
  );
  const check = showCheck && <CheckPanel sourceProblems={sourceProblems ?? undefined} />;
  const preview = showPreview && <PreviewPane />;

  if (panels.tabbed && panels.check && panels.preview) {
    return (
      <>
        {splitter('tabs', () => rightPanelSash('tabs', measure(), MIN_DESK_PX))}
        <Panel slot="tabs">
          <div className="gw-dock">
            <div className="gw-dock-tabs" role="tablist" aria-label="侧栏">
              <button type="button" role="tab" aria-selected={showCheck} onClick={() => panels.setTab('check')}>
                检查
              </button>
              <button type="button" role="tab" aria-selected={showPreview} onClick={() => panels.setTab('preview')}>
                预览
              </button>
            </div>
            <div className="gw-dock-panels">
              {check}
              {preview}
            </div>
          </div>
        </Panel>
      </>
    );
  }
  const first: PanelSlot = showCheck ? 'check' : 'preview';
  return (
    <>
      {splitter(first, () => rightPanelSash(first, measure(), MIN_DESK_PX))}
      {check && <Panel slot="check">{check}</Panel>}
      {check && preview && splitter('preview', () => sharedSash('check', 'preview', measure()), '调整检查与预览的宽度')}
      {preview && <Panel slot="preview">{preview}</Panel>}
    </>
  );
}
