import type { GongwenDocument } from '../model.ts';
import { checkSubmission, type Finding, type SubmissionCheckOptions } from './index.ts';

/**
 * What an export asks about before it writes: every finding 检查 calls blocking (必须修改), the
 * unfilled placeholders among them, in document order. The app lists them in one dialog before
 * 导出 Word (返回修改 / 仍然导出); `gongwen export` prints them and writes nothing without --force.
 * Both take the list from here, so an export can never let through what 检查 would send back.
 */
export function exportBlockers(document: GongwenDocument, options: SubmissionCheckOptions = {}): Finding[] {
  return checkSubmission(document, options).filter((finding) => finding.severity === 'blocking');
}

/** How many of the findings are unfilled placeholders (待填内容). */
export function countPlaceholderFindings(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.code === 'placeholder').length;
}

/** The dialog's heading and the command line's first line: 还有 3 处必须修改（其中 2 处待填内容）. */
export function describeBlockers(findings: readonly Finding[]): string {
  const placeholders = countPlaceholderFindings(findings);
  return `还有 ${findings.length} 处必须修改${placeholders > 0 ? `（其中 ${placeholders} 处待填内容）` : ''}`;
}
