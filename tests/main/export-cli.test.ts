import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../core/export-xml.ts';
import { gongwen, useTempDirs } from './helpers.ts';

const SEED = fileURLToPath(new URL('../fixtures/seeds/000-xuancheng-half-year.gwdoc', import.meta.url));
const tempDir = useTempDirs();

describe('gongwen export', { timeout: 30_000 }, () => {
  it('writes a .docx of the document', async () => {
    const dir = await tempDir();
    await copyFile(SEED, join(dir, 'seed.gwdoc'));
    const run = await gongwen(['export', 'seed.gwdoc', '-o', 'out.docx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('out.docx');
    const xml = readPackage(new Uint8Array(await readFile(join(dir, 'out.docx')))).part('word/document.xml');
    expect(xml).toContain('宣城市科技局2023年上半年工作总结和下半年工作打算'.slice(6));
    expect(xml).toContain('w:type="linesAndChars"');
    // No temp file is left beside it.
    expect(await readdir(dir)).toEqual(['out.docx', 'seed.gwdoc']);
  });

  it('exports a document without a title, and check names the missing title', async () => {
    const dir = await tempDir();
    // A .txt whose title the import does not find, and a .gwdoc whose title block is empty.
    await writeFile(join(dir, 'untitled.txt'), '一、工作完成情况\n今年以来，我局扎实推进各项工作。\n二、下半年工作打算\n继续推进。\n');
    const paragraph = (text: string) => ({ type: 'paragraph', children: [{ text }] });
    const gwdoc = { format: 'gongwen/1', meta: { template: '', organ: '某局', year: 2023, period: '全年', date: '' }, blocks: [{ type: 'title', children: [{ text: '' }] }, paragraph('正文一段。')] };
    await writeFile(join(dir, 'empty-title.gwdoc'), JSON.stringify(gwdoc));
    for (const [source, out, text] of [
      ['untitled.txt', 'a.docx', '今年以来，我局扎实推进各项工作。'],
      ['empty-title.gwdoc', 'b.docx', '正文一段。'],
    ] as const) {
      // The missing title blocks: without --force nothing is written, with it the file is.
      const refused = await gongwen(['export', source, '-o', out], dir);
      expect(refused.code, source).toBe(1);
      expect(refused.stderr).toMatch(/缺少标题/);
      const run = await gongwen(['export', source, '-o', out, '--force'], dir);
      expect(run.stderr).not.toMatch(/docx export|Error/);
      expect(run.code, source).toBe(0);
      const xml = readPackage(new Uint8Array(await readFile(join(dir, out)))).part('word/document.xml');
      expect(xml).toContain(`>${text}</w:t>`);
      expect(xml).not.toContain('w:val="Title"');
      const check = await gongwen(['check', source], dir);
      expect(check.code, source).toBe(1);
      expect(check.stdout).toMatch(/必须修改 \[missing-title\] 缺少标题/);
    }
  });

  it('chooses the font set with --fonts, and refuses one it does not know', async () => {
    const dir = await tempDir();
    await copyFile(SEED, join(dir, 'seed.gwdoc'));
    const fonts = async (out: string) => {
      const pkg = readPackage(new Uint8Array(await readFile(join(dir, out))));
      return [...pkg.part('word/fontTable.xml').matchAll(/<w:font w:name="([^"]+)"/g)].map((m) => m[1]).sort();
    };
    expect((await gongwen(['export', 'seed.gwdoc', '-o', 'windows.docx', '--fonts', 'windows'], dir)).code).toBe(0);
    expect(await fonts('windows.docx')).toEqual(['仿宋', '宋体', '楷体', '黑体']);
    expect((await gongwen(['export', 'seed.gwdoc', '-o', 'gb.docx'], dir)).code).toBe(0);
    expect(await fonts('gb.docx')).toEqual(expect.arrayContaining(['仿宋_GB2312', '楷体_GB2312', '方正小标宋简体']));
    const bad = await gongwen(['export', 'seed.gwdoc', '-o', 'x.docx', '--fonts', 'arial'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fonts 应为 gb2312、windows、founder 之一/);
  });

  it('writes the seal layout with --seal', async () => {
    const dir = await tempDir();
    await copyFile(SEED, join(dir, 'seed.gwdoc'));
    expect((await gongwen(['export', 'seed.gwdoc', '-o', 'out.docx', '--seal'], dir)).code).toBe(0);
    const xml = readPackage(new Uint8Array(await readFile(join(dir, 'out.docx')))).part('word/document.xml');
    // 右空四字: 4 × 315.86 twips
    expect(xml).toMatch(/<w:ind [^>]*w:right="1263"[^>]*\/><w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr>[^]*?2023年6月28日/);
  });

  it('does not export a fresh document (empty sections, no 成文日期) without --force, and says why', async () => {
    const dir = await tempDir();
    expect((await gongwen(['new', '--template', 'half-year', '--organ', '宣城市科技局', '--year', '2023', '-o', 'fresh.gwdoc'], dir)).code).toBe(0);
    const refused = await gongwen(['export', 'fresh.gwdoc', '-o', 'out.docx'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('没有导出：还有 4 处必须修改');
    expect(refused.stderr).toContain('必须修改 [empty-section]');
    expect(refused.stderr).toContain('必须修改 [date-missing]');
    expect(await readdir(dir)).toEqual(['fresh.gwdoc']);
    const forced = await gongwen(['export', 'fresh.gwdoc', '-o', 'out.docx', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('注意：还有 4 处必须修改');
    expect(await readdir(dir)).toEqual(['fresh.gwdoc', 'out.docx']);
  });

  it('refuses bad usage with exit 2', async () => {
    const dir = await tempDir();
    for (const args of [['export'], ['export', 'a.gwdoc'], ['export', 'a.docx', '-o', 'a.docx'], ['export', 'a.gwdoc', '-o', 'x.odt'], ['export', 'a.gwdoc', '-o', 'x.docx', '--bogus']]) {
      const run = await gongwen(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/gongwen/);
    }
  });

  it('reports an unreadable or invalid file with exit 2 and writes nothing', async () => {
    const dir = await tempDir();
    const missing = await gongwen(['export', 'missing.gwdoc', '-o', 'x.docx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.gwdoc');
    await writeFile(join(dir, 'bad.gwdoc'), '{"format":"gongwen/1"}');
    const bad = await gongwen(['export', 'bad.gwdoc', '-o', 'x.docx'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('文件内容无效');
    expect(await readdir(dir)).toEqual(['bad.gwdoc']);
  });

  it('fails with exit 1 and a message when the output cannot be written, leaving what is there', async () => {
    // (That a failed write keeps an old file is writeFileAtomic's own test, in files.test.ts.)
    const dir = await tempDir();
    await copyFile(SEED, join(dir, 'seed.gwdoc'));
    await mkdir(join(dir, 'taken.docx'));
    const run = await gongwen(['export', 'seed.gwdoc', '-o', 'taken.docx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('taken.docx');
    expect((await stat(join(dir, 'taken.docx'))).isDirectory()).toBe(true);
    const nowhere = await gongwen(['export', 'seed.gwdoc', '-o', 'no/such/folder/x.docx'], dir);
    expect(nowhere.code).toBe(1);
    expect(await readdir(dir)).toEqual(['seed.gwdoc', 'taken.docx']);
  });
});
