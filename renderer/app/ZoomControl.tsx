import { ZOOM_STEPS, type PageZoom } from './page-zoom.ts';

/** 显示比例 in the status line, as in Word: −, the percent (or 适合宽度), +. */
export function ZoomControl({ zoom }: { zoom: PageZoom }) {
  const value = zoom.setting === 'fit' ? 'fit' : String(zoom.setting);
  return (
    <span className="gw-zoom" role="group" aria-label="显示比例">
      <button type="button" className="gw-zoom-step" aria-label="缩小" title="缩小（Ctrl+-，Ctrl+滚轮）" onClick={() => zoom.step(-1)}>
        −
      </button>
      <select aria-label="显示比例" title="显示比例" value={value} onChange={(event) => zoom.set(event.target.value === 'fit' ? 'fit' : Number(event.target.value))}>
        <option value="fit">适合宽度（{zoom.setting === 'fit' ? `${zoom.percent}%` : '自动'}）</option>
        {ZOOM_STEPS.map((step) => (
          <option key={step} value={step}>
            {step}%
          </option>
        ))}
      </select>
      <button type="button" className="gw-zoom-step" aria-label="放大" title="放大（Ctrl+=，Ctrl+滚轮）" onClick={() => zoom.step(1)}>
        +
      </button>
    </span>
  );
}
