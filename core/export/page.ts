/**
 * The page of GB/T 9704-2012 in Word's units (twips, 1/20 pt; 1 mm = 56.693 twips). The values
 * and their sources are in ../shared/docs/gbt9704.md §0 and §4; the comments say why each one is
 * what it is.
 */

/** A4, 210 × 297 mm (5.1). */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;

/**
 * 天头 37 mm, 订口 28 mm (5.2.1); bottom 35 mm and right 26 mm follow from the 156 × 225 mm
 * 版心. `footer` places the page number's 一字线 7 mm below the 版心 (7.5): 23 mm, measured
 * with LibreOffice 25.2 and a 14 pt footer line (gbt-check, "7±1.5mm below the type area").
 */
export const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1304 } as const;

/** The 版心 width: 8845 twips = 156 mm. */
export const TYPE_AREA_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;

/** 3号 = 16 pt; w:sz counts half-points. */
export const BODY_SIZE = 32;
/** 2号 = 22 pt (7.3.1). */
export const TITLE_SIZE = 44;
/** 4号 = 14 pt (7.5). */
export const PAGE_NUMBER_SIZE = 28;

/**
 * 22 lines in the 12756-twip 版心 (5.2.3): 22 × 579 = 12738 fits, 22 × 580 = 12760 does not (Word
 * then sets 21). Every paragraph is spaced exactly this, and the grid has this pitch.
 */
export const LINE_PITCH = 579;

/**
 * 28 characters a line (5.2.3) through Word's own character grid: w:charSpace is (character pitch −
 * Normal font size) × 4096 in points, (156 mm / 28 − 16 pt) × 4096 ≈ −848. It is relative to the
 * Normal style's size, which is why Normal itself is written at 16 pt.
 */
export const CHAR_SPACE = -848;

/** One 字 of body text on that grid: (16 − 848/4096) pt = 315.9 twips. */
export const CHAR_PITCH = (BODY_SIZE / 2 + CHAR_SPACE / 4096) * 20;

/** n 字 of body text in twips, rounded to whole twips as Word stores them. */
export function chars(n: number): number {
  return Math.round(n * CHAR_PITCH);
}

/** One 4号 character (the page number's 空一字): 14 pt. */
export const PAGE_NUMBER_INDENT = PAGE_NUMBER_SIZE * 10;
