import { resolve } from 'node:path';
import { organProblem } from '../../core/meta-rules.ts';
import { newDocument } from '../../core/new-document.ts';
import { getTemplate } from '../../core/templates.ts';
import { EXIT, parse, periodOption, UsageError, yearOption, type CliIo } from './usage.ts';
import { writeGwdoc } from './write-gwdoc.ts';

/** gongwen new --template ID --organ 机关 --year Y … -o FILE.gwdoc: a document from a template. */
export async function newCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    template: { type: 'string', short: 't' },
    organ: { type: 'string' },
    year: { type: 'string' },
    period: { type: 'string' },
    date: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const missing = (['template', 'organ', 'year', 'output'] as const).filter((key) => typeof values[key] !== 'string' || values[key] === '');
  if (missing.length > 0) throw new UsageError(`缺少参数 / missing: ${missing.map((key) => (key === 'output' ? '-o FILE' : `--${key}`)).join(', ')}`);
  const year = yearOption(String(values.year));
  const period = values.period === undefined ? undefined : periodOption(values.period);
  let template;
  try {
    template = getTemplate(String(values.template));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const organ = String(values.organ).trim();
  const organError = organProblem(organ);
  if (organError !== undefined) throw new UsageError(`--organ：${organError}`);
  const document = newDocument(template, {
    organ,
    year,
    ...(period !== undefined ? { period } : {}),
    ...(typeof values.date === 'string' ? { date: values.date } : {}),
  });
  const output = resolve(io.cwd, String(values.output));
  if (!(await writeGwdoc(output, document, Boolean(values.force), io))) return EXIT.problems;
  io.stdout(`已创建 / created ${output}（${template.name}）\n`);
  return EXIT.ok;
}
