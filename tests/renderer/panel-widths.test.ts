import { describe, expect, it, vi } from 'vitest';
import { leftPanelSash, parseWidths, rightPanelSash, sharedSash } from '../../renderer/app/panels/panel-widths.ts';
import { panelLayout, type PanelVisibility } from '../../renderer/app/panels/use-panels.ts';

const MIN_DESK = 446;

describe('parseWidths', () => {
  it('keeps stored widths and falls back, slot by slot, for what is missing, damaged or too narrow', () => {
    expect(parseWidths(JSON.stringify({ outline: 300, check: 100, preview: 'wide', tabs: 512.4 }))).toEqual({ outline: 300, check: 300, preview: 420, tabs: 512 });
    expect(parseWidths('{not json')).toEqual({ outline: 240, check: 300, preview: 420, tabs: 420 });
    expect(parseWidths(null)).toEqual({ outline: 240, check: 300, preview: 420, tabs: 420 });
  });
});

describe('splitters', () => {
  const measured = { desk: 700, panels: { outline: 240, check: 300, preview: 420 } };

  it('widens 大纲 by what the page has above its minimum, and narrows it to its own', () => {
    const sash = leftPanelSash('outline', measured, MIN_DESK);
    expect(sash.max).toBe(700 - MIN_DESK);
    expect(sash.min).toBe(150 - 240);
    expect(sash.widths(1000)).toEqual({ outline: 240 + 700 - MIN_DESK });
    expect(sash.widths(-1000)).toEqual({ outline: 150 });
  });

  it('widens a panel at the right as the splitter goes left, never past the page’s minimum', () => {
    const sash = rightPanelSash('check', measured, MIN_DESK);
    expect(sash.widths(-50)).toEqual({ check: 350 });
    expect(sash.widths(-1000)).toEqual({ check: 300 + 700 - MIN_DESK });
    expect(sash.widths(1000)).toEqual({ check: 220 });
  });

  it('cannot widen anything when the page is already at its minimum', () => {
    const sash = rightPanelSash('tabs', { desk: MIN_DESK - 20, panels: { tabs: 360 } }, MIN_DESK);
    expect(sash.min).toBe(0);
    expect(sash.widths(-100)).toEqual({ tabs: 360 });
  });

  it('trades width between two panels side by side, each kept to its minimum', () => {
    const sash = sharedSash('check', 'preview', measured);
    expect(sash.widths(40)).toEqual({ check: 340, preview: 380 });
    expect(sash.widths(1000)).toEqual({ check: 300 + 420 - 240, preview: 240 });
    expect(sash.widths(-1000)).toEqual({ check: 220, preview: 500 });
  });

  it('returns a panel to its first width on a double-click, as far as the room allows', () => {
    const narrow = { desk: 700, panels: { outline: 180, check: 300, preview: 300 } };
    expect(leftPanelSash('outline', narrow, MIN_DESK).widths(leftPanelSash('outline', narrow, MIN_DESK).reset)).toEqual({ outline: 240 });
    const shared = sharedSash('check', 'preview', narrow);
    expect(shared.widths(shared.reset)).toEqual({ check: 220, preview: 380 });
  });
});

describe('panelLayout', () => {
  function visibility(overrides: Partial<PanelVisibility> = {}): PanelVisibility {
    return { outline: true, preview: true, check: true, tab: 'preview', setOutline: vi.fn(), setPreview: vi.fn(), setCheck: vi.fn(), setTab: vi.fn(), openCheck: vi.fn(), ...overrides };
  }

  it('puts 检查 and 预览 side by side on a wide window, in tabs on a narrow one', () => {
    expect(panelLayout(visibility(), 1920, true)).toMatchObject({ tabbed: false, showCheck: true, showPreview: true });
    expect(panelLayout(visibility(), 1366, true)).toMatchObject({ tabbed: true, showCheck: false, showPreview: true });
    expect(panelLayout(visibility({ outline: false }), 1366, true)).toMatchObject({ tabbed: false });
  });

  it('brings a panel asked for to the front of the tabs rather than hiding it', () => {
    const v = visibility({ tab: 'preview' });
    panelLayout(v, 1366, true).toggleCheck();
    expect(v.setTab).toHaveBeenCalledWith('check');
    expect(v.setCheck).toHaveBeenCalledWith(true);
    const front = visibility({ tab: 'check' });
    panelLayout(front, 1366, true).toggleCheck();
    expect(front.setCheck).toHaveBeenCalledWith(false);
  });

  it('shows no panel without a document', () => {
    expect(panelLayout(visibility(), 1920, false)).toMatchObject({ showCheck: false, showPreview: false });
  });
});
