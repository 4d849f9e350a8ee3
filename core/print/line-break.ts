import { charCells } from './char-width.ts';
import type { FontRole } from './format.ts';
import { CHARS_PER_LINE } from './page-geometry.ts';

/** One character of a printed line: its width in grid cells (字) and the font role it is set in. */
export interface Cell {
  ch: string;
  /**
   * On the grid 1 for hanzi and full-width punctuation, ½ for everything else (the export's grid
   * rule); off it (the 版头, the 版记's 4号) its size's width in 字 (char-width.ts charCells).
   */
  width: number;
  role: FontRole;
}

/** 避头: never at the start of a line (Word's and LibreOffice's default kinsoku for Chinese). */
const NO_LINE_START = new Set([...'，。、；：？！）》”’〕】」』〉%,.;:?!)]}']);
/**
 * Hanging punctuation (LibreOffice's zh-CN LineBreakHangingCharacters, Word's w:overflowPunct,
 * on by default): one of these arriving where the line is full stays on it, past the margin,
 * instead of taking the previous character down. Measured in LibreOffice 25.2 on body text
 * without tables: a 29th 。，、 hangs 5.7 mm past the 156 mm line; a closing ” does not hang.
 */
const HANGING = new Set([...'、。，．']);

/** Whether a character hangs past a full line instead of going down (HANGING). */
export function hangsPastLine(ch: string): boolean {
  return HANGING.has(ch);
}
/** 避尾: never at the end of a line. */
const NO_LINE_END = new Set([...'（《“‘〔【「『〈([{']);

/**
 * Where a mark's glyph sits in its cell. A full-width font (仿宋_GB2312, 楷体_GB2312, as the export
 * prints) draws an opening mark in the right half of its 字 and a closing mark in the left half, so
 * “驱动力” reads without gaps; fallback fonts whose quotes are narrow would otherwise centre them.
 */
export function markSide(ch: string): 'end' | 'start' | null {
  if (NO_LINE_END.has(ch)) return 'end';
  if (NO_LINE_START.has(ch)) return 'start';
  return null;
}

function isWordChar(ch: string): boolean {
  return /^[0-9A-Za-z]$/u.test(ch);
}

/** The cells of a text on the grid, or off it in characters of `offGridPt`. */
export function cellsOf(text: string, role: FontRole, offGridPt?: number): Cell[] {
  return [...text].map((ch) => ({ ch, width: charCells(ch, offGridPt), role }));
}

function widthOf(cells: readonly Cell[]): number {
  return cells.reduce((sum, cell) => sum + cell.width, 0);
}

/**
 * Breaks one run of cells (no forced line breaks inside) into lines of the grid: the first line
 * `firstCapacity` cells (28 less the first-line indent), the others `capacity`. A line that would
 * start with a 避头 character takes the previous character down with it, as the word processors
 * do, so page breaks match the rendered .docx; a full line's next 、。，． hangs on it instead (HANGING).
 */
export function breakCells(cells: readonly Cell[], firstCapacity: number, capacity = CHARS_PER_LINE): Cell[][] {
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let used = 0;
  let limit = firstCapacity;
  cells.forEach((cell, i) => {
    const next = cells[i + 1];
    const hangs = HANGING.has(cell.ch) && used <= limit + 1e-9 && !(next && NO_LINE_START.has(next.ch));
    if (line.length > 0 && used + cell.width > limit + 1e-9 && !hangs) {
      const carried: Cell[] = [];
      // A Latin word or a number (G60, 2023) is not broken: it goes down whole, as in LibreOffice.
      // A word longer than the line is cut where the line ends.
      let wordStart = line.length;
      while (isWordChar(cell.ch) && wordStart > 0 && isWordChar(line[wordStart - 1]!.ch)) wordStart--;
      if (wordStart > 0) carried.push(...line.splice(wordStart));
      // Back off until the new line starts with a character that may start one (”， together).
      if (NO_LINE_START.has(cell.ch)) {
        while (line.length > 1 && NO_LINE_START.has(line[line.length - 1]!.ch)) carried.unshift(line.pop()!);
        if (line.length > 1) carried.unshift(line.pop()!);
      }
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1]!.ch)) carried.unshift(line.pop()!);
      lines.push(line);
      line = carried;
      used = widthOf(carried);
      limit = capacity;
    }
    line.push(cell);
    used += cell.width;
  });
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

export { widthOf as cellsWidth };
