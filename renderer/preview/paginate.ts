import { LINES_PER_PAGE } from '../../core/print/page-geometry.ts';
import type { PreviewLine, PreviewParagraph } from './layout.ts';

export interface PreviewPage {
  /** 1-based; odd pages carry the number on the right, even pages on the left (7.5). */
  number: number;
  lines: PreviewLine[];
  /** The page's last row is a standalone heading whose text starts on the next page. */
  endsWithHeading: boolean;
  /** Whether it prints its number: not the 版记's page, nor the blank page put before it. */
  numbered: boolean;
  /**
   * The lines stand at the 版心's foot, the last one's bottom on its bottom edge (the 版记, 7.4.1),
   * as the export's table floating there prints them: off the rows of the grid.
   */
  atFoot?: boolean;
}

/**
 * The 版记 (GB/T 9704-2012 7.4.1, 6.2): at the foot of the 公文's last page, an even one; where the
 * body ends on an even page, a blank page comes first. Neither carries a page number, as the
 * export's 版记 section has none.
 */
function colophonPages(bodyPages: number, lines: readonly PreviewLine[]): PreviewPage[] {
  const blankFirst = (bodyPages + 1) % 2 === 1;
  const page = (number: number, pageLines: PreviewLine[]): PreviewPage => ({ number, lines: pageLines, endsWithHeading: false, numbered: false });
  const last = { ...page(blankFirst ? bodyPages + 2 : bodyPages + 1, [...lines]), atFoot: true };
  return blankFirst ? [page(bodyPages + 1, []), last] : [last];
}

/**
 * Paragraphs → pages as Word and LibreOffice fill them with the export's settings: exactly 22
 * rows, no widow control (a paragraph splits anywhere), and a keep-with-next paragraph (a
 * standalone heading, the title) moves to the next page with its whole chain unless the chain and
 * the next paragraph's first line fit where it stands. A chain longer than a page is not moved.
 */
export function paginate(paragraphs: readonly PreviewParagraph[], linesPerPage = LINES_PER_PAGE): PreviewPage[] {
  const pages: PreviewLine[][] = [[]];
  // Per page, the paragraph its last row belongs to and whether that row was the paragraph's last.
  const ends: { paragraph: number; whole: boolean }[] = [];
  const current = () => pages[pages.length - 1]!;
  const colophonAt = paragraphs.findIndex((paragraph) => paragraph.colophonStart);
  const bodyEnd = colophonAt < 0 ? paragraphs.length : colophonAt;
  for (let i = 0; i < bodyEnd; i++) {
    const paragraph = paragraphs[i]!;
    if (paragraph.keepNext && current().length > 0) {
      let need = 0;
      let k = i;
      while (k < paragraphs.length && paragraphs[k]!.keepNext) need += paragraphs[k++]!.lines.length;
      if (k < paragraphs.length) need += Math.min(1, paragraphs[k]!.lines.length);
      // Only the first paragraph of a chain decides; the rest follow it.
      const chainStart = i === 0 || !paragraphs[i - 1]!.keepNext;
      if (chainStart && need <= linesPerPage && current().length + need > linesPerPage) pages.push([]);
    }
    paragraph.lines.forEach((line, k) => {
      if (current().length >= linesPerPage) pages.push([]);
      current().push(line);
      ends[pages.length - 1] = { paragraph: i, whole: k === paragraph.lines.length - 1 };
    });
  }
  const body = pages.map((lines, i): PreviewPage => {
    const end = ends[i];
    const endsWithHeading = i < pages.length - 1 && end !== undefined && end.whole && paragraphs[end.paragraph]!.heading === true && lines.length === linesPerPage;
    return { number: i + 1, lines, endsWithHeading, numbered: true };
  });
  if (colophonAt < 0) return body;
  return [...body, ...colophonPages(body.length, paragraphs.slice(colophonAt).flatMap((paragraph) => paragraph.lines))];
}
