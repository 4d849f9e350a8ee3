import type { FontRole } from './format.ts';
import type { PrintedAlignment } from './printed-paragraph.ts';

/**
 * A table of the printed page, as the export writes it and the preview draws it. Its geometry is
 * the template's table layout (templates/); the row heights are the print plan's, so the preview
 * breaks pages where the export does. Off the 22-line grid: rows are as high as their text.
 */
export interface PrintedTable {
  role: 'table';
  /** The index of the table block in the document's blocks. */
  block: number;
  /** Grid column widths in mm, summing to the 版心's width (156 mm). */
  columnsMm: number[];
  rows: PrintedTableRow[];
  /** The cells' text size and exact line height, in pt (templates/table-layout.json). */
  sizePt: number;
  lineHeightPt: number;
  /** The single border on every edge, in pt. */
  borderPt: number;
  /** Space between a cell's edges and its text, in mm. */
  cellMarginMm: { left: number; right: number; top: number; bottom: number };
}

export interface PrintedTableRow {
  /** Repeated at the top of each page the table runs onto (leading rows only). */
  header: boolean;
  /**
   * The row's height in pt as laid out: its tallest cell's lines × line height + cell margins and
   * border, rounded up to whole rows of the page's grid (`gridRows` × 28.95 pt), so that the text
   * after a table stands on the 22-line grid again. The one home of a row's height: the export
   * writes it (w:trHeight) and the preview paginates with it.
   */
  heightPt: number;
  gridRows: number;
  /** Kept on one page (w:cantSplit): every row that fits on a page under the header rows. */
  cantSplit: boolean;
  /**
   * Where its cells' lines stand down the row (w:vAlign): centred in a row kept whole; from the
   * top in a row that may split over pages, because LibreOffice centres each part of a split
   * row on its page and then sets fewer lines there than the page holds (measured: 33 of 35 on
   * a middle page), while from the top it fills the page as 预览 does.
   */
  vAlign: 'center' | 'top';
  cells: PrintedTableCell[];
}

export interface PrintedTableCell {
  /** Grid column the cell starts in, and how many it spans. */
  column: number;
  colSpan: number;
  /** Rows it spans down (a vMerge restart); a covered cell is not listed in its row. */
  rowSpan: number;
  /** The cell's paragraphs as written; each wraps within the cell. */
  paragraphs: string[];
  font: FontRole;
  align: PrintedAlignment;
  /** Lines the cell's text takes at the cell's width (what heightPt is made of). */
  lines: number;
  /**
   * Those lines' text, paragraph by paragraph, as the plan broke them (what the preview draws):
   * each line `lineHeightPt` high, the block of lines set down the cell's row(s) as the row's
   * vAlign says, within the cell's margins.
   */
  lineTexts: string[];
}
