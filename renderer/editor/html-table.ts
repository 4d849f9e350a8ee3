import type { CellParagraph, TableBlock, TableCell, TableRow } from '../../core/model.ts';
import { MAX_TABLE_COLUMNS } from '../../core/table/make-table.ts';
import { normalizeTable } from '../../core/table/table-rules.ts';

/** Elements inside a cell whose end is a line break of the cell (Word's and WPS's <p>, a web page's <div>). */
const CELL_BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'PRE', 'BLOCKQUOTE']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);
const MAX_ROW_SPAN = 5000;

/**
 * A pasted HTML <table> (a web page, Word, WPS, Excel or WPS 表格) as a table block: rows in
 * order through thead / tbody / tfoot, th or td cells, colspan as the cell's span and rowspan as a
 * merge down (vMerge), each <p> or <br> in a cell a paragraph of it. Leading rows in <thead>, or
 * made only of <th>, are header rows. Only text is taken; a table inside a cell gives its text.
 */
export function htmlTable(element: Element): TableBlock {
  const rows = ownRows(element);
  // Cells merged down from above, by row: grid column → its span.
  const covered: Map<number, number>[] = rows.map(() => new Map());
  const built: { column: number; cell: TableCell }[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let column = 0;
    for (const td of Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH')) {
      while (covered[r]!.has(column)) column += covered[r]!.get(column)!;
      const span = clampInt(td.getAttribute('colspan'), MAX_TABLE_COLUMNS);
      const down = Math.min(clampInt(td.getAttribute('rowspan'), MAX_ROW_SPAN), rows.length - r);
      const cell: TableCell = { type: 'table-cell', children: cellParagraphs(td) };
      if (span > 1) cell.colSpan = span;
      if (down > 1) cell.vMerge = 'restart';
      built[r]!.push({ column, cell });
      for (let k = 1; k < down; k++) covered[r + k]!.set(column, span);
      column += span;
    }
  });
  const children: TableRow[] = rows.map((tr, r) => {
    const cells = [...built[r]!];
    for (const [column, span] of covered[r]!) {
      const cell: TableCell = { type: 'table-cell', vMerge: 'continue', children: [{ type: 'cell-paragraph', children: [{ text: '' }] }] };
      if (span > 1) cell.colSpan = span;
      cells.push({ column, cell });
    }
    cells.sort((a, b) => a.column - b.column);
    return { type: 'table-row', children: cells.map((c) => c.cell), ...(isHeaderRow(tr) ? { header: true as const } : {}) };
  });
  return normalizeTable({ type: 'table', children: children.filter((row) => row.children.length > 0) });
}

/** The rows of this table, not of a table nested in one of its cells. */
function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
}

function isHeaderRow(tr: Element): boolean {
  if (tr.parentElement?.tagName === 'THEAD') return true;
  const cells = Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  return cells.length > 0 && cells.every((c) => c.tagName === 'TH');
}

function clampInt(value: string | null, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : 1;
}

/** The cell's text as paragraphs: a line per <p> / <br>; spaces as a browser shows them. */
function cellParagraphs(td: Element): CellParagraph[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    lines.push(line.replace(/[ \t\r\n\u00a0]+/g, ' ').trim());
    line = '';
  };
  const visit = (node: globalThis.Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName)) return;
    if (element.tagName === 'BR') return flush();
    const block = CELL_BLOCKS.has(element.tagName);
    if (block && line.trim()) flush();
    for (const child of Array.from(element.childNodes)) visit(child);
    if (block) flush();
    else if (element.tagName === 'TD' || element.tagName === 'TH') line += '\t';
  };
  for (const child of Array.from(td.childNodes)) visit(child);
  flush();
  // A blank line is markup, not text (Word writes an empty cell as <p>&nbsp;</p>).
  const kept = lines.filter((text) => text !== '');
  return (kept.length ? kept : ['']).map((text) => ({ type: 'cell-paragraph', children: [{ text }] }));
}
