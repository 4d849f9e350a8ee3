import { memo } from 'react';
import { cellBox } from './table-box.ts';
import { placeCells } from './table-cells.ts';
import type { TableSlice } from './table-flow.ts';
import './table.css';

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
