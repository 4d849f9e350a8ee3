import { checkSubmission, hasBlocking } from '../../core/check/index.ts';
import { findingLine } from './findings.ts';
import { openArgument } from './open-argument.ts';
import { EXIT, parse, UsageError, type CliIo } from './usage.ts';

/** gongwen check FILE [--json]: the pre-submission check; exit 1 on blocking findings. */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('用法 / usage: gongwen check FILE.gwdoc|FILE.docx|FILE.txt [--json]');
  const file = positionals[0]!;
  // A .gwdoc as written (the check reports what loading would repair); a .txt or .docx as export
  // reads it: its own headings, no required section added.
  const opened = await openArgument(file, io, { normalize: false, sectionsAsWritten: true });
  if (!opened) return EXIT.usage;
  const findings = checkSubmission(opened.document, { numberingProblems: opened.numberingProblems });
  const blocking = hasBlocking(findings);
  if (values.json) {
    io.stdout(JSON.stringify({ file, blocking, findings }, null, 2) + '\n');
  } else if (findings.length === 0) {
    io.stdout(`${file}: 没有发现问题 / no problems found\n`);
  } else {
    const count = findings.filter((f) => f.severity === 'blocking').length;
    io.stdout(`${file}: ${count} 处必须修改，${findings.length - count} 处建议检查 / ${count} blocking, ${findings.length - count} warning(s)\n`);
    for (const finding of findings) io.stdout(findingLine(finding));
  }
  return blocking ? EXIT.problems : EXIT.ok;
}
