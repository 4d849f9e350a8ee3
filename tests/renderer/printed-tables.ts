import { LINE_PITCH_PT, LINES_PER_PAGE, TYPE_AREA_MM } from '../../core/print/page-geometry.ts';
import type { PrintedTable, PrintedTableRow } from '../../core/print/printed-table.ts';

/**
 * A hand-built table of the print plan's shape (core/print/printed-table.ts): `heights` in pt,
 * the first `headers` rows header rows, `columns` equal columns, cell text in 18 pt lines with no
 * top or bottom margin. A row is kept whole where it fits a page under the header rows, as the
 * plan marks it.
 */
export function table(heights: readonly number[], headers = 1, columns = 3, lineHeightPt = 18): PrintedTable {
  const headerPt = heights.slice(0, headers).reduce((a, b) => a + b, 0);
  const rows: PrintedTableRow[] = heights.map((heightPt, r) => {
    const lines = Math.max(1, Math.floor(heightPt / lineHeightPt));
    const cantSplit = heightPt <= LINES_PER_PAGE * LINE_PITCH_PT - (r < headers ? 0 : headerPt);
    return {
      header: r < headers,
      heightPt,
      gridRows: Math.ceil(heightPt / LINE_PITCH_PT - 1e-6),
      cantSplit,
      vAlign: cantSplit ? ('center' as const) : ('top' as const),
      cells: Array.from({ length: columns }, (_, c) => {
        const text = `第${r}行第${c}列`;
        return { column: c, colSpan: 1, rowSpan: 1, paragraphs: [text], font: r < headers ? ('tableHeader' as const) : ('body' as const), align: 'center' as const, lines, lineTexts: [text, ...Array.from({ length: lines - 1 }, () => '续')] };
      }),
    };
  });
  const columnsMm = Array.from({ length: columns }, () => TYPE_AREA_MM.width / columns);
  return { role: 'table', block: 0, columnsMm, rows, sizePt: 14, lineHeightPt, borderPt: 0.5, cellMarginMm: { left: 1.9, right: 1.9, top: 0, bottom: 0 } };
}
