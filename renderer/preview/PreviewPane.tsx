import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useSlateSelector } from 'slate-react';
import type { ExportFormat } from '../../core/print/format.ts';
import { PAGE_MM } from '../../core/print/page-geometry.ts';
import type { Block, DocumentMeta } from '../../core/model.ts';
import { blocksOf, useDocumentMeta } from '../editor/index.ts';
import { documentPages } from './document-pages.ts';
import { PageSheet } from './PageSheet.tsx';
import type { PreviewPage } from './paginate.ts';
import { useVisiblePages } from './visible-pages.ts';

/** Typing re-lays out the pages this long after the last change, not on every keystroke. */
const RELAYOUT_MS = 300;
/** Pages drawn beyond those in view, either side: scrolling a few pages never shows a blank sheet. */
const OVERSCAN_PAGES = 4;

interface Layout {
  blocks: readonly Block[];
  meta: DocumentMeta;
  pages: PreviewPage[];
  format: ExportFormat;
}

function lay(blocks: readonly Block[], meta: DocumentMeta): Layout {
  return { blocks, meta, ...documentPages(blocks, meta) };
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
export function PreviewPane() {
  // The same array until the content changes, so selection moves cost nothing here.
  const blocks = useSlateSelector(blocksOf);
  const meta = useDocumentMeta();
  const [layout, setLayout] = useState(() => lay(blocks, meta));
  useEffect(() => {
    if (layout.blocks === blocks && layout.meta === meta) return;
    const timer = setTimeout(() => setLayout(lay(blocks, meta)), RELAYOUT_MS);
    return () => clearTimeout(timer);
  }, [blocks, meta, layout.blocks, layout.meta]);
  const { pages, format } = layout;
  const scroller = useRef<HTMLElement>(null);
  useFitPages(scroller);
  const { first, last } = useVisiblePages(scroller, '.gw-preview-page', pages.length, OVERSCAN_PAGES);
  return (
    <aside ref={scroller} className="gw-preview" aria-label="预览" aria-busy={layout.blocks !== blocks || layout.meta !== meta} data-pages={pages.length}>
      <div className="gw-preview-pages">
        {pages.map((page, i) => (
          <PageSheet key={page.number} page={page} format={format} drawn={i >= first && i <= last} print={false} />
        ))}
      </div>
    </aside>
  );
}
