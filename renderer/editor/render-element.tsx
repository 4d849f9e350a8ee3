import { createContext, useContext, useMemo } from 'react';
import { useSlateSelector, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { AnnexBlock, AttachmentBlock, HeadingBlock, TableBlock, TableCell } from '../../core/model.ts';
import { resolveFormat } from '../../core/print/format.ts';
import { measureByTable } from '../../core/print/char-width.ts';
import { cellAlign, tableColumnsMm } from '../../core/print/table-plan.ts';
import { useBlockOutline } from './hooks.ts';
import { cellsInRect, type GridRect } from '../../core/table/grid.ts';
import { selectedCells } from './table-place.ts';
import { rowSpans } from './table-spans.ts';

/** The rows each cell of the table being drawn spans (table-spans.ts); a new map whenever the table changes. */
const RowSpans = createContext<ReadonlyMap<TableCell, number>>(new Map());
/** The cells of the table being drawn that a selection across cells takes in (its rectangle). */
const SelectedCells = createContext<ReadonlySet<TableCell>>(new Set());

const sameRect = (a: GridRect | null, b: GridRect | null) => a === b || (a !== null && b !== null && a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right);

/**
 * Every block is a <div> (headings carry role=heading; a 参考 note is a note, never printed): changing a block's type then changes
 * attributes, not the tag, so React never swaps the DOM node under the caret or an IME.
 * Labels and hints are attributes shown by CSS (::before / ::after), never text.
 */
export function renderElement(props: RenderElementProps) {
  const { attributes, children, element } = props;
  if (element.type === 'heading') return <HeadingElement {...props} element={element} />;
  if (element.type === 'attachment') return <AttachmentElement {...props} element={element} />;
  if (element.type === 'annex') return <AnnexElement {...props} element={element} />;
  if (element.type === 'table') return <TableElement {...props} element={element} />;
  if (element.type === 'table-row') return <tr {...attributes} data-header={element.header ? 'true' : undefined}>{children}</tr>;
  if (element.type === 'table-cell') return <TableCellElement {...props} element={element} />;
  if (element.type === 'cell-paragraph') return <div {...attributes} className="gw-cell-paragraph">{children}</div>;
  return (
    <div
      {...attributes}
      className={`gw-block gw-${element.type}`}
      data-block-type={element.type}
      role={element.type === 'title' ? 'heading' : element.type === 'note' ? 'note' : undefined}
      aria-level={element.type === 'title' ? 1 : undefined}
    >
      {children}
    </div>
  );
}

function HeadingElement({ attributes, children, element }: RenderElementProps & { element: HeadingBlock }) {
  const { label, hint } = useBlockOutline(element);
  return (
    <div
      {...attributes}
      className="gw-block gw-heading"
      role="heading"
      aria-level={element.level + 1}
      data-block-type="heading"
      data-level={element.level}
      data-label={label}
      data-section={element.section}
      data-run-in={element.runIn ? 'true' : undefined}
      data-hint={hint}
    >
      {children}
    </div>
  );
}

/** One 附件说明 name; its 附件：1. is derived like a heading label. */
function AttachmentElement({ attributes, children, element }: RenderElementProps & { element: AttachmentBlock }) {
  const { label } = useBlockOutline(element);
  return (
    <div {...attributes} className="gw-block gw-attachment" data-block-type="attachment" data-label={label}>
      {children}
    </div>
  );
}

/**
 * An attachment's title: 附件 / 附件2 is derived (numbering.ts) and shown on its own line above the
 * title, as it prints (GB/T 9704 §8), never typed. role=heading so the attachments are landmarks.
 */
function AnnexElement({ attributes, children, element }: RenderElementProps & { element: AnnexBlock }) {
  const { label } = useBlockOutline(element);
  return (
    <div {...attributes} className="gw-block gw-annex" role="heading" aria-level={1} data-block-type="annex" data-label={label}>
      {children}
    </div>
  );
}

/**
 * A table; a selection across its cells is shown as the rectangle of whole cells that Delete,
 * typing and 合并单元格 act on (as Word shows it), not as the browser's run of text.
 */
function TableElement({ attributes, children, element }: RenderElementProps & { element: TableBlock }) {
  const spans = useMemo(() => rowSpans(element), [element]);
  // The columns as wide as the print plan makes them (from their text), so the editor shows the
  // table the preview and the .docx print, not columns of equal width.
  const { template } = useSlateStatic().gongwen.getContext();
  const columns = useMemo(() => {
    const columnsMm = tableColumnsMm(element, resolveFormat(template?.format), measureByTable);
    const total = columnsMm.reduce((a, b) => a + b, 0);
    return columnsMm.map((mm) => `${((mm / total) * 100).toFixed(3)}%`);
  }, [element, template]);
  const rect = useSlateSelector((editor) => {
    const cells = selectedCells(editor);
    return cells?.across && cells.table === element ? cells.rect : null;
  }, sameRect);
  const selected = useMemo(() => new Set(rect ? cellsInRect(element, rect).map(({ row, cell }) => element.children[row]!.children[cell]!) : []), [rect, element]);
  return (
    <table {...attributes} className="gw-block gw-table" data-block-type="table" data-cells-selected={rect ? 'true' : undefined}>
      <colgroup contentEditable={false}>
        {columns.map((width, i) => (
          <col key={i} style={{ width }} />
        ))}
      </colgroup>
      <RowSpans.Provider value={spans}>
        <SelectedCells.Provider value={selected}>
          <tbody>{children}</tbody>
        </SelectedCells.Provider>
      </RowSpans.Provider>
    </table>
  );
}

/**
 * A cell aligned as the print plan aligns it (figures centred or right, as the template says); a
 * header row's cells by CSS. A merge down is drawn as Word draws it: its first cell spans the rows.
 */
function TableCellElement({ attributes, children, element }: RenderElementProps & { element: TableCell }) {
  const { template } = useSlateStatic().gongwen.getContext();
  const rows = useContext(RowSpans).get(element) ?? 1;
  const selected = useContext(SelectedCells).has(element);
  const paragraphs = element.children.map((p) => p.children.map((run) => run.text).join(''));
  const align = cellAlign(paragraphs, false, resolveFormat(template?.format).figureAlign);
  return (
    <td
      {...attributes}
      colSpan={element.colSpan}
      rowSpan={rows > 1 ? rows : undefined}
      data-align={align}
      data-covered={rows === 0 ? 'true' : undefined}
      data-selected={selected ? 'true' : undefined}
      className={element.vMerge === 'continue' ? 'gw-cell-merged' : undefined}
    >
      {children}
    </td>
  );
}
