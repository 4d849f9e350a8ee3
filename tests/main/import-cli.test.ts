import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGwdoc } from '../../core/gwdoc.ts';
import { readSource } from '../../core/import/import-source.ts';
import { recognise } from '../../core/import/recognise.ts';
import { crc32 } from '../../core/import/zip-read.ts';
import { compoundFile, rawZip, ZERO_UNIT_BYTES, zerosDeflated } from '../core/import-docx-build.ts';
import { readPackage } from '../core/export-xml.ts';
import { gongwen, useTempDirs } from './helpers.ts';
import { blockText } from '../../core/model.ts';

const SEEDS = fileURLToPath(new URL('../fixtures/import/seeds/', import.meta.url));
const tempDir = useTempDirs();

async function withSeed(name: string): Promise<string> {
  const dir = await tempDir();
  await copyFile(join(SEEDS, name), join(dir, name));
  return dir;
}

interface ImportJson {
  title: string | null;
  addressee: string | null;
  signature: string | null;
  date: string | null;
  banner: unknown;
  colophon: unknown;
  blocks: ({ kind: 'heading'; level: number; number: string; text: string; runIn: boolean; body: string } | { kind: 'paragraph'; text: string })[];
  numberingProblems: { message: string }[];
}

/** The headings the importer recognises in a .txt or .docx, numbers as written. */
function recognisedHeadings(bytes: Uint8Array): { level: number; number: string; text: string }[] {
  return recognise(readSource(bytes).paragraphs).blocks.flatMap((b) => (b.kind === 'heading' ? [{ level: b.level, number: b.number, text: b.text }] : []));
}

