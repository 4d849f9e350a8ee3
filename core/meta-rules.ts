/**
 * What a document's 发文机关 and year may be: one home for the .gwdoc schema, the roll-forward,
 * the 新建 and 由上期报告新建 dialogs and the command line, so none accepts what another refuses
 * (a document that could be created but not saved and reopened).
 */
export const MAX_ORGAN_CHARS = 120;
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2200;

/** Why `organ` (as typed; it is trimmed) cannot be a document's 发文机关, or undefined when it can. */
export function organProblem(organ: string): string | undefined {
  const name = organ.trim();
  if (!name) return '请填写发文机关，例如：宣城市科技局';
  if (name.length > MAX_ORGAN_CHARS) return `发文机关不能超过 ${MAX_ORGAN_CHARS} 个字`;
  return undefined;
}

export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Why `text` (as typed; it is trimmed) cannot be a report's year, or undefined when it can. */
export function yearProblem(text: string): string | undefined {
  const value = text.trim();
  if (!value) return '请填写年度';
  if (!/^\d{4}$/u.test(value)) return '年度应为四位数字，例如：2024';
  if (!isReportYear(Number(value))) return `年度应在 ${MIN_YEAR} 至 ${MAX_YEAR} 之间`;
  return undefined;
}
