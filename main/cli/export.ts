import { resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describeBlockers, exportBlockers } from '../../core/check/export-blockers.ts';
import { FONT_SET_IDS, type FontSet } from '../../core/template.ts';
import { writeFileAtomic } from '../node/files.ts';
import { blockersInEnglish, findingLine } from './findings.ts';
import { openArgument } from './open-argument.ts';
import { checkOutputExtension, EXIT, parse, UsageError, type CliIo } from './usage.ts';

/** The package zipped by Node's zlib: the same DEFLATE as fflate's, natively, without warming up JS. */
const NATIVE_ZIP = { deflateRaw: (data: Uint8Array) => deflateRawSync(data, { level: 6 }), crc32: (data: Uint8Array) => crc32(data) };

function isFontSet(value: string): value is FontSet {
  return (FONT_SET_IDS as readonly string[]).includes(value);
}

/**
 * gongwen export FILE -o FILE.docx: the GB/T 9704 .docx, refused while the check finds anything
 * blocking (unless --force). -o FILE.pdf converts that .docx to PDF (export-pdf.ts).
 */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, seal: { type: 'boolean' }, fonts: { type: 'string' }, punctuation: { type: 'boolean' } });
  const fontSet = values.fonts;
  if (fontSet !== undefined && !isFontSet(fontSet)) throw new UsageError(`--fonts 应为 ${FONT_SET_IDS.join('、')} 之一 / --fonts must be one of ${FONT_SET_IDS.join(', ')}`);
  if (positionals.length !== 1 || typeof values.output !== 'string' || values.output === '') {
    throw new UsageError('用法 / usage: gongwen export FILE.gwdoc|FILE.docx|FILE.txt -o FILE.docx|FILE.pdf [--force] [--seal] [--fonts gb2312|windows|founder] [--punctuation]');
  }
  const file = positionals[0]!;
  const pdf = values.output.toLowerCase().endsWith('.pdf');
  if (!pdf) checkOutputExtension(values.output, '.docx');
  const output = resolve(io.cwd, values.output);
  if (output === resolve(io.cwd, file)) throw new UsageError(`输出文件不能覆盖输入文件 / the output would overwrite the input: ${values.output}`);
  // A .gwdoc normalized, as the app opens it; a .txt or .docx with the source's own headings, as
  // check reads it (a one-step export adds no section the source never had).
  const opened = await openArgument(file, io, { normalize: true, punctuation: values.punctuation === true, sectionsAsWritten: true });
  if (!opened) return EXIT.usage;
  const blockers = exportBlockers(opened.document, { numberingProblems: opened.numberingProblems });
  if (blockers.length > 0 && !values.force) {
    io.stderr(`${file}: 没有导出：${describeBlockers(blockers)} / not exported: ${blockersInEnglish(blockers)}\n`);
    for (const finding of blockers) io.stderr(findingLine(finding));
    io.stderr('修改后再导出，或加 --force 仍然导出 / fix them, or add --force to export anyway\n');
    return EXIT.problems;
  }
  try {
    // Loaded here, not at the top: the .docx writer is most of the command line's code, and a
    // refused export would pay for reading it (the bundle keeps it in its own chunk).
    const { exportDocx } = await import('../../core/export/docx.ts');
    const format = { ...(values.seal ? { signatureMode: 'seal' as const } : {}), ...(fontSet ? { fontSet } : {}) };
    const bytes = await exportDocx(opened.document, { ...(Object.keys(format).length ? { format } : {}), zip: NATIVE_ZIP });
    if (pdf) await (await import('./export-pdf.ts')).writePdf(bytes, output, opened.document);
    else await writeFileAtomic(output, bytes);
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
