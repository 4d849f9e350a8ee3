import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGwdoc } from '../../core/gwdoc.ts';
import { blockText, type GongwenDocument } from '../../core/model.ts';
import { gongwen, useTempDirs } from './helpers.ts';

const SEED_000 = fileURLToPath(new URL('../fixtures/import/seeds/000_50acbe1f2b51726a.txt', import.meta.url));
const STRUCTURED = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const tempDir = useTempDirs();

async function withFiles(...files: string[]): Promise<string> {
  const dir = await tempDir();
  for (const file of files) await copyFile(file, join(dir, file.split('/').pop()!));
  return dir;
}

async function opened(path: string): Promise<GongwenDocument> {
  const parsed = parseGwdoc(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.document;
}

const H = '【\u3000】';

describe('gongwen rollforward', { timeout: 60_000 }, () => {
  it('rolls seed 000 (.txt) forward to the 2023 annual report and says what is left to fill', async () => {
    const dir = await withFiles(SEED_000);
    const run = await gongwen(['rollforward', '000_50acbe1f2b51726a.txt', '-o', '2023全年.gwdoc'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // One paragraph, Chinese then English, with the count to fill (41 figures of the first half, counted by hand).
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toContain('「宣城市科技局2023年工作总结和2024年工作计划」（年度工作总结和下一年度工作计划，2023年全年）');
    expect(run.stdout).toContain('沿用上期标题 9 个，上期原文作参考 10 段（不导出），还有 41 处待填');
    expect(run.stdout).toContain('(annual, 2023 full year): 9 headings carried, 10 reference notes (never exported), 41 placeholders to fill');
    const document = await opened(join(dir, '2023全年.gwdoc'));
    expect(document.meta).toEqual({ template: 'annual', organ: '宣城市科技局', year: 2023, period: '全年', date: '' });
    expect(document.blocks.filter((b) => b.type === 'heading' && b.section !== undefined).map(blockText)).toEqual(['2023年工作完成情况', '存在的问题', '2024年工作计划']);
    expect(document.blocks.some((b) => b.type === 'heading' && blockText(b) === '健全科技创新应用体系,释放创新“驱动力”。')).toBe(true);
    expect(document.blocks.some((b) => b.type === 'heading' && blockText(b).includes(`总投资达${H}亿元`))).toBe(true);
  });

  it('does not overwrite without --force (exit 1, the file kept), and does with it', async () => {
    const dir = await withFiles(SEED_000);
    await writeFile(join(dir, 'new.gwdoc'), 'mine');
    const refused = await gongwen(['rollforward', '000_50acbe1f2b51726a.txt', '-o', 'new.gwdoc'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('文件已存在，没有覆盖；要覆盖请加 --force');
    expect(refused.stdout).toBe('');
    expect(await readFile(join(dir, 'new.gwdoc'), 'utf8')).toBe('mine');
    const forced = await gongwen(['rollforward', '000_50acbe1f2b51726a.txt', '-o', 'new.gwdoc', '--force'], dir);
    expect(forced.code).toBe(0);
    expect((await opened(join(dir, 'new.gwdoc'))).meta.template).toBe('annual');
  });

  it('--year, --period, --plan-from-last and --placeholder x on a .gwdoc', async () => {
    const dir = await withFiles(join(STRUCTURED, '000-xuancheng-half-year.gwdoc'));
    const run = await gongwen(['rollforward', '000-xuancheng-half-year.gwdoc', '-o', 'h1.gwdoc', '--year', '2024', '--period', '上半年', '--plan-from-last', '--placeholder', 'x'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('（上半年工作总结和下半年工作打算，2024年上半年）');
    expect(run.stdout).toContain('沿用上期标题 8 个');
    expect(run.stdout).toContain('还有 0 处待填');
    const document = await opened(join(dir, 'h1.gwdoc'));
    expect(blockText(document.blocks[0]!)).toBe('宣城市科技局2024年上半年工作总结和下半年工作打算');
    const plan = document.blocks.findIndex((b) => b.type === 'heading' && b.section === 'plan');
    expect(document.blocks.slice(plan + 1, plan + 5).map(blockText)).toEqual([
      '健全科技创新应用体系，释放创新“驱动力”。',
      '健全科创企业培育体系，做强创新“主力军”。',
      '健全立体创新平台体系，锻造创新“大载体”。',
      '健全全域创新联动体系，筑牢创新“硬支撑”。',
    ]);
  });

  it('--placeholder x masks digit by digit: a range is two placeholders (41 figures, 4 of them ranges: 45)', async () => {
    const dir = await withFiles(SEED_000);
    const run = await gongwen(['rollforward', '000_50acbe1f2b51726a.txt', '-o', 'x.gwdoc', '--placeholder', 'x'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('还有 45 处待填');
    const document = await opened(join(dir, 'x.gwdoc'));
    expect(document.blocks.some((b) => b.type === 'heading' && blockText(b).includes('x-x月,全市对接产学研用合作项目xxx项,同比增长xx.x%'))).toBe(true);
  });

  it('--template annual on seed 004 (.gwdoc without a template)', async () => {
    const dir = await withFiles(join(STRUCTURED, '004-annual-2022.gwdoc'));
    const run = await gongwen(['rollforward', '004-annual-2022.gwdoc', '-o', '2023.gwdoc', '--template', 'annual'], dir);
    expect(run.code).toBe(0);
    const document = await opened(join(dir, '2023.gwdoc'));
    expect(blockText(document.blocks[0]!)).toBe('市科技局2023年工作总结及2024年工作计划');
  });

  it('takes a .docx: last period’s report exported to Word, then rolled forward', async () => {
    const dir = await withFiles(SEED_000);
    // Seed 000 has no 存在的问题 (blocking for export): written anyway, as the clerk did.
    expect((await gongwen(['export', '000_50acbe1f2b51726a.txt', '-o', 'last.docx', '--force'], dir)).code).toBe(0);
    const run = await gongwen(['rollforward', 'last.docx', '-o', 'new.gwdoc'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('还有 41 处待填');
    const document = await opened(join(dir, 'new.gwdoc'));
    expect(document.meta).toMatchObject({ template: 'annual', year: 2023, period: '全年' });
  });

  it('refuses what it cannot read or use with exit 2, and writes nothing', async () => {
    const dir = await withFiles(SEED_000);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'bad.gwdoc'), '{"format":"gongwen/1"}');
    const cases: [string[], string][] = [
      [['rollforward', 'missing.txt', '-o', 'out.gwdoc'], 'missing.txt'],
      [['rollforward', 'empty.txt', '-o', 'out.gwdoc'], 'empty.txt'],
      [['rollforward', 'bad.gwdoc', '-o', 'out.gwdoc'], '文件内容无效'],
      [['rollforward', '000_50acbe1f2b51726a.txt'], '用法 / usage: gongwen rollforward'],
      [['rollforward', '000_50acbe1f2b51726a.txt', '-o', 'out.docx'], '.gwdoc'],
      [['rollforward', '000_50acbe1f2b51726a.txt', '-o', 'out.gwdoc', '--period', '下半年'], '--period'],
      [['rollforward', '000_50acbe1f2b51726a.txt', '-o', 'out.gwdoc', '--year', '23'], '--year'],
      [['rollforward', '000_50acbe1f2b51726a.txt', '-o', 'out.gwdoc', '--template', 'annul'], '未知模板 / unknown template: annul'],
      [['rollforward', '000_50acbe1f2b51726a.txt', '-o', 'out.gwdoc', '--placeholder', '*'], '--placeholder'],
      [['rollforward', '000_50acbe1f2b51726a.txt', '-o', 'out.gwdoc', '--bogus'], 'bogus'],
    ];
    for (const [args, message] of cases) {
      const run = await gongwen(args, dir);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.stdout, args.join(' ')).toBe('');
    }
    await expect(stat(join(dir, 'out.gwdoc'))).rejects.toThrow();
  });

  it('is in --help', async () => {
    const run = await gongwen(['--help'], await tempDir());
    expect(run.stdout).toContain('gongwen rollforward LAST.gwdoc|LAST.docx|LAST.txt -o NEW.gwdoc');
    expect(run.stdout).toContain('由上期报告新建');
  });
});
