import type { FontRole } from './format.ts';

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
