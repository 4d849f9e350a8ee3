import type { TableBlock, TableCell, TableRow } from '../../core/model.ts';
import { cellIndexAligned, cellStarts, spanOf } from '../../core/table/grid.ts';

/**
 * A random valid table: 1–6 rows of one grid width (1–6), each row cut into spans at random,
 * some cells merged down into the row below where the spans line up, some leading header rows.
 * Every non-merged cell holds distinct text (one or two paragraphs), so a test can tell which
 * text went where; continued cells are empty, as Word writes them.
 */
export function randomTable(random: () => number): TableBlock {
  const width = 1 + Math.floor(random() * 6);
  const rowCount = 1 + Math.floor(random() * 6);
  const headers = Math.floor(random() * Math.min(3, rowCount));
  let serial = 0;
  const rows: TableRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells: TableCell[] = [];
    for (let used = 0; used < width; ) {
      const span = 1 + Math.floor(random() * Math.min(3, width - used));
      const paragraphs = random() < 0.2 ? 2 : 1;
      const cell: TableCell = { type: 'table-cell', children: Array.from({ length: paragraphs }, () => ({ type: 'cell-paragraph' as const, children: [{ text: `格${serial++}` }] })) };
      if (span > 1) cell.colSpan = span;
      cells.push(cell);
      used += span;
    }
    const row: TableRow = r < headers ? { type: 'table-row', header: true, children: cells } : { type: 'table-row', children: cells };
    // Merge some of this row's cells into the one above where the columns line up.
    const above = rows[r - 1];
    if (above) {
      const starts = cellStarts(row);
      row.children.forEach((cell, c) => {
        const i = cellIndexAligned(above, starts[c]!, spanOf(cell));
        if (i < 0 || random() > 0.35) return;
        const top = above.children[i]!;
        if (!top.vMerge) above.children[i] = { ...top, vMerge: 'restart' };
        row.children[c] = { ...cell, vMerge: 'continue', children: [{ type: 'cell-paragraph', children: [{ text: '' }] }] };
      });
    }
    rows.push(row);
  }
  return { type: 'table', children: rows };
}

/** The non-empty paragraph texts of a table's cells, sorted (a multiset to compare). */
export function tableTexts(table: TableBlock, rows?: (r: number) => boolean): string[] {
  const texts: string[] = [];
  table.children.forEach((row, r) => {
    if (rows && !rows(r)) return;
    for (const cell of row.children) for (const p of cell.children) for (const run of p.children) if (run.text) texts.push(run.text);
  });
  return texts.sort();
}
