/**
 * 发文字号 (GB/T 9704-2012 7.2.5): 机关代字〔年份〕序号号, e.g. 宣科〔2024〕12号. The year in 六角括号
 * 〔〕, never 〈〉 () [] 【】; the 序号 without 虚位 (1, not 01) and without 第. One reading for 检查
 * (core/check/banner.ts) and roll forward.
 */

/** A 序号 still to be given: roll forward leaves this in the new report's 发文字号. */
export const SERIAL_PLACEHOLDER = '【序号】';

const OPEN = '〔〈(（[［【';
const CLOSE = '〕〉)）]］】';
const FORM = new RegExp(`^(.*?)([${OPEN.replace(/[[\]()]/gu, '\\$&')}])\\s*(\\d{4})\\s*([${CLOSE.replace(/[[\]()]/gu, '\\$&')}])\\s*(第?)(\\d+|【[^】]*】)\\s*号$`, 'u');

export interface DocNumber {
  code: string;
  open: string;
  year: number;
  close: string;
  /** 第 written before the 序号. */
  di: boolean;
  /** The 序号 as written: digits, or a 【…】 placeholder. */
  serial: string;
}

export function parseDocNumber(text: string): DocNumber | null {
  const m = FORM.exec(text.trim());
  if (!m) return null;
  return { code: m[1]!.trim(), open: m[2]!, year: Number(m[3]), close: m[4]!, di: m[5] === '第', serial: m[6]! };
}

/** The standard's form of a 发文字号 read by parseDocNumber. */
export function formatDocNumber(number: Pick<DocNumber, 'code' | 'year' | 'serial'>): string {
  const serial = /^\d+$/u.test(number.serial) ? String(Number(number.serial)) : number.serial;
  return `${number.code}〔${number.year}〕${serial}号`;
}

/** What is wrong with a 发文字号, in Chinese; [] when it is in the standard's form (or unreadable: nothing to say). */
export function docNumberProblems(text: string): string[] {
  const number = parseDocNumber(text);
  if (!number) return [];
  const problems: string[] = [];
  if (number.open !== '〔' || number.close !== '〕') problems.push(`年份应用六角括号「〔〕」括入，不用「${number.open}${number.close}」`);
  if (/^0\d/u.test(number.serial)) problems.push(`序号不编虚位（${number.serial} 应为 ${Number(number.serial)}）`);
  if (number.di) problems.push('序号前不加「第」字');
  return problems;
}

/**
 * The next period's 发文字号: the same 机关代字, the new year, the 序号 left to be given (each
 * document gets its own from the registry). An unreadable one is kept as written.
 */
export function rollDocNumber(text: string, year: number): string {
  const number = parseDocNumber(text);
  return number ? formatDocNumber({ code: number.code, year, serial: SERIAL_PLACEHOLDER }) : text;
}
