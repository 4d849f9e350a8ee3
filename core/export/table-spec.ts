import type { ExportFormat } from '../print/format.ts';
import { TYPE_AREA_MM } from '../print/page-geometry.ts';
import type { PrintedTable } from '../print/printed-table.ts';
import { TYPE_AREA_WIDTH, twips } from './page.ts';
import type { Alignment, ParagraphSpec } from './paragraph-xml.ts';
import { runsOf } from './printed-runs.ts';

/** A w:tc: its grid columns, its width, whether it starts or continues a merge down, its paragraphs. */
export interface CellSpec {
  colSpan: number;
  width: number;
  vMerge?: 'restart' | 'continue';
  paragraphs: ParagraphSpec[];
}

export interface RowSpec {
  header: boolean;
  cantSplit: boolean;
  vAlign: 'center' | 'top';
  /** twips, at least (w:trHeight hRule atLeast). */
  height: number;
  cells: CellSpec[];
}

/** A table as document.xml writes it (table-xml.ts), in twips and eighths of a point. */
export interface TableSpec {
  kind: 'table';
  width: number;
  grid: number[];
  /** w:sz of every border, in eighths of a point. */
  border: number;
  margins: { top: number; left: number; bottom: number; right: number };
  rows: RowSpec[];
}

const ALIGNMENT = { center: 'center', left: 'left', justify: 'both', right: 'right' } as const satisfies Record<string, Alignment>;

/**
 * Grid columns in whole twips summing to the table's width: each boundary rounded where it falls,
 * so no rounding error adds up along the row.
 */
function gridTwips(columnsMm: readonly number[], width: number): number[] {
  const out: number[] = [];
  let mm = 0;
  let at = 0;
  columnsMm.forEach((w, i) => {
    mm += w;
    const edge = i === columnsMm.length - 1 ? width : twips(mm);
    out.push(edge - at);
    at = edge;
  });
  return out;
}

/**
 * The plan's table (print/table-plan.ts) as Word's: every grid column of every row gets a w:tc,
 * the ones a merged cell covers as its vMerge continuation (and a gap a short row leaves as an
 * empty cell), each cell's paragraphs off the grid at the table's exact line height, flush, in
 * the cell's font and size. The rows' heights are the plan's (w:trHeight at least), so every
 * reader draws the rows the preview paginates with.
 */
export function tableSpec(table: PrintedTable, format: ExportFormat): TableSpec {
  // The 版心's 156 mm is 8845 twips as the page's margins leave it (twips(156) rounds to 8844).
  const mm = table.columnsMm.reduce((a, b) => a + b, 0);
  const width = Math.abs(mm - TYPE_AREA_MM.width) < 0.01 ? TYPE_AREA_WIDTH : Math.min(TYPE_AREA_WIDTH, twips(mm));
  const grid = gridTwips(table.columnsMm, width);
  const spanWidth = (column: number, span: number) => grid.slice(column, column + span).reduce((a, b) => a + b, 0);
  const line = Math.round(table.lineHeightPt * 20);
  const empty = (): ParagraphSpec => ({ indent: { left: 0, right: 0, firstLine: 0, firstLineChars: 0 }, exact: { line, before: 0, after: 0 }, runs: [] });
  // Cells merged down from above, by the row they end in: column → the merged cell's span.
  const covering = new Map<number, { colSpan: number; until: number }>();
  const rows = table.rows.map((row, r): RowSpec => {
    const cells: CellSpec[] = [];
    const starts = new Map(row.cells.map((cell) => [cell.column, cell]));
    for (let column = 0; column < grid.length; ) {
      const cell = starts.get(column);
      const cover = covering.get(column);
      if (!cell && cover && cover.until >= r) {
        cells.push({ colSpan: cover.colSpan, width: spanWidth(column, cover.colSpan), vMerge: 'continue', paragraphs: [empty()] });
        column += cover.colSpan;
        continue;
      }
      if (!cell) {
        cells.push({ colSpan: 1, width: spanWidth(column, 1), paragraphs: [empty()] });
        column += 1;
        continue;
      }
      const paragraphs = (cell.paragraphs.length ? cell.paragraphs : ['']).map((text) => ({
        ...empty(),
        alignment: ALIGNMENT[cell.align],
        runs: text === '' ? [] : runsOf([{ text, font: cell.font, sizePt: table.sizePt }], format),
      }));
      const spec: CellSpec = { colSpan: cell.colSpan, width: spanWidth(column, cell.colSpan), paragraphs };
      if (cell.rowSpan > 1) {
        spec.vMerge = 'restart';
        covering.set(column, { colSpan: cell.colSpan, until: r + cell.rowSpan - 1 });
      }
      cells.push(spec);
      column += cell.colSpan;
    }
    // LibreOffice adds the border below a row to its w:trHeight (measured: 0.18 mm a row with a
    // 0.5 pt border, 3.5 mm over 20 rows): the border is taken out, so the row with it is the plan's.
    return { header: row.header, cantSplit: row.cantSplit, vAlign: row.vAlign, height: Math.round((row.heightPt - table.borderPt) * 20), cells };
  });
  const m = table.cellMarginMm;
  return { kind: 'table', width, grid, border: Math.max(2, Math.round(table.borderPt * 8)), margins: { top: twips(m.top), left: twips(m.left), bottom: twips(m.bottom), right: twips(m.right) }, rows };
}
