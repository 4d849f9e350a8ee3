import { LINES_PER_PAGE } from '../../core/print/page-geometry.ts';
import type { PreviewLine, PreviewParagraph } from './layout.ts';

export interface PreviewPage {
  /** 1-based; odd pages carry the number on the right, even pages on the left (7.5). */
  number: number;
  lines: PreviewLine[];
  /** The page's last row is a standalone heading whose text starts on the next page. */
  endsWithHeading: boolean;
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
  for (let i = 0; i < paragraphs.length; i++) {
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
  return pages.map((lines, i) => {
    const end = ends[i];
    const endsWithHeading = i < pages.length - 1 && end !== undefined && end.whole && paragraphs[end.paragraph]!.heading === true && lines.length === linesPerPage;
    return { number: i + 1, lines, endsWithHeading };
  });
}
