import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkStructure, type Problem } from '../../core/check.ts';
import { exportDocx } from '../../core/export/docx.ts';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import { PERIODS, type Period } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { BUILTIN_TEMPLATES, getTemplate } from '../../core/templates.ts';
import { readDocumentFile, writeFileAtomic } from '../files.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** Exit codes: 0 fine, 1 problems found or refused, 2 bad usage or a file that cannot be read. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export const HELP = `gongwen — 公文写作台 command line

用法 / usage:
  gongwen templates [--json]
      列出模板 / list the templates (id and name)
  gongwen new --template ID --organ 机关 --year 2023 [--period 上半年|全年|年度] [--date 2023年7月10日] -o FILE.gwdoc [--force]
      按模板新建文档 / create a document from a template (refuses to overwrite without --force)
  gongwen check FILE.gwdoc [--json]
      检查结构 / check the structure; exit 0 no problems, 1 problems, 2 unreadable or invalid file
  gongwen export FILE.gwdoc -o FILE.docx [--seal]
      导出符合 GB/T 9704-2012 的 Word 文档 / export a .docx laid out by GB/T 9704-2012 (--seal: 加盖印章的署名格式)
      exit 0 written, 1 not written (the old file is kept), 2 bad usage or an unreadable or invalid file
  gongwen --help
`;

class UsageError extends Error {}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true } as const);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function templates(args: string[], io: CliIo): number {
  const { values } = parse(args, { json: { type: 'boolean' } });
  if (values.json) {
    io.stdout(JSON.stringify(BUILTIN_TEMPLATES.map((t) => ({ id: t.id, name: t.name, period: t.period })), null, 2) + '\n');
  } else {
    const width = Math.max(...BUILTIN_TEMPLATES.map((t) => t.id.length));
    for (const t of BUILTIN_TEMPLATES) io.stdout(`${t.id.padEnd(width)}  ${t.name}\n`);
  }
  return EXIT.ok;
}

async function create(args: string[], io: CliIo): Promise<number> {
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
  const year = Number(values.year);
  if (!/^\d{4}$/.test(String(values.year)) || year < 1949 || year > 2200) throw new UsageError(`--year 应为四位年份 / must be a four-digit year: ${String(values.year)}`);
  const period = values.period as string | undefined;
  if (period !== undefined && !(PERIODS as readonly string[]).includes(period)) throw new UsageError(`--period 应为 ${PERIODS.join(' / ')}`);
  let template;
  try {
    template = getTemplate(String(values.template));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const organ = String(values.organ).trim();
  if (organ.length > 120) throw new UsageError('--organ 过长 / too long');
  const document = newDocument(template, {
    organ,
    year,
    ...(period !== undefined ? { period: period as Period } : {}),
    ...(typeof values.date === 'string' ? { date: values.date } : {}),
  });
  const output = resolve(io.cwd, String(values.output));
  if (!values.force && existsSync(output)) {
    io.stderr(`${output}: 文件已存在，没有覆盖；要覆盖请加 --force / file exists, not overwritten (use --force)\n`);
    return EXIT.problems;
  }
  try {
    await writeFileAtomic(output, serializeGwdoc(document), { overwrite: Boolean(values.force) });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return EXIT.problems;
  }
  io.stdout(`已创建 / created ${output}（${template.name}）\n`);
  return EXIT.ok;
}

function location(problem: Problem): string {
  return problem.block === undefined ? '全文' : `第 ${problem.block + 1} 段`;
}

/** The text of a file named on the command line, or null after saying why it cannot be read. */
async function readArgumentFile(file: string, io: CliIo): Promise<string | null> {
  try {
    return (await readDocumentFile(resolve(io.cwd, file))).text;
  } catch (error) {
    io.stderr(`${file}: ${(error as Error).message}\n`);
    return null;
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('用法 / usage: gongwen check FILE.gwdoc [--json]');
  const file = positionals[0]!;
  const text = await readArgumentFile(file, io);
  if (text === null) return EXIT.usage;
  // Not normalized: the check reports what the file says, including what loading would repair.
  const parsed = parseGwdoc(text, { normalize: false });
  if (!parsed.ok) {
    io.stderr(`${file}: ${parsed.error}\n`);
    return EXIT.usage;
  }
  const problems = checkStructure(parsed.document);
  if (values.json) {
    io.stdout(JSON.stringify({ file, problems }, null, 2) + '\n');
  } else if (problems.length === 0) {
    io.stdout(`${file}: 没有发现问题 / no problems found\n`);
  } else {
    io.stdout(`${file}: ${problems.length} 个问题 / ${problems.length} problem${problems.length > 1 ? 's' : ''}\n`);
    for (const problem of problems) io.stdout(`  ${location(problem)}  [${problem.code}] ${problem.message}\n`);
  }
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' }, seal: { type: 'boolean' } });
  if (positionals.length !== 1 || typeof values.output !== 'string' || values.output === '') {
    throw new UsageError('用法 / usage: gongwen export FILE.gwdoc -o FILE.docx [--seal]');
  }
  const file = positionals[0]!;
  if (!/\.gwdoc$/iu.test(file)) throw new UsageError(`只能导出 .gwdoc 文档 / only .gwdoc documents can be exported: ${file}`);
  if (!/\.docx$/iu.test(values.output)) throw new UsageError(`输出文件应以 .docx 结尾 / the output must end in .docx: ${values.output}`);
  const text = await readArgumentFile(file, io);
  if (text === null) return EXIT.usage;
  // Normalized, as the app opens it: the export is what the editor would show.
  const parsed = parseGwdoc(text);
  if (!parsed.ok) {
    io.stderr(`${file}: ${parsed.error}\n`);
    return EXIT.usage;
  }
  const output = resolve(io.cwd, values.output);
  try {
    const bytes = await exportDocx(parsed.document, values.seal ? { format: { signatureMode: 'seal' } } : {});
    await writeFileAtomic(output, bytes);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return EXIT.problems;
  }
  io.stdout(`已导出 / exported ${output}\n`);
  return EXIT.ok;
}

/** Runs one command line; returns the exit code rather than exiting, so tests can call it. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'templates':
        return templates(rest, io);
      case 'new':
        return await create(rest, io);
      case 'check':
        return await check(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP);
        return EXIT.ok;
      case undefined:
        io.stderr(HELP);
        return EXIT.usage;
      default:
        throw new UsageError(`未知命令 / unknown command: ${command}`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`gongwen: ${error.message}\n（gongwen --help 查看用法 / see gongwen --help）\n`);
    return EXIT.usage;
  }
}
