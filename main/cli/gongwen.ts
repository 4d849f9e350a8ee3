import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { countPlaceholderFindings, describeBlockers, exportBlockers } from '../../core/check/export-blockers.ts';
import { splitRunIn } from '../../core/run-in.ts';
import { parseGwdocBytes, serializeGwdoc } from '../../core/gwdoc.ts';
import { MAX_IMPORT_BYTES } from '../../core/host/ipc-contract.ts';
import { sniffFileKind } from '../../core/import/file-kind.ts';
import { isImportError } from '../../core/import/import-error.ts';
import { importSource, type Imported } from '../../core/import/import-source.ts';
import type { Recognised, RecognisedBlock } from '../../core/import/recognised.ts';
import type { ToDocumentOptions } from '../../core/import/to-document.ts';
import { blockText, PERIODS, type Block, type GongwenDocument, type Period } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { PLACEHOLDER_STYLES, type PlaceholderStyle } from '../../core/rollforward/figures.ts';
import { rollForward } from '../../core/rollforward/roll-forward.ts';
import { computeLabels } from '../../core/numbering.ts';
import { checkSubmission, hasBlocking, type Finding } from '../../core/check/index.ts';
import { FONT_SET_IDS, type FontSet } from '../../core/template.ts';
import { BUILTIN_TEMPLATES, findTemplate, getTemplate } from '../../core/templates.ts';
import { readBytes, writeFileAtomic } from '../files.ts';

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
  gongwen import FILE.docx|FILE.txt [--json] [-o FILE.gwdoc [--force]] [--template ID] [--punctuation]
      导入并识别大纲 / import and recognise the outline; --json prints the recognised outline,
      -o writes a .gwdoc; exit 0 done, 1 not written, 2 a file that cannot be imported;
      .gwdoc 文件按公文文档读取并校验 / a .gwdoc (known by its content) is loaded and validated, not imported as text
  gongwen check FILE.gwdoc|FILE.docx|FILE.txt [--json]
      提交前检查 / pre-submission check (structure, numbering, placeholders, punctuation, dates, years);
      exit 0 nothing blocking, 1 blocking findings, 2 unreadable or invalid file
  gongwen export FILE.gwdoc|FILE.docx|FILE.txt -o FILE.docx [--force] [--seal] [--fonts gb2312|windows|founder] [--punctuation]
      导出符合 GB/T 9704-2012 的 Word 文档 / export a .docx laid out by GB/T 9704-2012 (--seal: 加盖印章的署名格式);
      --fonts 字体套装 / font set (default: the template's, else gb2312): gb2312 仿宋_GB2312、楷体_GB2312、方正小标宋简体;
      windows Windows 自带的仿宋、楷体、黑体、宋体; founder 方正仿宋_GBK 等方正字体
      a .docx or .txt is imported first (一键排版 / one-step reformatting), its headings kept as written
      (a missing required section is reported, not added);
      检查发现必须修改的问题（含待填内容）时列出并不导出，--force 仍然导出 / while check finds anything blocking
      (placeholders included) it is listed on stderr and nothing is written; --force writes anyway, still listing it;
      --punctuation (import and export): 中文之间的半角 , : ; ( ) ? 改为全角 / half-width marks in Chinese text made full-width
      exit 0 written, 1 not written (blocking findings, or the write failed; the old file is kept), 2 bad usage or an unreadable or invalid file
  gongwen rollforward LAST.gwdoc|LAST.docx|LAST.txt -o NEW.gwdoc [--force] [--year 2024] [--period 上半年|全年] [--template ID]
          [--plan-from-last] [--placeholder 【\u3000】|x]
      由上期报告新建 / this period's report from last period's: years in the title and section titles moved on,
      last period's plan headings become this period's 工作完成情况 with the old text as 参考 notes (never exported),
      figures in carried text made placeholders; default target: 上半年 → 全年 of the same year, 全年 → 上半年 of
      the next, 工作要点/报告 → the next year (templates/rollforward.json); --plan-from-last starts the new plan from
      last period's plan headings; exit 0 written, 1 not written, 2 bad usage or an unreadable or invalid file
  gongwen --help
`;

class UsageError extends Error {}

function isFontSet(value: string): value is FontSet {
  return (FONT_SET_IDS as readonly string[]).includes(value);
}

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
  if (!(await writeGwdoc(output, document, Boolean(values.force), io))) return EXIT.problems;
  io.stdout(`已创建 / created ${output}（${template.name}）\n`);
  return EXIT.ok;
}

/**
 * A document named on the command line: a .gwdoc as saved, or a .docx/.txt through the importer
 * (with what the recogniser found).
 */
type Loaded = { document: GongwenDocument; numberingProblems: { block: number; message: string }[]; recognised?: Recognised };

/**
 * Reads FILE for any command, or says why not (exit 2). Its kind comes from its bytes, as in the
 * app (sniffFileKind): a .gwdoc is loaded and validated, never imported as text; it is taken as it
 * is when `normalize` is false (the check reports what the file says, including what loading
 * would repair). Anything else goes through the importer, keeping the source's headings when
 * `sectionsAsWritten` (no required section added).
 */
async function loadArgument(
  file: string,
  io: CliIo,
  options: { normalize: boolean; punctuation?: boolean; template?: string | undefined; sectionsAsWritten?: boolean },
): Promise<Loaded | null> {
  let bytes;
  try {
    bytes = await readBytes(resolve(io.cwd, file), MAX_IMPORT_BYTES);
  } catch (error) {
    io.stderr(`${file}: ${(error as Error).message}\n`);
    return null;
  }
  if (sniffFileKind(bytes, file) !== 'gwdoc') {
    return importArgument(file, bytes, io, { template: options.template, punctuation: options.punctuation === true, sectionsAsWritten: options.sectionsAsWritten === true });
  }
  const parsed = parseGwdocBytes(bytes, { normalize: options.normalize });
  if (!parsed.ok) {
    io.stderr(`${file}: ${parsed.error}\n`);
    return null;
  }
  return { document: parsed.document, numberingProblems: [] };
}

/** A .docx or .txt named on the command line, imported; or null after saying why not (exit 2). */
function importArgument(file: string, bytes: Uint8Array, io: CliIo, options: ToDocumentOptions): Imported | null {
  try {
    return importSource(bytes, options);
  } catch (error) {
    io.stderr(`${file}: ${(error as Error).message}\n`);
    if (isImportError(error)) io.stderr(`  (${error.detail})\n`);
    return null;
  }
}

/** Writes a new .gwdoc atomically; an existing file is kept unless `force`. False after saying why not. */
async function writeGwdoc(output: string, document: GongwenDocument, force: boolean, io: CliIo): Promise<boolean> {
  if (!force && existsSync(output)) {
    io.stderr(`${output}: 文件已存在，没有覆盖；要覆盖请加 --force / file exists, not overwritten (use --force)\n`);
    return false;
  }
  try {
    await writeFileAtomic(output, serializeGwdoc(document), { overwrite: force });
    return true;
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return false;
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
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
    // Each message says where (第 N 段…).
    for (const finding of findings) io.stdout(findingLine(finding));
  }
  return blocking ? EXIT.problems : EXIT.ok;
}

function findingLine(finding: Finding): string {
  return `  ${finding.severity === 'blocking' ? '必须修改' : '建议检查'} [${finding.code}] ${finding.message}\n`;
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, template: { type: 'string', short: 't' }, punctuation: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('用法 / usage: gongwen import FILE.docx|FILE.txt [--json] [-o FILE.gwdoc [--force]] [--template ID]');
  const file = positionals[0]!;
  if (typeof values.output === 'string' && !/\.gwdoc$/iu.test(values.output)) throw new UsageError(`输出文件应以 .gwdoc 结尾 / the output must end in .gwdoc: ${values.output}`);
  if (values.template !== undefined && !BUILTIN_TEMPLATES.some((t) => t.id === values.template)) throw new UsageError(`未知模板 / unknown template: ${values.template}（gongwen templates 列出模板）`);
  // A .gwdoc is loaded as the document it is (normalized, as the app opens it), not read as text.
  const loaded = await loadArgument(file, io, { normalize: true, template: values.template, punctuation: values.punctuation === true });
  if (!loaded) return EXIT.usage;
  const { document, numberingProblems } = loaded;
  if (values.json) {
    const { title, addressee, signature, date, blocks, numberingProblems } = loaded.recognised ?? outlineOf(document);
    io.stdout(JSON.stringify({ title, addressee, signature, date, blocks, numberingProblems }, null, 2) + '\n');
  }
  if (typeof values.output === 'string') {
    const output = resolve(io.cwd, values.output);
    if (!(await writeGwdoc(output, document, Boolean(values.force), io))) return EXIT.problems;
    // stdout carries the JSON when asked for; the note goes to stderr then.
    (values.json ? io.stderr : io.stdout)(`已导入 / imported ${output}（${document.blocks.filter((b) => b.type === 'heading').length} 个标题）\n`);
  }
  if (!values.json && typeof values.output !== 'string') {
    const labels = computeLabels(document.blocks, findTemplate(document.meta.template)?.numbering);
    for (const [i, block] of document.blocks.entries()) {
      const text = blockText(block);
      if (block.type === 'heading') io.stdout(`${'  '.repeat(block.level - 1)}${labels[i] ?? ''}${block.runIn ? splitRunIn(text).heading : text}\n`);
      else if (block.type !== 'paragraph' && text.trim()) io.stdout(`[${BLOCK_NAMES[block.type]}] ${text}\n`);
    }
    for (const problem of numberingProblems) io.stderr(`编号问题 / numbering: ${problem.message}\n`);
  }
  return EXIT.ok;
}

/** A .gwdoc's outline in the shape `import --json` prints; its numbers are the derived labels. */
function outlineOf(document: GongwenDocument): Omit<Recognised, 'dropped'> {
  const labels = computeLabels(document.blocks, findTemplate(document.meta.template)?.numbering);
  const textOf = (type: Block['type']) => {
    const block = document.blocks.find((b) => b.type === type);
    return block ? blockText(block) : null;
  };
  const blocks: RecognisedBlock[] = [];
  for (const [i, block] of document.blocks.entries()) {
    const text = blockText(block);
    if (block.type === 'paragraph') blocks.push({ kind: 'paragraph', text });
    if (block.type !== 'heading') continue;
    const { heading, body } = block.runIn ? splitRunIn(text) : { heading: text, body: '' };
    blocks.push({ kind: 'heading', level: block.level, number: labels[i] ?? '', text: heading, runIn: block.runIn === true, body });
  }
  return { title: textOf('title'), addressee: textOf('addressee'), signature: textOf('signature'), date: textOf('date'), blocks, numberingProblems: [] };
}

const BLOCK_NAMES: Record<string, string> = { title: '标题', addressee: '主送机关', note: '参考', attachment: '附件', signature: '署名', date: '日期' };

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, seal: { type: 'boolean' }, fonts: { type: 'string' }, punctuation: { type: 'boolean' } });
  const fontSet = values.fonts;
  if (fontSet !== undefined && !isFontSet(fontSet)) throw new UsageError(`--fonts 应为 ${FONT_SET_IDS.join('、')} 之一 / --fonts must be one of ${FONT_SET_IDS.join(', ')}`);
  if (positionals.length !== 1 || typeof values.output !== 'string' || values.output === '') {
    throw new UsageError('用法 / usage: gongwen export FILE.gwdoc|FILE.docx|FILE.txt -o FILE.docx [--force] [--seal] [--fonts gb2312|windows|founder] [--punctuation]');
  }
  const file = positionals[0]!;
  if (!/\.docx$/iu.test(values.output)) throw new UsageError(`输出文件应以 .docx 结尾 / the output must end in .docx: ${values.output}`);
  const output = resolve(io.cwd, values.output);
  if (output === resolve(io.cwd, file)) throw new UsageError(`输出文件不能覆盖输入文件 / the output would overwrite the input: ${values.output}`);
  // A .gwdoc normalized, as the app opens it; a .txt or .docx with the source's own headings, as
  // check reads it (a one-step export adds no section the source never had).
  const loaded = await loadArgument(file, io, { normalize: true, punctuation: values.punctuation === true, sectionsAsWritten: true });
  if (!loaded) return EXIT.usage;
  const blockers = exportBlockers(loaded.document, { numberingProblems: loaded.numberingProblems });
  if (blockers.length > 0 && !values.force) {
    io.stderr(`${file}: 没有导出：${describeBlockers(blockers)} / not exported: ${blockersInEnglish(blockers)}\n`);
    for (const finding of blockers) io.stderr(findingLine(finding));
    io.stderr('修改后再导出，或加 --force 仍然导出 / fix them, or add --force to export anyway\n');
    return EXIT.problems;
  }
  try {
    // Loaded here, not at the top: the .docx writer is most of the command line's code, and every
    // other command would pay for reading it at start (the bundle keeps it in its own chunk).
    const { exportDocx } = await import('../../core/export/docx.ts');
    const format = { ...(values.seal ? { signatureMode: 'seal' as const } : {}), ...(fontSet ? { fontSet } : {}) };
    const bytes = await exportDocx(loaded.document, Object.keys(format).length ? { format } : {});
    await writeFileAtomic(output, bytes);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return EXIT.problems;
  }
  io.stdout(`已导出 / exported ${output}\n`);
  // Written as asked (--force), but the report is not ready: say what is left.
  if (blockers.length > 0) {
    io.stderr(`注意：${describeBlockers(blockers)} / warning: ${blockersInEnglish(blockers)}\n`);
    for (const finding of blockers) io.stderr(findingLine(finding));
  }
  return EXIT.ok;
}

function blockersInEnglish(findings: readonly Finding[]): string {
  const placeholders = countPlaceholderFindings(findings);
  return `${findings.length} blocking finding(s)${placeholders > 0 ? `, ${placeholders} of them placeholder(s) to fill` : ''}`;
}

const PERIOD_EN: Record<Period, string> = { 上半年: 'first half', 全年: 'full year', 年度: 'full year' };

/** gongwen rollforward LAST -o NEW.gwdoc: this period's report from last period's (core/rollforward). */
async function rollforwardCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    year: { type: 'string' },
    period: { type: 'string' },
    template: { type: 'string', short: 't' },
    'plan-from-last': { type: 'boolean' },
    placeholder: { type: 'string' },
  });
  if (positionals.length !== 1 || typeof values.output !== 'string' || values.output === '') {
    throw new UsageError('用法 / usage: gongwen rollforward LAST.gwdoc|LAST.docx|LAST.txt -o NEW.gwdoc [--year Y] [--period 上半年|全年] [--template ID] [--plan-from-last] [--placeholder x]');
  }
  const file = positionals[0]!;
  if (!/\.gwdoc$/iu.test(values.output)) throw new UsageError(`输出文件应以 .gwdoc 结尾 / the output must end in .gwdoc: ${values.output}`);
  const output = resolve(io.cwd, values.output);
  if (output === resolve(io.cwd, file)) throw new UsageError(`输出文件不能覆盖上期报告 / the output would overwrite last period's report: ${values.output}`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!/^\d{4}$/u.test(String(values.year)) || year < 1949 || year > 2200)) throw new UsageError(`--year 应为四位年份 / must be a four-digit year: ${String(values.year)}`);
  const period = values.period as Period | undefined;
  if (period !== undefined && !(PERIODS as readonly string[]).includes(period)) throw new UsageError(`--period 应为 ${PERIODS.join(' / ')}`);
  if (values.template !== undefined && !findTemplate(values.template)) throw new UsageError(`未知模板 / unknown template: ${values.template}（gongwen templates 列出模板）`);
  // 【】 and 【 】 are taken for the full-width 【\u3000】 (a full-width space).
  const placeholder = values.placeholder === undefined ? undefined : values.placeholder.replace(/^【\s*】$/u, '【\u3000】');
  if (placeholder !== undefined && !(PLACEHOLDER_STYLES as readonly string[]).includes(placeholder)) throw new UsageError(`--placeholder 应为 【\u3000】 或 x / must be 【\u3000】 or x: ${placeholder}`);
  // Normalized, as the app opens it.
  const loaded = await loadArgument(file, io, { normalize: true });
  if (!loaded) return EXIT.usage;
  let result;
  try {
    result = rollForward(loaded.document, {
      ...(values.template !== undefined ? { template: values.template } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(period !== undefined ? { period } : {}),
      planFromLast: values['plan-from-last'] === true,
      ...(placeholder !== undefined ? { placeholder: placeholder as PlaceholderStyle } : {}),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!(await writeGwdoc(output, result.document, Boolean(values.force), io))) return EXIT.problems;
  const { document, report } = result;
  const { meta } = document;
  const template = getTemplate(meta.template);
  const title = blockText(document.blocks[0]!);
  io.stdout(
    `已由上期报告生成 ${output}：「${title}」（${template.name}，${meta.year}年${meta.period}），` +
      `沿用上期标题 ${report.carriedHeadings} 个，上期原文作参考 ${report.notes} 段（不导出），还有 ${report.placeholders} 处待填，` +
      `改写标题 ${report.renamed.length} 处，成文日期待填。` +
      ` / Rolled forward to ${output} (${template.id}, ${meta.year} ${PERIOD_EN[meta.period]}): ${report.carriedHeadings} headings carried, ` +
      `${report.notes} reference notes (never exported), ${report.placeholders} placeholders to fill, ${report.renamed.length} titles reworded, the date left empty.\n`,
  );
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
      case 'import':
        return await importCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'rollforward':
        return await rollforwardCommand(rest, io);
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
