import type { PreviewLine } from '../../renderer/preview/layout.ts';
import type { PreviewPage } from '../../renderer/preview/paginate.ts';

/**
 * The text a reader of the preview's page sees on its first line, as pdftotext reads a printed
 * page's first row (words at one height, left to right, no spaces): a line's characters, or a
 * table row's first line of its tallest cells (the others, centred down the row, stand lower, as
 * does a cell merged down over several rows).
 */
export function firstLineText(page: PreviewPage): string | null {
  const line = page.lines.find((l) => l.kind !== 'blank' && !(l.kind === 'text' && l.cells.length === 0));
  return line ? lineText(line) : null;
}

function lineText(line: PreviewLine): string {
  switch (line.kind) {
    case 'text':
      return line.cells.map((cell) => cell.ch).join('');
    case 'title':
      return line.text;
    case 'tabbed':
      return line.parts.map((part) => part.cells.map((cell) => cell.ch).join('')).join('');
    case 'table': {
      // The first row of the slice that prints any text (a row whose one cell is merged down from
      // a row on an earlier page prints none here).
      for (const top of line.slice.rows) {
        // Set from the top (a row that may split), every cell's first line is the row's first line.
        // Centred, the cells with the most lines start highest; a cell merged down stands centred
        // over its rows, lower than the first row's text.
        const { cells: all, vAlign } = line.slice.table.rows[top.row]!;
        const cells = all.some((cell) => cell.rowSpan === 1) ? all.filter((cell) => cell.rowSpan === 1) : all;
        const shown = cells.map((cell) => (top.part ? cell.lineTexts.slice(top.part.fromLine, top.part.fromLine + top.part.lines) : cell.lineTexts));
        const most = Math.max(0, ...shown.map((lines) => lines.length));
        const text = shown
          .filter((lines) => (vAlign === 'top' ? lines.length > 0 : lines.length === most))
          .map((lines) => lines[0] ?? '')
          .join('');
        if (text !== '') return text;
      }
      return '';
    }
    default:
      return '';
  }
}
