/**
 * The indents GB/T 9704-2012 gives in 字 (one body character of the grid). The print plan places
 * every paragraph with these; the export turns them into twips, the preview into grid cells, the
 * editor's sheet into em.
 */

/** 每个自然段左空二字 (5.2.3): body, headings, and the 附件说明 (7.3.4). */
export const PARAGRAPH_INDENT = 2;

/** 署名 or 成文日期 printed alone, without a seal: 右空二字 (7.3.5.2). */
export const CLOSING_INDENT = 2;

/** 成文日期首字比署名机关名称首字右移二字 (7.3.5.2). */
export const DATE_SHIFT = 2;

/** Under a seal the 成文日期 is 右空四字 (7.3.5.1), with a 署名 over it or alone. */
export const SEAL_DATE_INDENT = 4;

/** 页码 居右空一字 / 居左空一字 (7.5), in 4号 characters. */
export const PAGE_NUMBER_INDENT = 1;
