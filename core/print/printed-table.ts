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
  /**
   * How the cells' text is set, in pt (the template's table format): what the rows' heights are
   * made of, and what the preview splits a row taller than a page by and draws the text in.
   */
  cellSizePt: number;
  cellLineHeightPt: number;
  cellMarginPt: { top: number; right: number; bottom: number; left: number };
}

export interface PrintedTableRow {
  /** Repeated at the top of each page the table runs onto (leading rows only). */
  header: boolean;
  /** The row's height in pt as laid out: its tallest cell's lines × line height + cell margins. */
  heightPt: number;
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
}