describe('gongwen import / check / export on .txt and .docx', { timeout: 60_000 }, () => {
  it('import --json prints the recognised outline in the documented shape', async () => {
    const dir = await withSeed('001_1546186363c61f01.txt');
    const run = await gongwen(['import', '001_1546186363c61f01.txt', '--json'], dir);
    expect(run.code).toBe(0);
    const outline = JSON.parse(run.stdout) as ImportJson;
    expect(Object.keys(outline).sort()).toEqual(['addressee', 'annexes', 'banner', 'blocks', 'colophon', 'date', 'numberingProblems', 'signature', 'title']);
    // Seed 001 has neither a 版头 nor a 版记: they are null, as every absent part.
    expect([outline.banner, outline.colophon]).toEqual([null, null]);
    expect(outline.title).toBe('市科技局关于报送工作总结及工作计划的报告');
    expect(outline.addressee).toBe('市政府办公厅:');
    const headings = outline.blocks.filter((b) => b.kind === 'heading');
    // 四、 of seed 001 and its numbers as the source has them: (三) then (五).
    expect(headings.filter((h) => h.level === 1).map((h) => h.number)).toEqual(['一、', '二、', '三、', '四、']);
    const underFour = headings.slice(headings.findIndex((h) => h.number === '四、') + 1).map((h) => h.number);
    expect(underFour).toEqual(['(一)', '(二)', '(三)', '(五)', '(六)']);
    for (const block of outline.blocks) {
      if (block.kind === 'heading') {
        expect(Object.keys(block).sort()).toEqual(['body', 'kind', 'level', 'number', 'runIn', 'text']);
        expect(block.text.startsWith(block.number)).toBe(false);
      } else expect(Object.keys(block).sort()).toEqual(['kind', 'text']);
    }
    expect(outline.numberingProblems.map((p) => p.message)).toEqual(['「（三）」之后是「（五）」，缺少「（四）」']);
  });

  it('import --json prints tables as rows of cells, captions, and the attachments after the date', async () => {
    const dir = await tempDir();
    await copyFile(fileURLToPath(new URL('../fixtures/import/tables/report-with-tables.docx', import.meta.url)), join(dir, 'tables.docx'));
    const run = await gongwen(['import', 'tables.docx', '--json'], dir);
    expect(run.code).toBe(0);
    type Cell = { text: string; colSpan?: number; vMerge?: string };
    type Table = { kind: 'table'; rows: { header?: true; cells: Cell[] }[] };
    const outline = JSON.parse(run.stdout) as { blocks: ({ kind: string; text: string } | Table)[]; annexes: ({ kind: string; text: string } | Table)[] };
    const table = outline.blocks.find((b): b is Table => b.kind === 'table')!;
    expect(table.rows).toHaveLength(34);
    expect(table.rows[0]).toEqual({ header: true, cells: [{ text: '序号' }, { text: '项目名称' }, { text: '责任单位' }, { text: '投资额\n（万元）' }, { text: '进度' }] });
    expect(table.rows[2]!.cells[2]).toEqual({ text: '高新区管委会', vMerge: 'restart' });
    expect(table.rows[32]!.cells[0]).toEqual({ text: '合计', colSpan: 2 });
    expect(outline.blocks[outline.blocks.indexOf(table) - 1]).toEqual({ kind: 'caption', text: '表1 2023年上半年重点科技项目进展情况表' });
    expect(outline.annexes.map((b) => b.kind)).toEqual(['annex', 'paragraph', 'caption', 'table', 'paragraph', 'annex', 'paragraph', 'paragraph']);
    const plain = await gongwen(['import', 'tables.docx'], dir);
    expect(plain.stdout).toContain('[表题] 表1 2023年上半年重点科技项目进展情况表\n[表格] 34 行 × 5 列\n');
    expect(plain.stdout).toContain('[附件标题] 有关情况说明\n');
  });

  it('import -o writes a .gwdoc that opens, and does not overwrite without --force', async () => {
    const dir = await withSeed('000_50acbe1f2b51726a.txt');
    const run = await gongwen(['import', '000_50acbe1f2b51726a.txt', '-o', 'a.gwdoc'], dir);
    expect(run.code).toBe(0);
    const parsed = parseGwdoc(await readFile(join(dir, 'a.gwdoc'), 'utf8'));
    expect(parsed.ok && parsed.document.meta.template).toBe('half-year');
    const again = await gongwen(['import', '000_50acbe1f2b51726a.txt', '-o', 'a.gwdoc'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect((await gongwen(['import', '000_50acbe1f2b51726a.txt', '-o', 'a.gwdoc', '--force'], dir)).code).toBe(0);
  });

  it('check on a .txt lists seed 001’s missing （四） and seed 000’s half-width punctuation', async () => {
    const dir = await withSeed('001_1546186363c61f01.txt');
    await copyFile(join(SEEDS, '000_50acbe1f2b51726a.txt'), join(dir, '000.txt'));
    const one = await gongwen(['check', '001_1546186363c61f01.txt', '--json'], dir);
    expect(one.code).toBe(1);
    const findings = (JSON.parse(one.stdout) as { findings: { code: string; severity: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.code === 'numbering')).toEqual([expect.objectContaining({ severity: 'blocking', message: expect.stringContaining('缺少「（四）」') })]);
    // The reused skeleton's masked figures are unfilled placeholders.
    expect(findings.filter((f) => f.code === 'placeholder').length).toBeGreaterThan(100);

    const zero = await gongwen(['check', '000.txt'], dir);
    expect(zero.stdout).toContain('半角逗号「,」应为全角「，」');
    expect(zero.stdout).toContain('半角冒号「:」应为全角「：」');
  });

  it('export FILE.txt reformats in one step; --punctuation makes the marks full-width', async () => {
    const dir = await withSeed('003_4e5eab6f0c303194.txt');
    // Seed 003 has no 存在的问题, which its template requires: blocking, so exported with --force.
    const run = await gongwen(['export', '003_4e5eab6f0c303194.txt', '-o', 'out.docx', '--punctuation', '--force'], dir);
    expect(run.code).toBe(0);
    const xml = readPackage(new Uint8Array(await readFile(join(dir, 'out.docx')))).part('word/document.xml');
    expect(xml).toContain('w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"');
    expect(xml).toContain('>一、');
    expect(xml).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/u);
    // A .docx reformats the same way (here: the one just written).
    expect((await gongwen(['export', 'out.docx', '-o', 'again.docx', '--force'], dir)).code).toBe(0);
    expect((await stat(join(dir, 'again.docx'))).size).toBeGreaterThan(5000);
  });

  it('export lists what check calls blocking and writes nothing; --force writes and still lists it', async () => {
    const dir = await withSeed('001_1546186363c61f01.txt');
    const refused = await gongwen(['export', '001_1546186363c61f01.txt', '-o', 'out.docx'], dir);
    expect(refused.code).toBe(1);
    await expect(stat(join(dir, 'out.docx'))).rejects.toThrow();
    expect(refused.stdout).toBe('');
    // Seed 001 masks 206 figures (counted by hand in tests/core/placeholder.test.ts) and skips （四）.
    expect(refused.stderr).toContain('还有 207 处必须修改（其中 206 处待填内容）');
    expect(refused.stderr).toContain('缺少「（四）」');
    expect(refused.stderr).toMatch(/必须修改 \[placeholder\] 第 \d+ 段「[^」]*」：「x+」还没有填写/);
    expect(refused.stderr).toContain('--force');
    // The same list as check's blocking findings, line for line.
    const checked = await gongwen(['check', '001_1546186363c61f01.txt'], dir);
    const blockingLines = (text: string) => text.split('\n').filter((line) => line.startsWith('  必须修改 '));
    expect(blockingLines(refused.stderr)).toEqual(blockingLines(checked.stdout));
    expect(blockingLines(refused.stderr)).toHaveLength(207);

    const forced = await gongwen(['export', '001_1546186363c61f01.txt', '-o', 'out.docx', '--force'], dir);
    expect(forced.code).toBe(0);
    expect((await stat(join(dir, 'out.docx'))).size).toBeGreaterThan(5000);
    expect(forced.stderr).toContain('注意：还有 207 处必须修改（其中 206 处待填内容）');
    expect(blockingLines(forced.stderr)).toEqual(blockingLines(checked.stdout));
  });

  it('export writes a report check passes without a word on stderr', async () => {
    const dir = await withSeed('002_b13487b31118fa9a.txt');
    expect((await gongwen(['check', '002_b13487b31118fa9a.txt'], dir)).code).toBe(0);
    const run = await gongwen(['export', '002_b13487b31118fa9a.txt', '-o', 'out.docx'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect((await stat(join(dir, 'out.docx'))).size).toBeGreaterThan(5000);
  });

  it('one-step export keeps the source’s headings: no section added, none renumbered; check reports the missing one', async () => {
    // Seed 000 has 一、工作完成情况 and 二、下半年工作打算; its template also requires 存在的问题.
    const dir = await withSeed('000_50acbe1f2b51726a.txt');
    const checked = await gongwen(['check', '000_50acbe1f2b51726a.txt', '--json'], dir);
    expect(checked.code).toBe(1);
    const findings = (JSON.parse(checked.stdout) as { findings: { code: string; severity: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.severity === 'blocking')).toEqual([expect.objectContaining({ code: 'missing-section', message: expect.stringContaining('存在的问题') })]);

    const refused = await gongwen(['export', '000_50acbe1f2b51726a.txt', '-o', 'out.docx'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('缺少必需章节「存在的问题」');
    await expect(stat(join(dir, 'out.docx'))).rejects.toThrow();

    expect((await gongwen(['export', '000_50acbe1f2b51726a.txt', '-o', 'out.docx', '--force'], dir)).code).toBe(0);
    const source = recognisedHeadings(await readFile(join(dir, '000_50acbe1f2b51726a.txt')));
    const exported = recognisedHeadings(await readFile(join(dir, 'out.docx')));
    expect(source.filter((h) => h.level === 1).map((h) => h.number + h.text)).toEqual(['一、工作完成情况', '二、下半年工作打算']);
    expect(exported.map((h) => `${h.level} ${h.text}`)).toEqual(source.map((h) => `${h.level} ${h.text}`));
    expect(exported.filter((h) => h.level === 1).map((h) => h.number + h.text)).toEqual(['一、工作完成情况', '二、下半年工作打算']);
  });

  it('refuses what it cannot import: one line in Chinese, exit 2, nothing written', async () => {
    const dir = await tempDir();
    const stored = new TextEncoder().encode('<w:document/>');
    const truncated = rawZip([{ name: 'word/document.xml', data: stored, method: 0, crc: crc32(stored), size: stored.length }]).slice(0, 40);
    const bombData = zerosDeflated(Math.ceil((1 << 30) / ZERO_UNIT_BYTES));
    const bomb = rawZip([{ name: 'word/document.xml', data: bombData, method: 8, crc: crc32(new Uint8Array(0)), size: 2048 }]);
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty.txt', new Uint8Array(), /文件是空的/],
      ['binary.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), /无法识别|二进制|不是/],
      ['old.doc', compoundFile(['WordDocument']), /另存为 \.docx/],
      ['locked.docx', compoundFile(['EncryptionInfo', 'EncryptedPackage']), /密码/],
      ['broken.docx', truncated, /损坏/],
      ['bomb.docx', bomb, /解压|损坏|恶意/],
    ];
    for (const [name, bytes, message] of cases) {
      await writeFile(join(dir, name), bytes);
      // check reads FILE the way export does; one case covers it.
      const commands = name === 'old.doc' ? [['import', name, '-o', 'x.gwdoc'], ['export', name, '-o', 'x.docx'], ['check', name]] : [['import', name, '-o', 'x.gwdoc'], ['export', name, '-o', 'x.docx']];
      for (const args of commands) {
        const run = await gongwen(args, dir);
        expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(2);
        expect(run.stderr.split('\n')[0]).toMatch(message);
        expect(run.stderr.split('\n')[0]).toContain(name);
      }
    }
    await expect(stat(join(dir, 'x.gwdoc'))).rejects.toThrow();
    await expect(stat(join(dir, 'x.docx'))).rejects.toThrow();
  });

  it('reads a 20 MB text file without hanging', async () => {
    const dir = await tempDir();
    const unit = await readFile(join(SEEDS, '002_b13487b31118fa9a.txt'), 'utf8');
    await writeFile(join(dir, 'big.txt'), unit.repeat(Math.ceil(20e6 / Buffer.byteLength(unit))));
    const run = await gongwen(['import', 'big.txt', '-o', 'big.gwdoc'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect((await stat(join(dir, 'big.gwdoc'))).size).toBeGreaterThan(15e6);
  });
});

describe('gongwen import of a .gwdoc: its kind comes from its bytes', { timeout: 60_000 }, () => {
  const GWDOC = fileURLToPath(new URL('../fixtures/seeds/000-xuancheng-half-year.gwdoc', import.meta.url));

  async function withGwdoc(): Promise<{ dir: string; text: string }> {
    const dir = await tempDir();
    const text = await readFile(GWDOC, 'utf8');
    await writeFile(join(dir, 'x.gwdoc'), text);
    return { dir, text };
  }

  it('loads a valid .gwdoc as the document: its outline, its -o copy', async () => {
    const { dir, text } = await withGwdoc();
    const parsed = parseGwdoc(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const headings = parsed.document.blocks.filter((b) => b.type === 'heading');
    const run = await gongwen(['import', 'x.gwdoc'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('一、工作完成情况\n');
    expect(run.stdout).toContain('  （一）系统谋划，加快促进科技成果转化。\n');
    expect(run.stdout).not.toContain('"format"');

    const json = await gongwen(['import', 'x.gwdoc', '--json'], dir);
    expect(json.code, json.stderr).toBe(0);
    const outline = JSON.parse(json.stdout) as ImportJson;
    expect(outline.title).toBe(blockText(parsed.document.blocks[0]!));
    expect(outline.blocks.filter((b) => b.kind === 'heading').length).toBe(headings.length);

    const copy = await gongwen(['import', 'x.gwdoc', '-o', 'copy.gwdoc'], dir);
    expect(copy.code, copy.stderr).toBe(0);
    expect(parseGwdoc(await readFile(join(dir, 'copy.gwdoc'), 'utf8'))).toEqual(parsed);
  });

  it('knows JSON naming gongwen/1 under any name', async () => {
    const { dir, text } = await withGwdoc();
    await writeFile(join(dir, 'report.txt'), text);
    const run = await gongwen(['import', 'report.txt'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('一、工作完成情况\n');
  });

  it('refuses a truncated, a future-version or an invalid .gwdoc with the message check gives (exit 2), in Chinese', async () => {
    const { dir, text } = await withGwdoc();
    // [name, content, not JSON at all]
    const cases: [string, string, boolean][] = [
      ['truncated.gwdoc', text.slice(0, 300), true],
      ['cut-early.gwdoc', text.slice(0, 5), true],
      ['empty.gwdoc', '', true],
      ['future.gwdoc', text.replace('"gongwen/1"', '"gongwen/2"'), false],
      ['invalid.gwdoc', text.replace('"heading"', '"chapter"'), false],
      // Truncated, under another name: its head still names gongwen/1.
      ['truncated.txt', text.slice(0, 300), true],
    ];
    for (const [name, content, broken] of cases) {
      await writeFile(join(dir, name), content);
      const imported = await gongwen(['import', name, '-o', 'x-out.gwdoc'], dir);
      const checked = await gongwen(['check', name], dir);
      expect(imported.code, `${name}: ${imported.stdout}`).toBe(2);
      expect(checked.code, name).toBe(2);
      expect(imported.stderr, name).toBe(checked.stderr);
      expect(imported.stderr.startsWith(`${name}: `), imported.stderr).toBe(true);
      // The JSON parser's English ("Unexpected end of JSON input") does not reach the user.
      if (broken) expect(imported.stderr.slice(name.length + 2).replace(/JSON|gongwen\/\d|UTF-8/gu, ''), name).not.toMatch(/[A-Za-z]{3,}/u);
    }
    await expect(stat(join(dir, 'x-out.gwdoc'))).rejects.toThrow();
  });
});
