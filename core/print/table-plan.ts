import type { TableBlock, TableCell } from '../model.ts';
import { isFullWidth, type MeasureText } from './char-width.ts';
import { columnWidthsPt, type WidthCell } from './column-widths.ts';
import type { ExportFormat, FontRole } from './format.ts';
import { breakCells, type Cell } from './line-break.ts';
import { LINES_PER_PAGE, LINE_PITCH_PT, PT_PER_MM } from './page-geometry.ts';
import type { PrintedAlignment } from './printed-paragraph.ts';
import type { PrintedTable, PrintedTableCell, PrintedTableRow } from './printed-table.ts';
import { TABLE_LAYOUT } from './table-layout.ts';

/** A figure: a number with its separators, sign and per-cent mark, nothing else (12.5%, −3, 1,200). */
const FIGURE = /^[（(]?[-+−±]?\d[\d,，.．]*(%|％|‰)?[）)]?$/u;

export function isFigure(text: string): boolean {
  return FIGURE.test(text.trim());
}

/**
 * A body cell's alignment: figures (every paragraph a figure or empty, not all empty) as the
 * template says (ExportFormat.figureAlign), other text as table-layout.json's textAlign; header
 * cells as its headerAlign. The editor shows cells with it too (render-element.tsx).
 */
export function cellAlign(paragraphs: readonly string[], header: boolean, figureAlign: ExportFormat['figureAlign']): PrintedAlignment {
  if (header) return TABLE_LAYOUT.headerAlign;
  return paragraphs.join('') !== '' && paragraphs.every((p) => p === '' || isFigure(p)) ? figureAlign : TABLE_LAYOUT.textAlign;
}

const paragraphsOf = (cell: TableCell) => cell.children.map((p) => p.children.map((run) => run.text).join(''));

interface Placed {
  row: number;
  cell: PrintedTableCell;
}

/**
 * Where each cell stands in the grid. A cell merged down (vMerge 'continue') is not listed: the
 * cell it continues spans one row more. A 'continue' with nothing above to continue, or holding
 * text (an import's leftover), is printed as a cell of its own, so no text is lost.
 */
function placeCells(table: TableBlock, headerRows: readonly boolean[], format: ExportFormat): { placed: Placed[]; columns: number } {
  const placed: Placed[] = [];
  const open = new Map<number, PrintedTableCell>();
  let columns = 0;
  table.children.forEach((row, r) => {
    let column = 0;
    const seen = new Set<number>();
    for (const source of row.children) {
      const colSpan = Math.max(1, Math.floor(source.colSpan ?? 1));
      const paragraphs = paragraphsOf(source);
      const above = open.get(column);
      if (source.vMerge === 'continue' && above && above.colSpan === colSpan && paragraphs.every((p) => p === '')) {
        above.rowSpan++;
        seen.add(column);
        column += colSpan;
        continue;
      }
      const header = headerRows[r]!;
      const font: FontRole = header ? 'tableHeader' : 'body';
      const align = cellAlign(paragraphs, header, format.figureAlign);
      const cell: PrintedTableCell = { column, colSpan, rowSpan: 1, paragraphs, font, align, lines: 0, lineTexts: [] };
      placed.push({ row: r, cell });
      open.set(column, cell);
      seen.add(column);
      column += colSpan;
    }
    // A merge ends where the column below is not a 'continue' of it.
    for (const key of [...open.keys()]) if (!seen.has(key)) open.delete(key);
    columns = Math.max(columns, column);
  });
  return { placed, columns };
}

/** A cell's paragraphs broken into lines `capacity` 字 wide (an empty paragraph is one line). */
function breakParagraphs(paragraphs: readonly string[], font: FontRole, capacity: number, measure: MeasureText): string[] {
  const slack = TABLE_LAYOUT.halfWidthSlack;
  return paragraphs.flatMap((text) => {
    const cells: Cell[] = [...text].map((ch) => ({ ch, width: measure(ch, font) + (isFullWidth(ch) ? 0 : slack), role: font }));
    return breakCells(cells, capacity, capacity).map((line) => line.map((c) => c.ch).join(''));
  });
}

