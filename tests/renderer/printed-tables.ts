import { TYPE_AREA_MM } from '../../core/print/page-geometry.ts';
import type { PrintedTable, PrintedTableRow } from '../../core/print/printed-table.ts';

/** A hand-built table of the print plan's shape: `heights` in pt, the first `headers` rows header rows. */
export function table(heights: readonly number[], headers = 1, columns = 3, lineHeightPt = 18): PrintedTable {
  const rows: PrintedTableRow[] = heights.map((heightPt, r) => ({
    header: r < headers,
    heightPt,
    cells: Array.from({ length: columns }, (_, c) => ({
      column: c,
      colSpan: 1,
      rowSpan: 1,
      paragraphs: [`第${r}行第${c}列`],
      font: r < headers ? ('heading1' as const) : ('body' as const),
      align: 'center' as const,
      lines: Math.max(1, Math.round(heightPt / lineHeightPt)),
    })),
  }));
  return { role: 'table', block: 0, columnsMm: Array.from({ length: columns }, () => TYPE_AREA_MM.width / columns), rows, cellSizePt: 14, cellLineHeightPt: lineHeightPt, cellMarginPt: { top: 0, right: 5.4, bottom: 0, left: 5.4 } };
}

