import { resolve } from 'node:path';
import type { Recognised, RecognisedAnnexBlock, RecognisedBlock } from '../../core/import/recognised.ts';
import { blockText, type GongwenDocument, type TableBlock } from '../../core/model.ts';
import { bannerLine, colophonLine } from '../../core/import/import-report.ts';
import { importJson } from './import-json.ts';
import { computeLabels } from '../../core/numbering.ts';
import { splitRunIn } from '../../core/run-in.ts';
import { findTemplate } from '../../core/templates.ts';
import { openArgument } from './open-argument.ts';
import { checkOutputExtension, checkTemplateOption, EXIT, parse, UsageError, type CliIo } from './usage.ts';
import { writeGwdoc } from './write-gwdoc.ts';

/** gongwen import FILE [--json] [-o FILE.gwdoc]: the outline the recogniser finds, or the document written. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, template: { type: 'string', short: 't' }, punctuation: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('用法 / usage: gongwen import FILE.docx|FILE.txt [--json] [-o FILE.gwdoc [--force]] [--template ID]');
  const file = positionals[0]!;
  if (typeof values.output === 'string') checkOutputExtension(values.output, '.gwdoc');
  if (values.template !== undefined) checkTemplateOption(values.template);
  // A .gwdoc is loaded as the document it is (normalized, as the app opens it), not read as text.
  const opened = await openArgument(file, io, { normalize: true, template: values.template, punctuation: values.punctuation === true });
  if (!opened) return EXIT.usage;
  const { document, numberingProblems } = opened;
  if (values.json) {
    io.stdout(importJson(opened.imported?.recognised ?? outlineOf(document)));
  }
  if (typeof values.output === 'string') {
    const output = resolve(io.cwd, values.output);
    if (!(await writeGwdoc(output, document, Boolean(values.force), io))) return EXIT.problems;
    // stdout carries the JSON when asked for; the note goes to stderr then.
    (values.json ? io.stderr : io.stdout)(`已导入 / imported ${output}（${document.blocks.filter((b) => b.type === 'heading').length} 个标题）\n`);
  }
  if (!values.json && typeof values.output !== 'string') {
    const labels = labelsOf(document);
    if (document.meta.banner) io.stdout(`[版头] ${bannerLine(document.meta.banner)}\n`);
    for (const [i, block] of document.blocks.entries()) {
      const text = blockText(block);
      if (block.type === 'heading') io.stdout(`${'  '.repeat(block.level - 1)}${labels[i] ?? ''}${block.runIn ? splitRunIn(text).heading : text}\n`);
      else if (block.type === 'table') io.stdout(`[表格] ${block.children.length} 行 × ${gridWidth(block)} 列\n`);
      else if (block.type !== 'paragraph' && text.trim()) io.stdout(`[${BLOCK_NAMES[block.type]}] ${text}\n`);
    }
    if (document.meta.colophon) io.stdout(`[版记] ${colophonLine(document.meta.colophon)}\n`);
    for (const problem of numberingProblems) io.stderr(`编号问题 / numbering: ${problem.message}\n`);
  }
  return EXIT.ok;
}

const BLOCK_NAMES: Record<string, string> = { title: '标题', addressee: '主送机关', note: '参考', attachment: '附件', signature: '署名', date: '日期', caption: '表题', annex: '附件标题' };

function gridWidth(table: TableBlock): number {
  return table.children[0]?.children.reduce((n, cell) => n + (cell.colSpan ?? 1), 0) ?? 0;
}

function labelsOf(document: GongwenDocument) {
  return computeLabels(document.blocks, findTemplate(document.meta.template)?.numbering);
}

/** A .gwdoc's outline in the shape `import --json` prints; its numbers are the derived labels. */
function outlineOf(document: GongwenDocument): Omit<Recognised, 'dropped'> {
  const labels = labelsOf(document);
  const textOf = (type: GongwenDocument['blocks'][number]['type']) => {
    const block = document.blocks.find((b) => b.type === type);
    return block ? blockText(block) : null;
  };
  const blocks: RecognisedBlock[] = [];
  const annexes: RecognisedAnnexBlock[] = [];
  for (const [i, block] of document.blocks.entries()) {
    const text = blockText(block);
    // What follows the first 附件 is the attachments'.
    const into: (RecognisedBlock | RecognisedAnnexBlock)[] = annexes.length || block.type === 'annex' ? annexes : blocks;
    if (block.type === 'paragraph' || block.type === 'caption' || block.type === 'annex') into.push({ kind: block.type, text } as RecognisedAnnexBlock);
    if (block.type === 'table') into.push({ kind: 'table', text, table: block });
    if (block.type !== 'heading') continue;
    const { heading, body } = block.runIn ? splitRunIn(text) : { heading: text, body: '' };
    blocks.push({ kind: 'heading', level: block.level, number: labels[i] ?? '', text: heading, runIn: block.runIn === true, body });
  }
  const { banner = null, colophon = null } = document.meta;
  return { title: textOf('title'), addressee: textOf('addressee'), signature: textOf('signature'), date: textOf('date'), banner, colophon, blocks, annexes, numberingProblems: [] };
}
