/**
 * The printed page of GB/T 9704-2012, in the units the standard gives them (mm, pt). The export
 * writes these in Word's units (export/page.ts), the preview and the editor's sheet read them as
 * CSS variables (renderer/styles/page-variables.ts): a number here is the only copy of it.
 */

/** A4 (5.1). */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** The 版心 (5.2.1): 156 × 225 mm, 天头 37 mm, 订口 28 mm. */
export const TYPE_AREA_MM = { top: 37, left: 28, width: 156, height: 225 } as const;

/** The margins the 版心 leaves: bottom 35 mm, right 26 mm. */
export const MARGIN_MM = {
  top: TYPE_AREA_MM.top,
  left: TYPE_AREA_MM.left,
  bottom: PAGE_MM.height - TYPE_AREA_MM.top - TYPE_AREA_MM.height,
  right: PAGE_MM.width - TYPE_AREA_MM.left - TYPE_AREA_MM.width,
} as const;

/** 每面排22行，每行排28个字 (5.2.3). */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 3号 正文 (5.2.2), 2号 标题 (7.3.1), 4号 页码 (7.5), in points. */
export const FONT_PT = { body: 16, title: 22, pageNumber: 14 } as const;

export const PT_PER_MM = 72 / 25.4;

/**
 * One row of the grid: 22 rows in the 225 mm 版心, in whole twips (1/20 pt) as Word stores a line
 * pitch: 22 × 579 = 12738 fits the 12756-twip 版心, 22 × 580 = 12760 does not (Word then sets 21).
 */
export const LINE_PITCH_PT = Math.floor(Math.round(TYPE_AREA_MM.height * PT_PER_MM * 20) / LINES_PER_PAGE) / 20;

/** One 字 of the grid: the 版心's width over 28 characters. */
export const CELL_MM = TYPE_AREA_MM.width / CHARS_PER_LINE;

/**
 * Where the 页码 line ends, above the page's bottom edge: 23 mm puts its 一字线 7 mm below the
 * 版心 (7.5), measured with LibreOffice 25.2 and a 14 pt line (gbt-check, "7±1.5mm below the type
 * area").
 */
export const PAGE_NUMBER_BOTTOM_MM = 23;
