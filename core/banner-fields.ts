import { formatDocNumber, parseDocNumber, SERIAL_PLACEHOLDER } from './doc-number.ts';
import type { Banner, Colophon, DocumentMeta } from './model.ts';

/**
 * The 版头 and 版记 as the clerk adds, removes and fills them: one home for what a new one holds
 * (新建 and the editor's 添加版头 alike) and for the 发文字号's three fields.
 */

/** A new 版头: the organ's name + 文件 (7.2.4); 发文字号 and 签发人 are the clerk's to fill in. */
export function defaultBanner(meta: Pick<DocumentMeta, 'organ'>): Banner {
  return { organs: [meta.organ], withWenjian: true, number: '', signers: [] };
}

/** A new 版记: the organ prints it (7.4.3); 抄送 and 印发日期 are the clerk's. */
export function defaultColophon(meta: Pick<DocumentMeta, 'organ'>): Colophon {
  return { copyTo: [], printer: meta.organ, printDate: '' };
}

/** The meta with a 版头 (a new one) or without one. */
export function withBanner(meta: DocumentMeta, on: boolean): DocumentMeta {
  if (on === (meta.banner !== undefined)) return meta;
  const { banner: _dropped, ...rest } = meta;
  return on ? { ...rest, banner: defaultBanner(meta) } : rest;
}

/** The meta with a 版记 (a new one) or without one. */
export function withColophon(meta: DocumentMeta, on: boolean): DocumentMeta {
  if (on === (meta.colophon !== undefined)) return meta;
  const { colophon: _dropped, ...rest } = meta;
  return on ? { ...rest, colophon: defaultColophon(meta) } : rest;
}

/** The 发文字号 as its fields: 机关代字, 年份, 序号 (empty while still to be given). */
export interface DocNumberFields {
  code: string;
  year: string;
  serial: string;
}

/**
 * A 发文字号 read into its fields; `year` is the document's, for a number not yet written. Null
 * for one written in a form the fields cannot hold (the clerk writes it again).
 */
export function docNumberFields(number: string, year: number): DocNumberFields | null {
  if (!number.trim()) return { code: '', year: String(year), serial: '' };
  const parsed = parseDocNumber(number);
  if (!parsed) return null;
  return { code: parsed.code, year: String(parsed.year), serial: parsed.serial === SERIAL_PLACEHOLDER ? '' : parsed.serial };
}

/**
 * The fields written as the standard's 发文字号 (7.2.5): 〔〕 and 号 supplied, the 序号 without 虚位,
 * a 序号 not yet given left as the placeholder 检查 asks for; empty while neither 代字 nor 序号 is.
 * A year that is not four digits is the document's.
 */
export function composeDocNumber(fields: DocNumberFields, documentYear: number): string {
  const code = fields.code.trim();
  const serial = fields.serial.replace(/\D/gu, '');
  if (!code && !serial) return '';
  const year = /^\d{4}$/u.test(fields.year.trim()) ? Number(fields.year.trim()) : documentYear;
  return formatDocNumber({ code, year, serial: serial || SERIAL_PLACEHOLDER });
}
