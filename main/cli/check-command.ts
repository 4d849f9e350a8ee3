import { checkSubmission, hasBlocking } from '../../core/submission-check.ts';
import { EXIT, UsageError, findingLine, parse, type CliIo } from './cli-io.ts';
import { loadArgument } from './load-argument.ts';

/** gongwen check FILE [--json]: the pre-submission check; exit 1 on blocking findings. */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('用法 / usage: gongwen check FILE.gwdoc|FILE.docx|FILE.txt [--json]');
  const file = positionals[0]!;
  // A .txt or .docx as export reads it: its own headings, no required section added.
  const loaded = await loadArgument(file, io, { normalize: false, sectionsAsWritten: true });
  if (!loaded) return EXIT.usage;
  const findings = checkSubmission(loaded.document, { numberingProblems: loaded.numberingProblems });
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
