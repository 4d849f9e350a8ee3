import { memo, useLayoutEffect, useRef } from 'react';
import type { ExportFormat } from '../../core/print/format.ts';
import { CELL_MM, CHARS_PER_LINE } from '../../core/print/page-geometry.ts';
import { pageNumberText } from '../../core/print/page-number.ts';
import type { PreviewLine } from './layout.ts';
import { BannerLine, Parts, ruleStyle } from './BannerLine.tsx';
import { markSide } from './line-break.ts';
import type { PreviewPage } from './paginate.ts';
import { TableSliceView } from './TableSlice.tsx';
import '../styles/preview.css';

/** Which heading levels print bold: all a line's rendering takes from the format. */
const boldKey = (format: ExportFormat) => ([1, 2, 3, 4] as const).map((level) => (format.boldLevels.has(level) ? 'b' : '-')).join('');

/**
 * Memoised by line: a re-layout after typing reuses the lines of every block that did not change
 * (layout.ts), so only the edited paragraph's cells render again.
 */
const Line = memo(LineView, (a, b) => a.line === b.line && a.print === b.print && boldKey(a.format) === boldKey(b.format));

function LineView({ line, format, print }: { line: PreviewLine; format: ExportFormat; print: boolean }) {
  if (line.kind === 'blank') return <div className="gw-preview-line" data-kind="blank" />;
  if (line.kind === 'banner') return <BannerLine items={line.items} rows={line.rows} />;
  if (line.kind === 'table') return <TableSliceView slice={line.slice} />;
  if (line.kind === 'tabbed') {
    return (
      <div className="gw-preview-line gw-preview-tabbed" data-kind="tabbed" style={{ ...ruleStyle(line.rules), ...(line.sizePt ? { fontSize: `${line.sizePt}pt` } : {}) }}>
        <Parts parts={line.parts} />
      </div>
    );
  }
  if (line.kind === 'title') {
    return (
      <div className="gw-preview-line gw-preview-title" data-kind="title">
        {line.text}
      </div>
    );
  }
  const used = line.cells.reduce((sum, cell) => sum + cell.width, 0);
  const room = CHARS_PER_LINE - line.indentStart - line.indentEnd - used;
  // Justified lines spread what the grid leaves over (a 避头 push-down) between their characters.
  const gap = line.stretch && line.cells.length > 1 && room > 0 ? (room * CELL_MM) / (line.cells.length - 1) : 0;
  const start = line.align === 'right' ? line.indentStart + room : line.align === 'center' ? line.indentStart + room / 2 : line.indentStart;
  const cells = line.cells.map((cell, i) => {
    const level = cell.role.startsWith('heading') ? (Number(cell.role.slice(-1)) as 1 | 2 | 3 | 4) : 0;
    const bold = level !== 0 && format.boldLevels.has(level);
    return (
      <span
        key={i}
        className={`gw-preview-cell gw-preview-${cell.role}${bold ? ' gw-preview-bold' : ''}`}
        data-side={markSide(cell.ch) ?? undefined}
        style={{ width: `${cell.width * CELL_MM + (i < line.cells.length - 1 ? gap : 0)}mm` }}
      >
        {cell.width < 1 ? <span className="gw-preview-glyph">{cell.ch}</span> : cell.ch}
      </span>
    );
  });
  // On paper, a level-1 or level-2 heading's words on its first line are a heading: Chromium's
  // PDF outline (bookmarks) is made of the page's headings, named by their text. A run-in
  // heading's body text is left out of it. In 预览 they would only repeat the editor's headings.
  const headingCells = print && line.outline ? line.cells.findIndex((cell) => !cell.role.startsWith('heading')) : 0;
  const split = headingCells < 0 ? cells.length : headingCells;
  return (
    <div className="gw-preview-line" data-kind="text" style={{ paddingLeft: `${start * CELL_MM}mm`, ...ruleStyle(line.rules), ...(line.sizePt ? { fontSize: `${line.sizePt}pt` } : {}) }}>
      {split > 0 ? (
        <>
          <span role="heading" aria-level={line.outline}>
            {cells.slice(0, split)}
          </span>
          {cells.slice(split)}
        </>
      ) : (
        cells
      )}
    </div>
  );
}

/**
 * Narrows each half-字 glyph that is wider than its cell to the cell. The grid gives a Latin letter
 * or digit half a 字 (core/print/char-width.ts, the export's rule, exact for 仿宋_GB2312's
 * half-width Latin); a fallback font's capitals are wider and overlapped their neighbours (TEAM
 * WORK). Narrowed, the lines keep the export's widths and breaks. Only the drawn sheet is read.
 */
export function fitGlyphs(sheet: HTMLElement): void {
  const glyphs = [...sheet.querySelectorAll<HTMLElement>('.gw-preview-glyph')];
  glyphs.forEach((glyph) => (glyph.style.transform = ''));
  // All reads before all writes: one layout for the sheet.
  const fits = glyphs.map((glyph) => glyph.parentElement!.clientWidth / (glyph.offsetWidth || 1));
  glyphs.forEach((glyph, i) => {
    if (fits[i]! < 1) glyph.style.transform = `scaleX(${fits[i]!.toFixed(3)})`;
  });
}

interface PageSheetProps {
  page: PreviewPage;
  format: ExportFormat;
  /** Off screen in 预览: an empty sheet of the same size, its page number and line count still on it. */
  drawn: boolean;
  /**
   * The sheet as printed (the print view): without 预览's notes to the clerk (a heading stranded
   * at the page's foot), its headings marked for the PDF's bookmarks.
   */
  print: boolean;
}

/**
 * One sheet of the printed document, as 预览 shows it and 打印 prints it: the 版心's lines on the
 * grid and the page number, odd pages on the right, even on the left.
 */
export const PageSheet = memo(function PageSheet({ page, format, drawn, print }: PageSheetProps) {
  const sheet = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!drawn || !element) return;
    fitGlyphs(element);
    // Web fonts load by unicode range, on first use: fit again with the widths then drawn.
    let live = true;
    void document.fonts.ready.then(() => live && fitGlyphs(element));
    return () => {
      live = false;
    };
  }, [drawn, page, format]);
  return (
    <section ref={sheet} className="gw-preview-page" aria-label={`第 ${page.number} 页`} data-lines={page.lines.length} data-drawn={drawn ? 'true' : undefined}>
      {drawn && (
        <>
          {!print && page.endsWithHeading && (
            <p className="gw-preview-warning" role="note">
              本页最后一行是标题，其下内容在下一页。可调整前文，让标题与正文同页。
            </p>
          )}
          <div className="gw-preview-type-area" data-at-foot={page.atFoot ? 'true' : undefined}>
            {page.lines.map((line, i) => (
              <Line key={i} line={line} format={format} print={print} />
            ))}
          </div>
          {page.numbered && (
            <div className="gw-preview-page-number" data-side={page.number % 2 === 1 ? 'odd' : 'even'}>
              {pageNumberText(page.number)}
            </div>
          )}
        </>
      )}
    </section>
  );
});
