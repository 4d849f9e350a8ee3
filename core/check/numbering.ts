import { blockText } from '../model.ts';
import type { CheckContext, Draft } from './finding.ts';
import { clip, where } from './message.ts';

/** The numbering faults the importer found in the source (a skipped （四）), each at its heading. */
export function numberingFindings({ document, options }: CheckContext): Draft<'numbering'>[] {
  const { blocks } = document;
  const findings: Draft<'numbering'>[] = [];
  for (const problem of options.numberingProblems ?? []) {
    const block = blocks[problem.block];
    const finding: Draft<'numbering'> = { code: 'numbering', message: problem.message };
    if (block) {
      finding.block = problem.block;
      finding.message = `${where(problem.block)}「${clip(blockText(block), 12)}」：${problem.message}`;
    }
    findings.push(finding);
  }
  return findings;
}
