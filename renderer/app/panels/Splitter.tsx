import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Sash } from './panel-widths.ts';
import type { PanelWidthState } from './use-panel-widths.ts';

/** Arrow keys move the splitter this far; with Shift four times as far. */
const KEY_STEP_PX = 16;

interface SplitterProps {
  /** 调整预览宽度 and the like. */
  label: string;
  /** The width of the panel it sizes, for assistive technology. */
  value: number;
  min: number;
  /** The move's limits and effect, measured when a drag or key press starts. */
  begin(): Sash;
  /** Where the widths go: shown while moving, kept when done. */
  sizes: Pick<PanelWidthState, 'show' | 'commit' | 'revert'>;
}

/**
 * The bar between the page and a panel (or two panels): drag it, or focus it and press ← →
 * (Home and End: narrowest and widest); a double-click puts the panel back to its first width.
 */
export function Splitter({ label, value, min, begin, sizes }: SplitterProps) {
  const { show, commit, revert } = sizes;
  const drag = useRef<{ sash: Sash; x: number; offset: number } | null>(null);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    // Kept off the page: a press here must not move the caret or start a text selection.
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { sash: begin(), x: event.clientX, offset: 0 };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    if (!current) return;
    current.offset = Math.min(Math.max(event.clientX - current.x, current.sash.min), current.sash.max);
    show(current.sash.widths(current.offset));
  }

  function end() {
    const current = drag.current;
    drag.current = null;
    if (!current) return;
    // Back where it began: the widths shown while moving were measured ones, not the kept ones.
    if (current.offset === 0) revert();
    else commit(current.sash.widths(current.offset));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.shiftKey ? KEY_STEP_PX * 4 : KEY_STEP_PX;
    const offsets: Record<string, (sash: Sash) => number> = {
      ArrowLeft: () => -step,
      ArrowRight: () => step,
      Home: (sash) => sash.min,
      End: (sash) => sash.max,
    };
    const offset = offsets[event.key];
    if (!offset || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    const sash = begin();
    commit(sash.widths(offset(sash)));
  }

  return (
    <div
      className="gw-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      tabIndex={0}
      title={`${label}：拖动或按 ← →，双击恢复默认宽度`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onLostPointerCapture={end}
      onDoubleClick={() => {
        const sash = begin();
        commit(sash.widths(sash.reset));
      }}
      onKeyDown={onKeyDown}
    />
  );
}