/**
 * A table of the document as printed (printed-table.ts): column widths from its text summing to
 * the 版心's width, each cell's lines at its width, and each row as high as its tallest cell in
 * whole grid rows. Header rows are the leading rows marked so; a row taller than a page less the
 * header may split.
 */
/** Header rows are the leading rows marked so (a mark further down is not repeated by any reader). */
function headerRowsOf(table: TableBlock): boolean[] {
  let leading = true;
  return table.children.map((row) => (leading &&= row.header === true));
}

function widthsOf(placed: readonly Placed[], columns: number, measure: MeasureText): number[] {
  return columnWidthsPt(
    placed.map(({ cell }): WidthCell => cell),
    columns,
    TABLE_LAYOUT.tableWidthMm * PT_PER_MM,
    measure,
  );
}

/** The table's column widths in mm as printed, without breaking its cells into lines (the editor draws its columns so). */
export function tableColumnsMm(table: TableBlock, format: ExportFormat, measure: MeasureText): number[] {
  const { placed, columns } = placeCells(table, headerRowsOf(table), format);
  return widthsOf(placed, columns, measure).map((pt) => pt / PT_PER_MM);
}

export function printedTable(block: number, table: TableBlock, format: ExportFormat, measure: MeasureText): PrintedTable {
  const { cellSizePt: sizePt, cellLineHeightPt: lineHeightPt, borderPt, cellMarginMm } = TABLE_LAYOUT;
  const headerRows = headerRowsOf(table);
  const { placed, columns } = placeCells(table, headerRows, format);
  const widthsPt = widthsOf(placed, columns, measure);
  const sidePt = (cellMarginMm.left + cellMarginMm.right) * PT_PER_MM;
  const padPt = (cellMarginMm.top + cellMarginMm.bottom) * PT_PER_MM + borderPt;
  const needPt: number[] = table.children.map(() => lineHeightPt + padPt);
  for (const { row, cell } of placed) {
    const widthPt = widthsPt.slice(cell.column, cell.column + cell.colSpan).reduce((a, b) => a + b, 0);
    cell.lineTexts = breakParagraphs(cell.paragraphs.length ? cell.paragraphs : [''], cell.font, (widthPt - sidePt) / sizePt, measure);
    cell.lines = cell.lineTexts.length;
    if (cell.rowSpan === 1) needPt[row] = Math.max(needPt[row]!, cell.lines * lineHeightPt + padPt);
  }
  const gridRows = needPt.map((pt) => Math.max(1, Math.ceil(pt / LINE_PITCH_PT - 1e-6)));
  // A merged cell taller than the rows it spans deepens the last of them.
  for (const { row, cell } of placed) {
    if (cell.rowSpan === 1) continue;
    const last = row + cell.rowSpan - 1;
    const have = gridRows.slice(row, last + 1).reduce((a, b) => a + b, 0);
    const need = Math.ceil((cell.lines * lineHeightPt + padPt) / LINE_PITCH_PT - 1e-6);
    if (need > have) gridRows[last]! += need - have;
  }
  const headerGridRows = gridRows.reduce((n, rows, r) => n + (headerRows[r] ? rows : 0), 0);
  const cellsOfRow: PrintedTableCell[][] = table.children.map(() => []);
  for (const { row, cell } of placed) cellsOfRow[row]!.push(cell);
  const rows: PrintedTableRow[] = table.children.map((_, r) => {
    const cantSplit = gridRows[r]! <= LINES_PER_PAGE - (headerRows[r] ? 0 : headerGridRows);
    return { header: headerRows[r]!, heightPt: gridRows[r]! * LINE_PITCH_PT, gridRows: gridRows[r]!, cantSplit, vAlign: cantSplit ? 'center' : 'top', cells: cellsOfRow[r]! };
  });
  const columnsMm = widthsPt.map((pt) => pt / PT_PER_MM);
  return { role: 'table', block, columnsMm, rows, sizePt, lineHeightPt, borderPt, cellMarginMm };
}
