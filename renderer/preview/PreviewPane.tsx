import { memo, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useSlateSelector } from 'slate-react';
import type { ExportFormat } from '../../core/print/format.ts';
import { CELL_MM, CHARS_PER_LINE, PAGE_MM } from '../../core/print/page-geometry.ts';
import { pageNumberText } from '../../core/print/page-number.ts';
import type { Block, DocumentMeta } from '../../core/model.ts';
import { findTemplate } from '../../core/templates.ts';
import { blocksOf } from '../editor/index.ts';
import { layoutDocument, type PreviewLine } from './layout.ts';
import { paginate, type PreviewPage } from './paginate.ts';
import { useVisiblePages } from './visible-pages.ts';
import { markSide } from './line-break.ts';
import '../styles/preview.css';

/** Typing re-lays out the pages this long after the last change, not on every keystroke. */
const RELAYOUT_MS = 300;
/** Pages drawn beyond those in view, either side: scrolling a few pages never shows a blank sheet. */
const OVERSCAN_PAGES = 4;

interface Layout {
  blocks: readonly Block[];
  pages: PreviewPage[];
  format: ExportFormat;
}

function lay(blocks: readonly Block[], meta: DocumentMeta): Layout {
  const { paragraphs, format } = layoutDocument(blocks, meta, findTemplate(meta.template));
  return { blocks, pages: paginate(paragraphs), format };
}


/** Which heading levels print bold: all a line's rendering takes from the format. */
const boldKey = (format: ExportFormat) => ([1, 2, 3, 4] as const).map((level) => (format.boldLevels.has(level) ? 'b' : '-')).join('');

/**
 * Memoised by line: a re-layout after typing reuses the lines of every block that did not change
 * (layout.ts), so only the edited paragraph's cells render again.
 */
const Line = memo(LineView, (a, b) => a.line === b.line && boldKey(a.format) === boldKey(b.format));

function LineView({ line, format }: { line: PreviewLine; format: ExportFormat }) {
  if (line.kind === 'blank') return <div className="gw-preview-line" data-kind="blank" />;
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
  return (
    <div className="gw-preview-line" data-kind="text" style={{ paddingLeft: `${start * CELL_MM}mm` }}>
      {line.cells.map((cell, i) => {
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
      })}
    </div>
  );
}

/** A4 at 96 px to the inch, and the pane's padding either side (preview.css). */
const SHEET_PX = (PAGE_MM.width * 96) / 25.4;
const PANE_PADDING_PX = 32;

/** The sheets as wide as the pane is (its width is the window's to share), through one CSS zoom. */
function useFitPages(pane: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = pane.current;
    if (!element) return;
    const fit = () => element.style.setProperty('--gw-preview-scale', String(Math.max(0.2, Math.min(1, (element.clientWidth - PANE_PADDING_PX) / SHEET_PX)).toFixed(3)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [pane]);
}

/**
 * 预览: the document as the export prints it, A4 pages of 22 lines × 28 characters with the
 * standard's fonts and page numbers, read-only beside the editor. It is laid out only while shown,
 * and again a moment after typing stops.
 */
export function PreviewPane({ meta }: { meta: DocumentMeta }) {
  // The same array until the content changes, so selection moves cost nothing here.
  const blocks = useSlateSelector(blocksOf);
  const [layout, setLayout] = useState(() => lay(blocks, meta));
  useEffect(() => {
    if (layout.blocks === blocks) return;
    const timer = setTimeout(() => setLayout(lay(blocks, meta)), RELAYOUT_MS);
    return () => clearTimeout(timer);
  }, [blocks, meta, layout.blocks]);
  const { pages, format } = layout;
  const scroller = useRef<HTMLElement>(null);
  useFitPages(scroller);
  const { first, last } = useVisiblePages(scroller, '.gw-preview-page', pages.length, OVERSCAN_PAGES);
  return (
    <aside ref={scroller} className="gw-preview" aria-label="预览" aria-busy={layout.blocks !== blocks} data-pages={pages.length}>
      <div className="gw-preview-pages">
        {pages.map((page, i) => (
          <PageView key={page.number} page={page} format={format} drawn={i >= first && i <= last} />
        ))}
      </div>
    </aside>
  );
}

/**
 * Narrows each half-字 glyph that is wider than its cell to the cell. The grid gives a Latin letter
 * or digit half a 字 (core/print/char-width.ts, the export's rule, exact for 仿宋_GB2312's
 * half-width Latin); a fallback font's capitals are wider and overlapped their neighbours (TEAM
 * WORK). Narrowed, the lines keep the export's widths and breaks. Only the drawn sheet is read.
 */
function fitGlyphs(sheet: HTMLElement): void {
  const glyphs = [...sheet.querySelectorAll<HTMLElement>('.gw-preview-glyph')];
  glyphs.forEach((glyph) => (glyph.style.transform = ''));
  // All reads before all writes: one layout for the sheet.
  const fits = glyphs.map((glyph) => glyph.parentElement!.clientWidth / (glyph.offsetWidth || 1));
  glyphs.forEach((glyph, i) => {
    if (fits[i]! < 1) glyph.style.transform = `scaleX(${fits[i]!.toFixed(3)})`;
  });
}

/**
 * One sheet. Off screen it is an empty sheet of the same size (its page number and line count
 * still on it for assistive technology and tests), drawn in full once scrolled near.
 */
const PageView = memo(function PageView({ page, format, drawn }: { page: PreviewPage; format: ExportFormat; drawn: boolean }) {
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
          {page.endsWithHeading && (
            <p className="gw-preview-warning" role="note">
              本页最后一行是标题，其下内容在下一页。可调整前文，让标题与正文同页。
            </p>
          )}
          <div className="gw-preview-type-area">
            {page.lines.map((line, i) => (
              <Line key={i} line={line} format={format} />
            ))}
          </div>
          <div className="gw-preview-page-number" data-side={page.number % 2 === 1 ? 'odd' : 'even'}>
            {pageNumberText(page.number)}
          </div>
        </>
      )}
    </section>
  );
});
