import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { GongwenDocument } from '../../core/model.ts';
import { documentPages } from './document-pages.ts';
import { PageSheet } from './PageSheet.tsx';
import '../styles/print.css';

/** Two frames: the first lets the glyphs fitted on fonts.ready be styled, the second painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * What 打印 and 导出 PDF print: 预览's pages at full size, every one drawn, and nothing of the
 * window (print.css). Laid out once, from the document as it was when printing was asked for;
 * on screen it is laid out but unseen, so the web fonts its characters need load before
 * `onReady` says it can be printed.
 */
export function PrintView({ document: printed, onReady }: { document: GongwenDocument; onReady(): void }) {
  const [{ pages, format }] = useState(() => documentPages(printed.blocks, printed.meta));
  const view = useRef<HTMLDivElement>(null);
  const ready = useRef(onReady);
  useEffect(() => {
    let live = true;
    // Reading a size lays the view out, which asks for the fonts its text is set in.
    void view.current?.offsetHeight;
    void document.fonts.ready
      .then(afterPaint)
      .then(() => live && ready.current());
    return () => {
      live = false;
    };
  }, []);
  return createPortal(
    <div ref={view} className="gw-print-view" data-pages={pages.length}>
      {pages.map((page) => (
        <PageSheet key={page.number} page={page} format={format} drawn print />
      ))}
    </div>,
    document.body,
  );
}
