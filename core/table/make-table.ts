import type { TableBlock, TableRow } from '../model.ts';
import { emptyCell } from './grid.ts';

/** Word's limit on a table's columns; the .gwdoc schema holds it too. */
export const MAX_TABLE_COLUMNS = 63;
/** The most rows the insert dialog offers; more are added with Tab or 插入行. */
export const MAX_NEW_TABLE_ROWS = 200;

/**
 * An empty table of `rows` × `columns` cells; the first row is its header row (repeated on each
 * page the table runs onto), as a report's tables have one.
 */
export function makeTable(rows: number, columns: number, options: { header?: boolean } = {}): TableBlock {
  const r = clamp(rows, MAX_NEW_TABLE_ROWS);
  const c = clamp(columns, MAX_TABLE_COLUMNS);
  const header = options.header ?? r > 1;
  const children: TableRow[] = [];
  for (let i = 0; i < r; i++) {
    const cells = Array.from({ length: c }, () => emptyCell());
    children.push(i === 0 && header ? { type: 'table-row', header: true, children: cells } : { type: 'table-row', children: cells });
  }
  return { type: 'table', children };
}

function clamp(value: number, max: number): number {
  return Math.min(max, Math.max(1, Math.floor(Number.isFinite(value) ? value : 1)));
}
