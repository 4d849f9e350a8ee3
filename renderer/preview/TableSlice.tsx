import { memo } from 'react';
import type { PrintedTableCell } from '../../core/print/printed-table.ts';
import { cellBox } from './table-box.ts';
import type { SliceRow, TableSlice } from './table-flow.ts';
import './table.css';

/** A cell as drawn on one page: its box there, and the lines of its text shown in it. */
export interface PlacedCell {
  key: string;
  cell: PrintedTableCell;
  leftMm: number;
  widthMm: number;
  topPt: number;
  heightPt: number;
  /** Set down the box as the export sets its row (w:vAlign: centred, or from the top in a row that may split). */
  lines: string[];
  vAlign: 'center' | 'top';
  header: boolean;
}

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/**
 * The boxes of a slice's cells: at the grid columns' widths, each as high as the rows it spans
 * on this page. A row split over pages shows on each the lines that fell there; a cell merged
 * down (rowSpan) that a page break cuts shows its text where it starts and goes on empty under
 * the repeated header rows of the next page.
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
  const place = (cell: PrintedTableCell, at: number, rowSpan: number, lines: string[], header: boolean, vAlign: PlacedCell['vAlign']): PlacedCell => ({
    key: `${at}:${cell.column}`,
    cell,
    leftMm: lefts[cell.column]!,
    widthMm: width(cell),
    topPt: tops[at]!,
    heightPt: spanHeight(at, rowSpan),
    lines,
    vAlign,
    header,
  });
  const placed = rows.flatMap((sliceRow, i) => {
    const { header, cells, vAlign } = table.rows[sliceRow.row]!;
    const shown = (cell: PrintedTableCell) => (sliceRow.part ? cell.lineTexts.slice(sliceRow.part.fromLine, sliceRow.part.fromLine + sliceRow.part.lines) : cell.lineTexts);
    return cells.map((cell) => place(cell, i, cell.rowSpan, shown(cell), header, vAlign));
  });
  // On a page the table runs onto, cells merged down from rows on earlier pages go on, empty.
  const first = rows.findIndex((row) => !row.repeated);
  if (first < 0) return placed;
  const firstRow = rows[first]!.row;
  table.rows.slice(0, firstRow).forEach((above, r) => {
    for (const cell of above.cells) {
      if (r + cell.rowSpan > firstRow) placed.push({ ...place(cell, first, r + cell.rowSpan - firstRow, [], above.header, above.vAlign), key: `${first}:${cell.column}:above` });
    }
  });
  return placed;
}

/**
 * A table's rows on one page: positioned cells with the plan's rules (0.5 pt) at the column
 * widths, each cell's lines as the plan broke them, in its size and exact line height, set
 * down the cell as the export sets them (its row's vAlign); header cells in 黑体 (tableHeader).
 */
export const TableSliceView = memo(function TableSliceView({ slice }: { slice: TableSlice }) {
  const { sizePt, lineHeightPt, padding } = cellBox(slice.table);
  const border = `${slice.table.borderPt}pt`;
  return (
    <div className="gw-preview-table" data-kind="table" data-rows={slice.rows.length} style={{ height: `${slice.heightPt}pt` }}>
      {placeCells(slice).map(({ key, cell, leftMm, widthMm, topPt, heightPt, lines, vAlign, header }) => (
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
            data-valign={vAlign}
            style={{ top: `${padding.top}pt`, bottom: `${padding.bottom}pt`, left: `${padding.left}pt`, right: `${padding.right}pt`, fontSize: `${sizePt}pt`, lineHeight: `${lineHeightPt}pt` }}
          >
            {lines.map((text, k) => (
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
