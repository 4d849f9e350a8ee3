import { PAGE_NUMBER_INDENT as PAGE_NUMBER_INDENT_CHARS } from '../print/indents.ts';
import { CHARS_PER_LINE, FONT_PT, LINE_PITCH_PT, MARGIN_MM, PAGE_MM, PAGE_NUMBER_BOTTOM_MM, PT_PER_MM, TYPE_AREA_MM } from '../print/page-geometry.ts';

/**
 * The printed page (../print/page-geometry.ts) in Word's units: twips (1/20 pt; 1 mm = 56.693
 * twips) and half-points. The sources are in docs/gbt9704.md §0 and §4.
 */

/** mm in whole twips, as Word stores them. */
export function twips(mm: number): number {
  return Math.round(mm * PT_PER_MM * 20);
}

/** A4, 210 × 297 mm. */
export const PAGE_WIDTH = twips(PAGE_MM.width);
export const PAGE_HEIGHT = twips(PAGE_MM.height);

/**
 * 天头 37 mm, 订口 28 mm, bottom 35 mm and right 26 mm. `footer` is where the page number's line
 * ends above the bottom edge; `header` is Word's distance for a header the export never writes.
 */
export const MARGIN = {
  top: twips(MARGIN_MM.top),
  bottom: twips(MARGIN_MM.bottom),
  left: twips(MARGIN_MM.left),
  right: twips(MARGIN_MM.right),
  header: 851,
  footer: twips(PAGE_NUMBER_BOTTOM_MM),
} as const;

/** The 版心 width: 8845 twips = 156 mm. */
export const TYPE_AREA_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;

/** w:sz counts half-points: 3号 32, 2号 44, 4号 28. */
export const BODY_SIZE = FONT_PT.body * 2;
export const TITLE_SIZE = FONT_PT.title * 2;
export const PAGE_NUMBER_SIZE = FONT_PT.pageNumber * 2;

/** Every paragraph is spaced exactly one grid row, and the grid has this pitch: 579 twips. */
export const LINE_PITCH = Math.round(LINE_PITCH_PT * 20);

/**
 * 28 characters a line through Word's own character grid: w:charSpace is (character pitch −
 * Normal font size) × 4096 in points, (156 mm / 28 − 16 pt) × 4096 ≈ −848. It is relative to the
 * Normal style's size, which is why Normal itself is written at 16 pt.
 */
export const CHAR_SPACE = Math.round(((TYPE_AREA_MM.width * PT_PER_MM) / CHARS_PER_LINE - FONT_PT.body) * 4096);

/** One 字 of body text on that grid: (16 − 848/4096) pt = 315.9 twips. */
export const CHAR_PITCH = (BODY_SIZE / 2 + CHAR_SPACE / 4096) * 20;

/** n 字 of body text in twips, rounded to whole twips as Word stores them. */
export function chars(n: number): number {
  return Math.round(n * CHAR_PITCH);
}

/** The page number's 空一字, in 4号 characters of 14 pt. */
export const PAGE_NUMBER_INDENT = PAGE_NUMBER_INDENT_CHARS * PAGE_NUMBER_SIZE * 10;
