import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Finding } from '../../core/submission-check.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** Exit codes: 0 fine, 1 problems found or refused, 2 bad usage or a file that cannot be read. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Bad usage: runCli prints the message with a pointer to --help, and exits 2. */
export class UsageError extends Error {}

/** A command's arguments, strictly: an unknown option is a UsageError. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true } as const);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** --year: a four-digit year the model accepts. */
export function validYear(value: string): boolean {
  const year = Number(value);
  return /^\d{4}$/u.test(value) && year >= 1949 && year <= 2200;
}

/** One finding of the check, as check and export print it; each message says where (第 N 段…). */
export function findingLine(finding: Finding): string {
  return `  ${finding.severity === 'blocking' ? '必须修改' : '建议检查'} [${finding.code}] ${finding.message}\n`;
}
