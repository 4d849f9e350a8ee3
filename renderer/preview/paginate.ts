import { LINE_PITCH_PT } from '../../core/print/page-geometry.ts';
import type { PreviewLine, PreviewParagraph } from './layout.ts';
import { FIT_EPSILON_PT, flowTable, headerRowCount, PAGE_BODY_PT } from './table-flow.ts';

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

/** The height a line takes on the page: a grid row, or a table's rows on it. */
export function lineHeightPt(line: PreviewLine): number {
  return line.kind === 'table' ? line.slice.heightPt : LINE_PITCH_PT;
}

/** What must stand on a page for a paragraph to start there: its first line, or a table's header rows and first row. */
function headPt(paragraph: PreviewParagraph): number {
  const { table } = paragraph;
  if (!table) return paragraph.lines.length > 0 ? LINE_PITCH_PT : 0;
  const rows = table.rows.slice(0, headerRowCount(table) + 1);
  return Math.min(PAGE_BODY_PT, rows.reduce((sum, row) => sum + row.heightPt, table.borderPt));
}

const heightOf = (paragraph: PreviewParagraph) => (paragraph.table ? headPt(paragraph) : paragraph.lines.length * LINE_PITCH_PT);

/**
 * Paragraphs → pages as Word and LibreOffice fill them with the export's settings: 22 rows of the
 * grid, no widow control (a paragraph splits anywhere), and a keep-with-next paragraph (a
 * standalone heading, the title) moves to the next page with its whole chain unless the chain and
 * the next paragraph's first line fit where it stands. A chain longer than a page is not moved.
 * A table takes its rows' heights (table-flow.ts), and the text after it follows right under it,
 * as in LibreOffice; a page holds its 22 grid rows' height, tables included (PAGE_BODY_PT). An
 * 附件 starts a new page; page numbers run on through the attachments (GB/T 9704-2012 7.5).
 */
export function paginate(paragraphs: readonly PreviewParagraph[]): PreviewPage[] {
  const pages: { lines: PreviewLine[]; usedPt: number }[] = [{ lines: [], usedPt: 0 }];
  // Per page, the paragraph its last row belongs to and whether that row was the paragraph's last.
  const ends: { paragraph: number; whole: boolean }[] = [];
  const current = () => pages[pages.length - 1]!;
  const newPage = () => pages.push({ lines: [], usedPt: 0 });
  const place = (line: PreviewLine, end: { paragraph: number; whole: boolean }) => {
    current().lines.push(line);
    current().usedPt += lineHeightPt(line);
    ends[pages.length - 1] = end;
  };
  const roomFor = (heightPt: number) => current().usedPt + heightPt <= PAGE_BODY_PT + FIT_EPSILON_PT;
  const colophonAt = paragraphs.findIndex((paragraph) => paragraph.colophonStart);
  const bodyEnd = colophonAt < 0 ? paragraphs.length : colophonAt;
  for (let i = 0; i < bodyEnd; i++) {
    const paragraph = paragraphs[i]!;
    if (paragraph.pageBreakBefore && current().lines.length > 0) newPage();
    if (paragraph.keepNext && current().lines.length > 0) {
      let need = 0;
      let k = i;
      while (k < paragraphs.length && paragraphs[k]!.keepNext) need += heightOf(paragraphs[k++]!);
      if (k < paragraphs.length) need += headPt(paragraphs[k]!);
      // Only the first paragraph of a chain decides; the rest follow it. Whether the chain and a
      // table's head would fit a page is judged without the table's top rule (LibreOffice,
      // measured: a 表题 whose table's head fills the rest of a page to the rule moves on, and the
      // table a page further).
      const chainStart = i === 0 || !paragraphs[i - 1]!.keepNext;
      const rule = k < paragraphs.length ? (paragraphs[k]!.table?.borderPt ?? 0) : 0;
      if (chainStart && need - rule <= PAGE_BODY_PT + FIT_EPSILON_PT && !roomFor(need)) newPage();
    }
    if (paragraph.table) {
      const { slices, newPageFirst } = flowTable(paragraph.table, PAGE_BODY_PT - current().usedPt);
      if (newPageFirst && current().lines.length > 0) newPage();
      slices.forEach((slice, k) => {
        if (k > 0) newPage();
        place({ kind: 'table', slice }, { paragraph: i, whole: k === slices.length - 1 });
      });
      continue;
    }
    paragraph.lines.forEach((line, k) => {
      if (!roomFor(lineHeightPt(line))) newPage();
      place(line, { paragraph: i, whole: k === paragraph.lines.length - 1 });
    });
  }
  const body = pages.map(({ lines, usedPt }, i): PreviewPage => {
    const end = ends[i];
    const full = usedPt + LINE_PITCH_PT > PAGE_BODY_PT + FIT_EPSILON_PT;
    const endsWithHeading = i < pages.length - 1 && end !== undefined && end.whole && paragraphs[end.paragraph]!.heading === true && full;
    return { number: i + 1, lines, endsWithHeading, numbered: true };
  });
  if (colophonAt < 0) return body;
  return [...body, ...colophonPages(body.length, paragraphs.slice(colophonAt).flatMap((paragraph) => paragraph.lines))];
}
