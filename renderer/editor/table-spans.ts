import type { TableBlock, TableCell } from '../../core/model.ts';
import { cellIndexAligned, cellStarts, paragraphText, spanOf } from '../../core/table/grid.ts';

/**
 * How many rows each cell of a table is drawn over, as <td rowSpan>: a merge's first cell spans
 * the empty cells merged under it, which are not drawn (0). A merged-under cell that holds text
 * (a continuation should hold none, but one typed into or imported may) is drawn, starting a span
 * of its own: text is never hidden.
 */
export function rowSpans(table: TableBlock): Map<TableCell, number> {
  const spans = new Map<TableCell, number>();
  const rows = table.children;
  rows.forEach((row, r) => {
    const starts = cellStarts(row);
    row.children.forEach((cell, c) => {
      if (isCovered(cell)) return spans.set(cell, 0);
      let span = 1;
      if (cell.vMerge !== undefined) {
        for (let below = r + 1; below < rows.length; below++) {
          const i = cellIndexAligned(rows[below]!, starts[c]!, spanOf(cell));
          if (i < 0 || !isCovered(rows[below]!.children[i]!)) break;
          span++;
        }
      }
      spans.set(cell, span);
    });
  });
  return spans;
}

function isCovered(cell: TableCell): boolean {
  return cell.vMerge === 'continue' && cell.children.every((p) => paragraphText(p) === '');
}
