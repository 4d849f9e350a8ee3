import type { PreviewLine } from '../../renderer/preview/layout.ts';
import { cellBox } from '../../renderer/preview/table-box.ts';
import { placeCells } from '../../renderer/preview/table-cells.ts';
import type { PreviewPage } from '../../renderer/preview/paginate.ts';

/**
 * The text a reader of the preview's page sees on its first line, as pdftotext reads a printed
 * page's first row (words at one height, left to right, no spaces): a line's characters, or the
 * highest line of a table's cells as 预览 places them.
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
      // Where 预览 draws each cell's lines (TableSlice placeCells: centred down its box, or from
      // the top in a row that may split); the first line is the text at the highest of them.
      const { lineHeightPt, padding } = cellBox(line.slice.table);
      const drawn = placeCells(line.slice).flatMap((cell) => {
        const inner = cell.heightPt - padding.top - padding.bottom;
        const offset = cell.vAlign === 'top' ? 0 : (inner - cell.lines.length * lineHeightPt) / 2;
        return cell.lines.map((text, k) => ({ y: cell.topPt + padding.top + offset + k * lineHeightPt, x: cell.leftMm, text })).filter((l) => l.text !== '');
      });
      if (drawn.length === 0) return '';
      const top = Math.min(...drawn.map((l) => l.y));
      return drawn
        .filter((l) => l.y - top < 1)
        .sort((a, b) => a.x - b.x)
        .map((l) => l.text)
        .join('');
    }
    default:
      return '';
  }
}
