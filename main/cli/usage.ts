import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isReportYear, MAX_YEAR, MIN_YEAR } from '../../core/meta-rules.ts';
import { PERIODS, type Period } from '../../core/model.ts';
import { findTemplate } from '../../core/templates.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** Exit codes: 0 fine, 1 problems found or refused, 2 bad usage or a file that cannot be read. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Bad usage: the dispatcher prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true } as const);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** --year as a number, refused in the range the .gwdoc schema accepts (core/meta-rules.ts). */
export function yearOption(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/u.test(value) || !isReportYear(year)) throw new UsageError(`--year 应为 ${MIN_YEAR}–${MAX_YEAR} 之间的四位年份 / must be a four-digit year from ${MIN_YEAR} to ${MAX_YEAR}: ${value}`);
  return year;
}

export function periodOption(value: string): Period {
  if (!(PERIODS as readonly string[]).includes(value)) throw new UsageError(`--period 应为 ${PERIODS.join(' / ')}`);
  return value as Period;
}

export function checkTemplateOption(id: string): void {
  if (!findTemplate(id)) throw new UsageError(`未知模板 / unknown template: ${id}（gongwen templates 列出模板）`);
}

/** -o FILE must end in `extension` (.gwdoc, .docx). */
export function checkOutputExtension(output: string, extension: string): void {
  if (!output.toLowerCase().endsWith(extension)) throw new UsageError(`输出文件应以 ${extension} 结尾 / the output must end in ${extension}: ${output}`);
}
