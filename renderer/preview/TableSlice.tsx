import { memo } from 'react';
import type { PrintedTableCell } from '../../core/print/printed-table.ts';
import { cellBox } from './table-box.ts';
import type { SliceRow, TableSlice } from './table-flow.ts';
import './table.css';

/** A cell as drawn on one page: its box in the slice, and the part of its text shown there. */
export interface PlacedCell {
  key: string;
  /** The cell, or null for the rest of a merged cell whose text stands on an earlier page. */
  cell: PrintedTableCell | null;
  leftMm: number;
  widthMm: number;
  topPt: number;
  heightPt: number;
  /** How far into the cell's text this part starts (a row split over pages), in pt. */
  fromPt: number;
  header: boolean;
}

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/**
 * The boxes of a slice's cells: at the grid columns' widths, each as high as the rows it spans
 * on this page. A cell merged down (rowSpan) that a page break cuts shows its text on the page
 * where it starts, and an empty box under the repeated header rows on the next.
 */
export function placeCells(slice: TableSlice): PlacedCell[] {
  const { table, rows } = slice;
  const lefts = table.columnsMm.map((_, i) => total(table.columnsMm.slice(0, i)));
  const width = (cell: { column: number; colSpan: number }) => total(table.columnsMm.slice(cell.column, cell.colSpan + cell.column));
  const tops = rows.map((_, i) => total(rows.slice(0, i).map((row) => row.heightPt)));
  // The height of `count` rows from the slice's row `from` down, as far as they stand together
  // here: the repeated header rows and the table's own rows are two runs of consecutive rows.
  const spanHeight = (from: number, count: number): number => {
    let height = 0;
    for (let k = 0; k < count; k++) {
      const row: SliceRow | undefined = rows[from + k];
      if (!row || row.repeated !== rows[from]!.repeated || row.row !== rows[from]!.row + k) break;
      height += row.heightPt;
    }
    return height;
  };
  const placed: PlacedCell[] = rows.flatMap((sliceRow, i) => {
    const row = table.rows[sliceRow.row]!;
    return row.cells.map((cell) => ({
      key: `${i}:${cell.column}`,
      cell,
      leftMm: lefts[cell.column]!,
      widthMm: width(cell),
      topPt: tops[i]!,
      heightPt: spanHeight(i, cell.rowSpan),
      fromPt: sliceRow.fromPt,
      header: row.header,
    }));
  });
  // On a page the table runs onto, cells merged down from rows on earlier pages go on, empty.
  const first = rows.findIndex((row) => !row.repeated);
  const firstRow = rows[first]?.row ?? 0;
  table.rows.slice(0, firstRow).forEach((above, r) => {
    for (const cell of above.cells) {
      if (r + cell.rowSpan <= firstRow) continue;
      const heightPt = spanHeight(first, r + cell.rowSpan - firstRow);
      placed.push({ key: `${first}:${cell.column}:above`, cell: null, leftMm: lefts[cell.column]!, widthMm: width(cell), topPt: tops[first]!, heightPt, fromPt: 0, header: false });
    }
  });
  return placed;
}

const ALIGN = { left: 'left', center: 'center', right: 'right', justify: 'justify' } as const;

/**
 * A table's rows on one page: positioned cells with 0.5 pt rules at the column widths, the cell
 * text in the plan's size, line height and margins, header cells in their 黑体. The text wraps in
 * the cell as the browser sets it; the rows' heights are the plan's (what the pages are made of).
 */
export const TableSliceView = memo(function TableSliceView({ slice }: { slice: TableSlice }) {
  const box = cellBox(slice.table);
  const { padding } = box;
  return (
    <div className="gw-preview-table" data-kind="table" data-rows={slice.rows.length} style={{ height: `${slice.heightPt}pt` }}>
      {placeCells(slice).map((placed) => (
        <div
          key={placed.key}
          className="gw-preview-table-cell"
          data-header={placed.header ? 'true' : undefined}
          style={{ left: `${placed.leftMm}mm`, width: `${placed.widthMm}mm`, top: `${placed.topPt}pt`, height: `${placed.heightPt}pt` }}
        >
          {placed.cell && (
            <div
              className={`gw-preview-table-text gw-preview-${placed.cell.font}`}
              style={{
                top: `${padding.top}pt`,
                bottom: `${padding.bottom}pt`,
                left: `${padding.left}pt`,
                right: `${padding.right}pt`,
                fontSize: `${box.sizePt}pt`,
                lineHeight: `${box.lineHeightPt}pt`,
                textAlign: ALIGN[placed.cell.align],
              }}
            >
              <div style={{ marginTop: `${-placed.fromPt}pt` }}>
                {placed.cell.paragraphs.map((text, k) => (
                  <p key={k}>{text || '\u00a0'}</p>
                ))}
              </div>
            </div>
          )}
        </div>
      ))}
    </div>
  );
});
