import { MAX_CELL_PARAGRAPHS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from '../limits.ts';
import type { CellParagraph, TableBlock, TableCell, TableRow } from '../model.ts';

/**
 * One w:tbl being read, in Word's standard table XML: w:tblGrid (w:gridCol per grid column),
 * w:tr rows with w:trPr (w:tblHeader, w:gridBefore, w:gridAfter, an empty w:del deleting the
 * row), w:tc cells with w:tcPr (w:gridSpan, w:vMerge, the legacy w:hMerge). The body reader feeds
 * it the elements and each cell's paragraph texts; `finish` gives the model's table.
 *
 * What Word shows is kept: every cell's paragraphs as written (empty ones too, an empty cell is one
 * empty paragraph), header rows only as the leading run of rows marked w:tblHeader (Word repeats
 * no other), vMerge restart/continue as stated. What the model requires is made true without
 * dropping text: every row spans the same number of grid columns (w:gridBefore becomes an empty
 * cell of that span in front, a short row gets an empty cell at its end), and a 'continue' with no
 * merged cell above it in its column is a cell of its own.
 */
interface RowDraft {
  cells: TableCell[];
  header: boolean;
  deleted: boolean;
  gridBefore: number;
}

interface CellDraft {
  colSpan: number;
  vMerge?: 'restart' | 'continue';
  hMergeContinue: boolean;
}


function count(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_TABLE_COLUMNS) : fallback;
}

export function cellParagraph(text: string): CellParagraph {
  return { type: 'cell-paragraph', children: [{ text }] };
}

export class TableDraft {
  private gridColumns = 0;
  private readonly rows: RowDraft[] = [];
  private row: RowDraft | undefined;
  private cell: CellDraft | undefined;

  gridColumn(): void {
    this.gridColumns++;
  }

  startRow(): void {
    this.row = { cells: [], header: false, deleted: false, gridBefore: 0 };
  }

  /** A w:trPr child (local name and w:val); `on` is the toggle's value. */
  rowProperty(local: string, value: string | undefined, on: boolean): void {
    if (!this.row) return;
    if (local === 'tblHeader') this.row.header = on;
    else if (local === 'gridBefore') this.row.gridBefore = count(value, 0);
    else if (local === 'del') this.row.deleted = true;
  }

  startCell(): void {
    this.cell = { colSpan: 1, hMergeContinue: false };
  }

  /** A w:tcPr child (local name and w:val). */
  cellProperty(local: string, value: string | undefined): void {
    if (!this.cell) return;
    if (local === 'gridSpan') this.cell.colSpan = count(value, 1);
    else if (local === 'vMerge') this.cell.vMerge = value === 'restart' ? 'restart' : 'continue';
    else if (local === 'hMerge') this.cell.hMergeContinue = value !== 'restart';
  }

  /** The cell ends with these paragraph texts (as the reader read them, list labels in front). */
  endCell(texts: string[]): void {
    const draft = this.cell ?? { colSpan: 1, hMergeContinue: false };
    this.cell = undefined;
    if (!this.row) return;
    const paragraphs = (texts.length ? texts : ['']).map(cellParagraph);
    const previous = this.row.cells[this.row.cells.length - 1];
    if (draft.hMergeContinue && previous) {
      // The legacy horizontal merge: the cell widens the one before it; any text it holds is kept there.
      previous.colSpan = (previous.colSpan ?? 1) + draft.colSpan;
      if (paragraphs.some((p) => p.children[0]!.text !== '')) previous.children.push(...paragraphs);
      return;
    }
    const cell: TableCell = { type: 'table-cell', children: paragraphs };
    if (draft.colSpan > 1) cell.colSpan = draft.colSpan;
    if (draft.vMerge) cell.vMerge = draft.vMerge;
    this.row.cells.push(cell);
  }

  endRow(): void {
    const row = this.row;
    this.row = undefined;
    if (!row || row.deleted) return;
    if (row.gridBefore > 0) row.cells.unshift(spanCell(row.gridBefore));
    this.rows.push(row);
  }

  /** The table, or null when it has no row left (all deleted). */
  finish(): TableBlock | null {
    const rows = this.rows.filter((row) => row.cells.length > 0);
    if (rows.length === 0) return null;
    const width = Math.max(this.gridColumns, ...rows.map((row) => spanOf(row.cells)));
    let leading = true;
    const children: TableRow[] = rows.map((draft) => {
      const short = width - spanOf(draft.cells);
      if (short > 0) draft.cells.push(spanCell(short));
      const row: TableRow = { type: 'table-row', children: draft.cells };
      leading &&= draft.header;
      if (leading) row.header = true;
      return row;
    });
    settleMerges(children);
    return { type: 'table', children };
  }
}

function spanCell(span: number): TableCell {
  const cell: TableCell = { type: 'table-cell', children: [cellParagraph('')] };
  if (span > 1) cell.colSpan = span;
  return cell;
}

function spanOf(cells: readonly TableCell[]): number {
  return cells.reduce((n, cell) => n + (cell.colSpan ?? 1), 0);
}

/** The grid column each cell of a row starts at. */
function starts(row: TableRow): Map<number, TableCell> {
  const at = new Map<number, TableCell>();
  let column = 0;
  for (const cell of row.children) {
    at.set(column, cell);
    column += cell.colSpan ?? 1;
  }
  return at;
}

/** A 'continue' under no merged cell of the same column and span stands alone: its merge is dropped. */
function settleMerges(rows: TableRow[]): void {
  let above = new Map<number, TableCell>();
  for (const row of rows) {
    const here = starts(row);
    for (const [column, cell] of here) {
      if (cell.vMerge !== 'continue') continue;
      const up = above.get(column);
      if (!up?.vMerge || (up.colSpan ?? 1) !== (cell.colSpan ?? 1)) delete cell.vMerge;
    }
    above = here;
  }
}

/** A table as lines of text (one a row, cells joined by tabs, a cell's paragraphs by spaces): a table nested in a cell. */
export function flattenTable(table: TableBlock): string[] {
  return table.children.map((row) => row.children.map((cell) => cell.children.map((p) => p.children.map((r) => r.text).join('')).join(' ')).join('\t'));
}

/**
 * Whether the model can hold the table (limits.ts: rows, grid columns, a cell's paragraphs). One
 * larger is read as lines of text instead (flattenTable), its text kept.
 */
export function fitsModel(table: TableBlock): boolean {
  if (table.children.length > MAX_TABLE_ROWS) return false;
  return table.children.every((row) => spanOf(row.children) <= MAX_TABLE_COLUMNS && row.children.every((cell) => cell.children.length <= MAX_CELL_PARAGRAPHS));
}
