import { cellText, type TableBlock } from '../../core/model.ts';

/** A table's cells by their text, row by row (a cell's paragraphs joined by \n): what tests compare. */
export function cellTexts(table: TableBlock | undefined): string[][] {
  return (table?.children ?? []).map((row) => row.children.map(cellText));
}

/** Each cell as text with its merges written after it: 甲|2 (colSpan 2), 乙^ (vMerge restart), ^ (continue). */
export function cellMarks(table: TableBlock | undefined): string[][] {
  return (table?.children ?? []).map((row) =>
    row.children.map((cell) => cellText(cell) + (cell.colSpan ? `|${cell.colSpan}` : '') + (cell.vMerge === 'restart' ? '^' : cell.vMerge === 'continue' ? '^^' : '')),
  );
}

/** How many leading rows are header rows, and whether any row after them is marked. */
export function headerRows(table: TableBlock | undefined): number[] {
  return (table?.children ?? []).flatMap((row, i) => (row.header ? [i] : []));
}
