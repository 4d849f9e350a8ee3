import { memo } from 'react';
import type { PrintedTable, PrintedTableCell } from '../../core/print/printed-table.ts';
import { cellBox } from './table-box.ts';
import type { SliceRow, TableSlice } from './table-flow.ts';
import './table.css';

/** A cell as drawn on one page: its box there, and where that box stands in the whole cell. */
export interface PlacedCell {
  key: string;
  cell: PrintedTableCell;
  leftMm: number;
  widthMm: number;
  topPt: number;
  /** The box's height on this page. */
  heightPt: number;
  /** The whole cell's height, over all the rows it spans (its text is centred in it). */
  fullPt: number;
  /** How far below the whole cell's top this page's box starts (a row or merge cut by a page). */
  fromPt: number;
  header: boolean;
}

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/** The height of the table's rows `from` … `from + count − 1`. */
const rowsPt = (table: PrintedTable, from: number, count: number) => total(table.rows.slice(from, from + count).map((row) => row.heightPt));

/**
 * The boxes of a slice's cells: at the grid columns' widths, each as high as the rows it spans
 * on this page. A cell merged down (rowSpan) that a page break cuts goes on under the repeated
 * header rows of the next page, as a row split by a page does: the part of it that falls there.
 */
export function placeCells(slice: TableSlice): PlacedCell[] {
  const { table, rows } = slice;
  const lefts = table.columnsMm.map((_, i) => total(table.columnsMm.slice(0, i)));
  const width = (cell: PrintedTableCell) => total(table.columnsMm.slice(cell.column, cell.column + cell.colSpan));
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
  const place = (cell: PrintedTableCell, at: number, startRow: number, fromPt: number, header: boolean): PlacedCell => ({
    key: `${at}:${cell.column}`,
    cell,
    leftMm: lefts[cell.column]!,
    widthMm: width(cell),
    topPt: tops[at]!,
    heightPt: spanHeight(at, startRow + cell.rowSpan - rows[at]!.row),
    fullPt: rowsPt(table, startRow, cell.rowSpan),
    fromPt,
    header,
  });
  const placed = rows.flatMap((sliceRow, i) => table.rows[sliceRow.row]!.cells.map((cell) => place(cell, i, sliceRow.row, sliceRow.fromPt, table.rows[sliceRow.row]!.header)));
  // On a page the table runs onto, cells merged down from rows on earlier pages go on.
  const first = rows.findIndex((row) => !row.repeated);
  if (first < 0) return placed;
  const firstRow = rows[first]!.row;
  table.rows.slice(0, firstRow).forEach((above, r) => {
    for (const cell of above.cells) {
      if (r + cell.rowSpan <= firstRow) continue;
      placed.push({ ...place(cell, first, r, rowsPt(table, r, firstRow - r) + rows[first]!.fromPt, above.header), key: `${first}:${cell.column}:above` });
    }
  });
  return placed;
}

/**
 * A table's rows on one page: positioned cells with the plan's rules (0.5 pt) at the column
 * widths, each cell's lines as the plan broke them, in its size and exact line height, centred
 * down the cell as the export sets them (w:vAlign center); header cells in 黑体 (tableHeader).
 */
export const TableSliceView = memo(function TableSliceView({ slice }: { slice: TableSlice }) {
  const { sizePt, lineHeightPt, padding } = cellBox(slice.table);
  const border = `${slice.table.borderPt}pt`;
  return (
    <div className="gw-preview-table" data-kind="table" data-rows={slice.rows.length} style={{ height: `${slice.heightPt}pt` }}>
      {placeCells(slice).map(({ key, cell, leftMm, widthMm, topPt, heightPt, fullPt, fromPt, header }) => (
        <div
          key={key}
          className="gw-preview-table-cell"
          data-header={header ? 'true' : undefined}
          style={{
            // Rules centred on the cell's edges: the box half a rule out on every side.
            left: `calc(${leftMm}mm - ${border} / 2)`,
            top: `calc(${topPt}pt - ${border} / 2)`,
            width: `calc(${widthMm}mm + ${border})`,
            height: `calc(${heightPt}pt + ${border})`,
            borderWidth: border,
          }}
        >
          <div
            className={`gw-preview-table-text gw-preview-${cell.font}`}
            data-align={cell.align}
            style={{ top: `${padding.top - fromPt}pt`, height: `${fullPt - padding.top - padding.bottom}pt`, left: `${padding.left}pt`, right: `${padding.right}pt`, fontSize: `${sizePt}pt`, lineHeight: `${lineHeightPt}pt` }}
          >
            {cell.lineTexts.map((text, k) => (
              <div key={k} className="gw-preview-table-line">
                {text || '\u00a0'}
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
});
