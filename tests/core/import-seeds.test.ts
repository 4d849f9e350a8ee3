import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../core/import/decode-text.ts';
import { recognise } from '../../core/import/recognise.ts';
import type { Recognised, RecognisedBlock } from '../../core/import/recognised.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';

/**
 * The five seeds against outlines written by hand (tests/fixtures/import/expected/00N.json):
 * title, addressee, signature and date exactly; each block's kind, level, number and runIn
 * exactly, heading sentences exactly, paragraph texts and run-in bodies by their beginning.
 */

interface ExpectedBlock {
  kind: 'heading' | 'paragraph';
  level?: number;
  number?: string;
  text: string;
  runIn?: boolean;
  body?: string;
}

interface Expected {
  source: string;
  title: string | null;
  addressee: string | null;
  signature: string | null;
  date: string | null;
  blocks: ExpectedBlock[];
  numberingProblems: { code: string; found: string; expected: string; mentions?: string }[];
}

const fixtures = new URL('../fixtures/import/', import.meta.url);

function load(n: string): { expected: Expected; recognised: Recognised } {
  const expected = JSON.parse(readFileSync(fileURLToPath(new URL(`expected/${n}.json`, fixtures)), 'utf8')) as Expected;
  const bytes = readFileSync(fileURLToPath(new URL(`seeds/${expected.source}`, fixtures)));
  return { expected, recognised: recognise(textToParagraphs(decodeText(bytes))) };
}

function describeBlock(block: RecognisedBlock | undefined): string {
  if (!block) return '(none)';
  return block.kind === 'heading' ? `H${block.level} ${block.number} ${block.text.slice(0, 20)}` : `P ${block.text.slice(0, 20)}`;
}

describe.each(['000', '001', '002', '003', '004'])('seed %s', (n) => {
  const { expected, recognised } = load(n);

  it('finds the title, addressee, signature and date', () => {
    expect({ title: recognised.title, addressee: recognised.addressee, signature: recognised.signature, date: recognised.date }).toEqual({
      title: expected.title,
      addressee: expected.addressee,
      signature: expected.signature,
      date: expected.date,
    });
  });

  it('recognises the outline block by block', () => {
    for (const [i, want] of expected.blocks.entries()) {
      const got = recognised.blocks[i];
      const where = `block ${i}: expected ${want.kind} ${want.number ?? ''} ${want.text.slice(0, 20)}, got ${describeBlock(got)}`;
      expect(got?.kind, where).toBe(want.kind);
      if (got?.kind === 'heading') {
        expect(got.level, where).toBe(want.level);
        expect(got.number, where).toBe(want.number);
        expect(got.text, where).toBe(want.text);
        expect(got.runIn, where).toBe(want.runIn);
        if (want.runIn) expect(got.body.startsWith(want.body!), `${where}: body ${got.body.slice(0, 30)}`).toBe(true);
        else expect(got.body, where).toBe('');
      } else if (got?.kind === 'paragraph') {
        expect(got.text.startsWith(want.text), `${where}: ${got.text.slice(0, 40)}`).toBe(true);
      }
    }
    expect(recognised.blocks.length).toBe(expected.blocks.length);
  });

  it('reports the numbering problems of the source', () => {
    expect(recognised.numberingProblems.map(({ code, found, expected: e }) => ({ code, found, expected: e }))).toEqual(
      expected.numberingProblems.map(({ code, found, expected: e }) => ({ code, found, expected: e })),
    );
    for (const [i, want] of expected.numberingProblems.entries()) {
      if (want.mentions) expect(recognised.numberingProblems[i]!.message).toContain(want.mentions);
      expect(recognised.blocks[recognised.numberingProblems[i]!.block]).toMatchObject({ kind: 'heading', number: want.found });
    }
  });

  it('keeps no furniture in the text, and every 一是 inside its paragraph', () => {
    const all = recognised.blocks.map((b) => (b.kind === 'heading' ? b.number + b.text + b.body : b.text)).join('\n');
    for (const furniture of ['您现在所在的位置', '索引号', '发布机构', '浏览次数', '字号', '当前位置', '免责声明', '链接地址', '下载后可任意编辑', '由会员分享', '配套讲稿', '文件下载', '.docx', '.doc']) {
      expect(all).not.toContain(furniture);
    }
    for (const block of recognised.blocks) if (block.kind === 'heading') expect(block.text.startsWith('一是')).toBe(false);
  });
});

describe('seed specifics', () => {
  it('000: drops the navigation, both copies of the metadata and the 发布时间 line', () => {
    const { recognised } = load('000');
    expect(recognised.dropped).toContain('您现在所在的位置: 网站首页> 市科技局> 规划计划');
    expect(recognised.dropped.filter((d) => d.startsWith('索引号'))).toHaveLength(2);
    expect(recognised.dropped.some((d) => d.startsWith('发布时间'))).toBe(true);
  });

  it('001: the page header repeated mid-text and the footer are dropped', () => {
    const { recognised } = load('001');
    expect(recognised.dropped.filter((d) => d === '市科技局关于报送工作总结及工作计划的报告').length).toBeGreaterThanOrEqual(2);
    expect(recognised.dropped.some((d) => d.startsWith('链接地址'))).toBe(true);
    expect(recognised.dropped).toContain('荟聚奇文、博采众长、见贤思齐');
    const problem = recognised.numberingProblems[0]!;
    expect(problem.message).toBe('「（三）」之后是「（五）」，缺少「（四）」');
  });

  it('002: the site title before the document title and the links after the end are dropped', () => {
    const { recognised } = load('002');
    expect(recognised.dropped).toContain('2022年市科技工作要点');
    expect(recognised.dropped).toContain('文件下载');
    const last = recognised.blocks[recognised.blocks.length - 1]!;
    expect(last.kind === 'heading' && last.body.endsWith('关工委、工会等各项工作。')).toBe(true);
  });

  it('004: page markers 1、…7、 are dropped and the text joined across pages', () => {
    const { recognised } = load('004');
    expect(recognised.dropped.filter((d) => /^\d、$/u.test(d))).toEqual(['1、', '2、', '3、', '4、', '5、', '6、', '7、']);
    const opening = recognised.blocks[0]!;
    expect(opening.kind === 'paragraph' && opening.text).toContain('上级科技部门的大力支持下');
    const first = recognised.blocks[3]!;
    // Page 2 starts with ,整合科创资源: joined to page 1's …统筹协调力度.
    expect(first.kind === 'heading' && first.body).toContain('切实强化统筹协调力度,整合科创资源,构建横向到边');
    const last = recognised.blocks[recognised.blocks.length - 1]!;
    expect(last.kind === 'heading' && last.body.endsWith('成功签约科技项目10个')).toBe(true);
  });
});
