import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT } from '../../core/gwdoc.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import { gongwen, useTempDirs } from './helpers.ts';

const tempDir = useTempDirs();

const NEW = ['new', '--template', 'half-year', '--organ', '宣城市科技局', '--year', '2023', '-o', 'a.gwdoc'];

describe('gongwen (the command line, spawned as a user runs it)', { timeout: 30_000 }, () => {
  it('lists the templates by id and name', async () => {
    const run = await gongwen(['templates'], await tempDir());
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(run.stdout).toContain('上半年工作总结和下半年工作打算');
  });

  it('prints help with exit 0', async () => {
    const run = await gongwen(['--help'], await tempDir());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/gongwen check FILE\.gwdoc\|FILE\.docx\|FILE\.txt/);
    expect(run.stdout).toMatch(/gongwen import FILE\.docx\|FILE\.txt/);
  });

  it('creates a document, and a fresh one fails the check only for its empty sections', async () => {
    const dir = await tempDir();
    const created = await gongwen(NEW, dir);
    expect(created.code).toBe(0);
    const saved = JSON.parse(await readFile(join(dir, 'a.gwdoc'), 'utf8'));
    expect(saved.format).toBe(FORMAT);
    expect(saved.meta).toMatchObject({ template: 'half-year', organ: '宣城市科技局', year: 2023, period: '上半年' });
    expect(saved.blocks[0]).toEqual({ type: 'title', children: [{ text: '宣城市科技局2023年上半年工作总结和下半年工作打算' }] });

    const checked = await gongwen(['check', 'a.gwdoc', '--json'], dir);
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout) as { file: string; blocking: boolean; findings: { code: string; block: number; severity: string }[] };
    expect(report.file).toBe('a.gwdoc');
    expect(report.blocking).toBe(true);
    // The three required sections are empty, and the 成文日期 line is not filled in yet.
    expect(report.findings.map((p) => [p.code, p.block, p.severity])).toEqual([
      ['empty-section', 2, 'blocking'],
      ['empty-section', 4, 'blocking'],
      ['empty-section', 6, 'blocking'],
      ['date-missing', 9, 'blocking'],
    ]);

    const human = await gongwen(['check', 'a.gwdoc'], dir);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('4 处必须修改，0 处建议检查');
    expect(human.stdout).toContain('  必须修改 [empty-section] 第 3 段：必需章节「工作完成情况」还没有内容');
  });

  it('passes a document whose sections have content', async () => {
    const dir = await tempDir();
    expect((await gongwen(NEW, dir)).code).toBe(0);
    const document = JSON.parse(await readFile(join(dir, 'a.gwdoc'), 'utf8')) as { blocks: { type: string; children: { text: string }[] }[] };
    for (const block of document.blocks) if (block.type === 'paragraph' && !block.children[0]!.text) block.children[0]!.text = '全面完成各项任务。';
    document.blocks.find((block) => block.type === 'date')!.children[0]!.text = '2023年6月28日';
    await writeFile(join(dir, 'a.gwdoc'), JSON.stringify(document));
    const run = await gongwen(['check', 'a.gwdoc'], dir);
    expect(run.stdout).toContain('没有发现问题');
    expect(run.code).toBe(0);
  });

  it('reports a level jump and a missing section in a hand-made file', async () => {
    const dir = await tempDir();
    const text = (t: string) => [{ text: t }];
    await writeFile(
      join(dir, 'hand.gwdoc'),
      JSON.stringify({
        format: FORMAT,
        meta: { template: 'half-year', organ: '宣城市科技局', year: 2023, period: '上半年', date: '' },
        blocks: [
          { type: 'title', children: text('宣城市科技局2023年上半年工作总结和下半年工作打算') },
          { type: 'heading', level: 1, section: 'done', children: text('工作完成情况') },
          { type: 'heading', level: 3, children: text('科技项目') },
          { type: 'paragraph', children: text('争取省级项目12项。') },
          { type: 'heading', level: 1, section: 'problems', children: text('存在的问题') },
          { type: 'paragraph', children: text('创新投入不足。') },
        ],
      }),
    );
    const run = await gongwen(['check', 'hand.gwdoc', '--json'], dir);
    expect(run.code).toBe(1);
    const { findings: problems } = JSON.parse(run.stdout) as { findings: { code: string; block?: number; message: string }[] };
    expect(problems.map((p) => p.code).sort()).toEqual(['level-jump', 'missing-section']);
    expect(problems.find((p) => p.code === 'level-jump')!.block).toBe(2);
    expect(problems.find((p) => p.code === 'missing-section')!.message).toContain('下半年工作打算');
  });

  it('exits 2 with the parse error for a file that is not JSON', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'broken.gwdoc'), '{"format": "gongwen/1", ');
    const run = await gongwen(['check', 'broken.gwdoc'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^broken\.gwdoc: 文件不是有效的 JSON/);
  });

  it('exits 2 for a missing file and for a file of the wrong shape', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'shape.gwdoc'), JSON.stringify({ format: FORMAT, meta: {}, blocks: [] }));
    const missing = await gongwen(['check', 'nope.gwdoc'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('不存在');
    const shape = await gongwen(['check', 'shape.gwdoc'], dir);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain('文件内容无效');
  });

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.gwdoc'), 'mine');
    const refused = await gongwen(NEW, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(await readFile(join(dir, 'a.gwdoc'), 'utf8')).toBe('mine');
    const forced = await gongwen([...NEW, '--force'], dir);
    expect(forced.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'a.gwdoc'), 'utf8')).format).toBe(FORMAT);
  });

  it('rejects bad usage with exit 2 and writes nothing', async () => {
    const dir = await tempDir();
    const cases = [
      ['new', '--template', 'nope', '--organ', 'x', '--year', '2023', '-o', 'x.gwdoc'],
      ['new', '--template', 'half-year', '--organ', 'x', '--year', '23', '-o', 'x.gwdoc'],
      ['new', '--template', 'half-year', '--organ', 'x', '--year', '2023', '--period', '第三季度', '-o', 'x.gwdoc'],
      ['new', '--template', 'half-year', '--year', '2023', '-o', 'x.gwdoc'],
      ['check'],
      ['frobnicate'],
      ['templates', '--bogus'],
    ];
    const runs = await Promise.all(cases.map((args) => gongwen(args, dir)));
    runs.forEach((run, i) => {
      expect(run.code, cases[i]!.join(' ')).toBe(2);
      expect(run.stderr, cases[i]!.join(' ')).toContain('gongwen');
    });
    await expect(readFile(join(dir, 'x.gwdoc'))).rejects.toThrow();
  });
});
