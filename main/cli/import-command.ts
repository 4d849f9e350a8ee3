import { resolve } from 'node:path';
import type { Recognised, RecognisedBlock } from '../../core/import/recognised.ts';
import { blockText, type Block, type GongwenDocument } from '../../core/model.ts';
import { computeLabels } from '../../core/numbering.ts';
import { splitRunIn } from '../../core/run-in.ts';
import { BUILTIN_TEMPLATES, findTemplate } from '../../core/templates.ts';
import { EXIT, UsageError, parse, type CliIo } from './cli-io.ts';
import { loadArgument, writeGwdoc } from './load-argument.ts';

/** gongwen import FILE [--json] [-o FILE.gwdoc]: the outline recognised, printed or written as a .gwdoc. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
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
