import { countPlaceholderFindings } from '../../core/check/export-blockers.ts';
import type { Finding } from '../../core/check/index.ts';

/** One finding of the check, as check and export print it; each message says where (第 N 段…). */
export function findingLine(finding: Finding): string {
  return `  ${finding.severity === 'blocking' ? '必须修改' : '建议检查'} [${finding.code}] ${finding.message}\n`;
}

/** describeBlockers' summary, in English for the bilingual lines. */
export function blockersInEnglish(findings: readonly Finding[]): string {
  const placeholders = countPlaceholderFindings(findings);
  return `${findings.length} blocking finding(s)${placeholders > 0 ? `, ${placeholders} of them placeholder(s) to fill` : ''}`;
}
