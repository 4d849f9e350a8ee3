import type { FontRole } from './format.ts';
import { CELL_MM, PT_PER_MM } from './page-geometry.ts';

/**
 * The width of a text in 字 (one hanzi of the same font and size). The app can pass a function that
 * measures with the real font (canvas measureText); without one, the table below is used.
 */
export type MeasureText = (text: string, role: FontRole) => number;

/** Punctuation outside the CJK blocks that Chinese fonts set full width (with w:hint="eastAsia"). */
const WIDE_PUNCTUATION = new Set([...'“”‘’—…·※‖']);

export function isFullWidth(ch: string): boolean {
  const u = ch.codePointAt(0)!;
  return (
    WIDE_PUNCTUATION.has(ch) ||
    (u >= 0x1100 && u <= 0x115f) ||
    (u >= 0x2e80 && u <= 0xa4cf) ||
    (u >= 0xac00 && u <= 0xd7a3) ||
    (u >= 0xf900 && u <= 0xfaff) ||
    (u >= 0xfe30 && u <= 0xfe4f) ||
    (u >= 0xff00 && u <= 0xff60) ||
    (u >= 0xffe0 && u <= 0xffe6) ||
    u >= 0x20000
  );
}

/**
 * The per-character table. Assumption: hanzi and full-width punctuation are 1 字, everything else
 * (half-width digits, Latin letters, ASCII punctuation, spaces) ½ 字. That is exact for 仿宋_GB2312,
 * whose Latin glyphs are half-width monospace, and it is how Word's character grid counts them; in
 * proportional fallback fonts digits run nearer 0.55–0.64 字, a difference of under half a 字 over a
 * date.
 */
export function gridWidth(ch: string): number {
  return isFullWidth(ch) ? 1 : 0.5;
}

export function tableWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += gridWidth(ch);
  return width;
}

export const measureByTable: MeasureText = (text) => tableWidth(text);

/** One 字 of the grid in points (156 mm / 28 ≈ 15.79 pt; a 3号 character is squeezed into it). */
const CELL_PT = CELL_MM * PT_PER_MM;

/**
 * A width in characters of `sizePt`, in 字 of the grid. Text off the character grid (the 版头's
 * lines, the 版记's 4号: snapToGrid off in the export) is as wide as its size: a 4号 hanzi 14 pt,
 * 0.89 字; the grid's indents and tab stops are in 字, so its widths are converted here.
 */
export function sizedCells(ems: number, sizePt: number): number {
  return (ems * sizePt) / CELL_PT;
}

/** A character's width in 字 of the grid: its cell on the grid, or (offGridPt given) its own size's width. */
export function charCells(ch: string, offGridPt?: number): number {
  return offGridPt === undefined ? gridWidth(ch) : sizedCells(gridWidth(ch), offGridPt);
}
