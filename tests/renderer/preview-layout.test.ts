import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { titleLines } from '../../core/print/title-lines.ts';
import { tableWidth } from '../../core/print/char-width.ts';
import { heading, textBlock, type Block, type DocumentMeta } from '../../core/model.ts';
import { parseGwdoc } from '../../core/gwdoc.ts';
import { findTemplate } from '../../core/templates.ts';
import { layoutDocument, type PreviewLine, type PreviewParagraph } from '../../renderer/preview/layout.ts';
import { breakCells, cellsOf } from '../../renderer/preview/line-break.ts';
import { paginate } from '../../renderer/preview/paginate.ts';

const text = (line: { ch: string }[]) => line.map((c) => c.ch).join('');
const blank: PreviewLine = { kind: 'blank' };
const para = (lines: number, keepNext = false): PreviewParagraph => ({ lines: Array.from({ length: lines }, () => blank), keepNext });

describe('breakCells', () => {
  it('fills 28 cells a line after a 2-cell first-line indent', () => {
    const lines = breakCells(cellsOf('字'.repeat(60), 'body'), 26);
    expect(lines.map((l) => l.length)).toEqual([26, 28, 6]);
  });

  it('counts half-width characters as half a cell', () => {
    const lines = breakCells(cellsOf('2'.repeat(60), 'body'), 28);
    expect(lines.map((l) => l.length)).toEqual([56, 4]);
  });

  it('never starts a line with closing punctuation: the previous character goes down with it', () => {
    const lines = breakCells(cellsOf('字'.repeat(28) + '”后', 'body'), 28);
    expect(lines.map(text)).toEqual(['字'.repeat(27), '字”后']);
  });

  it('hangs a full line\'s next 。，、 past the margin, as LibreOffice prints it (a ” or a 。” does not hang)', () => {
    for (const mark of ['。', '，', '、']) expect(breakCells(cellsOf('字'.repeat(28) + `${mark}后`, 'body'), 28).map(text)).toEqual([`${'字'.repeat(28)}${mark}`, '后']);
    expect(breakCells(cellsOf('字'.repeat(26) + '。后', 'body'), 26).map(text)).toEqual([`${'字'.repeat(26)}。`, '后']);
    expect(breakCells(cellsOf('字'.repeat(28) + '。”后', 'body'), 28).map(text)).toEqual(['字'.repeat(27), '字。”后']);
    expect(breakCells(cellsOf('字'.repeat(27) + '。后', 'body'), 28).map(text)).toEqual([`${'字'.repeat(27)}。`, '后']);
  });

  it('keeps a run of closing punctuation off the line start: ”） go down with the character before them', () => {
    const lines = breakCells(cellsOf('字'.repeat(26) + '总”）现场', 'body'), 28);
    expect(lines.map(text)).toEqual(['字'.repeat(26), '总”）现场']);
    // A ， there hangs instead (LibreOffice measured: 26 字, 总”， on the line, 现场 below).
    expect(breakCells(cellsOf('字'.repeat(26) + '总”，现场', 'body'), 28).map(text)).toEqual([`${'字'.repeat(26)}总”，`, '现场']);
  });

  it('does not break inside a Latin word or number', () => {
    const lines = breakCells(cellsOf('字'.repeat(27) + 'G60科创', 'body'), 28);
    expect(lines.map(text)).toEqual(['字'.repeat(27), 'G60科创']);
  });

  it('never ends a line with an opening bracket', () => {
    const lines = breakCells(cellsOf('字'.repeat(27) + '《书名》', 'body'), 28);
    expect(lines.map(text)).toEqual(['字'.repeat(27), '《书名》']);
  });
});

describe('paginate', () => {
  it('fills pages with exactly 22 lines, splitting paragraphs anywhere', () => {
    const pages = paginate([para(30), para(20)]);
    expect(pages.map((p) => p.lines.length)).toEqual([22, 22, 6]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('moves a standalone heading to the next page rather than leave it at the foot', () => {
    const pages = paginate([para(21), para(1, true), para(5)]);
    expect(pages.map((p) => p.lines.length)).toEqual([21, 6]);
  });

  it('keeps a chain of headings with the first line after them', () => {
    const pages = paginate([para(20), para(1, true), para(1, true), para(5)]);
    expect(pages.map((p) => p.lines.length)).toEqual([20, 7]);
  });

  it('flags a full page whose last row is a heading whose text goes on to the next page', () => {
    const heading = (lines: number): PreviewParagraph => ({ ...para(lines), heading: true });
    const pages = paginate([para(21), heading(1), para(5), para(17), heading(1), para(2)]);
    expect(pages.map((p) => p.lines.length)).toEqual([22, 22, 3]);
    expect(pages.map((p) => p.endsWithHeading)).toEqual([true, false, false]);
    // A heading in the middle of a page, or a body paragraph at the foot, is no warning.
    expect(paginate([para(10), heading(1), para(11), para(4)]).map((p) => p.endsWithHeading)).toEqual([false, false]);
  });

  it('does not flag the last page, which may end on anything', () => {
    expect(paginate([para(21), { ...para(1), heading: true }]).map((p) => p.endsWithHeading)).toEqual([false]);
  });
});

describe.each([
  // LibreOffice 25.2 renders the exported seeds on these many pages.
  ['002-key-points-2022', 10],
  ['004-annual-2022', 4],
])('layoutDocument on seed %s', (seed, printedPages) => {
  it('fills every page but the last with 22 rows, on as many pages as LibreOffice prints', async () => {
    const parsed = parseGwdoc(await readFile(`tests/fixtures/seeds/${seed}.gwdoc`, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const { blocks, meta } = parsed.document;
    const pages = paginate(layoutDocument(blocks, meta, findTemplate(meta.template)).paragraphs);
    expect(pages).toHaveLength(printedPages);
    for (const page of pages.slice(0, -1)) expect(page.lines.length).toBe(22);
  });
});

describe('layoutDocument on seed 000', () => {
  it('lays out the title on its exported lines and the body on full pages', async () => {
    const parsed = parseGwdoc(await readFile('tests/fixtures/seeds/000-xuancheng-half-year.gwdoc', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const { blocks, meta } = parsed.document;
    const { paragraphs } = layoutDocument(blocks, meta, findTemplate(meta.template));
    const pages = paginate(paragraphs);
    const title = blocks.find((b) => b.type === 'title')!;
    const expected = titleLines(title.children.map((c) => c.text).join(''), meta.organ);
    expect(pages[0]!.lines.slice(0, expected.length)).toEqual(expected.map((line) => ({ kind: 'title', text: line })));
    expect(pages[0]!.lines[expected.length]).toEqual({ kind: 'blank' });
    for (const page of pages.slice(0, -1)) expect(page.lines.length).toBeLessThanOrEqual(22);
    // LibreOffice 25.2 renders the exported seed 000 on 6 pages.
    expect(pages).toHaveLength(6);
  });
});

describe('layoutDocument: 附件说明', () => {
  it('sets 附件：1. two characters in after a blank line, the next number under it, wrapped lines under the name', () => {
    const blocks: Block[] = [
      textBlock('title', '工作总结'),
      textBlock('paragraph', '正文。'),
      textBlock('attachment', '项目清单'),
      textBlock('attachment', '2023年度科技创新专项资金使用情况明细表及绩效评价报告'),
      textBlock('signature', '某局'),
    ];
    const meta: DocumentMeta = { template: '', organ: '某局', year: 2023, period: '全年', date: '' };
    const lines = layoutDocument(blocks, meta, undefined).paragraphs.flatMap((p) => p.lines);
    const texts = lines.map((line) => (line.kind === 'text' ? line.cells.map((c) => c.ch).join('') : line.kind));
    const first = texts.indexOf('附件：1.项目清单');
    expect(texts[first - 1]).toBe('blank');
    expect(texts[first - 2]).toBe('正文。');
    const [one, two, wrapped] = lines.slice(first, first + 3) as Extract<PreviewLine, { kind: 'text' }>[];
    expect(one!.indentStart).toBe(2);
    const nameStart = 2 + tableWidth('附件：1.');
    expect(two!.indentStart).toBeCloseTo(2 + tableWidth('附件：'), 6);
    expect(texts[first + 1]!.startsWith('2.2023年度')).toBe(true);
    expect(wrapped!.indentStart).toBeCloseTo(nameStart, 6);
    expect(texts[first + 1]! + texts[first + 2]).toBe('2.2023年度科技创新专项资金使用情况明细表及绩效评价报告');
  });
});

describe('re-laying out after an edit', () => {
  const meta: DocumentMeta = { template: 'half-year', organ: '某局', year: 2024, period: '上半年', date: '2024年7月1日' };
  const template = findTemplate('half-year');
  const heading = (level: 1 | 2, text: string): Block => ({ type: 'heading', level, children: [{ text }] });
  const blocks: Block[] = [
    textBlock('title', '某局2024年上半年工作总结'),
    heading(1, '工作完成情况'),
    textBlock('paragraph', '甲'.repeat(40)),
    heading(1, '存在的问题'),
    textBlock('paragraph', '乙'.repeat(40)),
  ];
  const fresh = (bs: readonly Block[]) => JSON.parse(JSON.stringify(bs)) as Block[];
  const rows = (bs: readonly Block[]) => layoutDocument(bs, meta, template).paragraphs.map((p) => p.lines);

  it('reuses the lines of unchanged blocks and gives what a fresh layout gives', () => {
    const first = rows(blocks);
    const edited = blocks.slice();
    edited[4] = textBlock('paragraph', '乙'.repeat(50));
    const again = rows(edited);
    // Paragraphs: title, blank, 一、, 甲…, 二、, 乙…; 甲… and the headings are unchanged: the same lines.
    expect(again[3]).toBe(first[3]);
    expect(again[2]).toBe(first[2]);
    expect(again.at(-1)).not.toBe(first.at(-1));
    expect(again).toEqual(rows(fresh(edited)));
  });

  it('lays a heading out again when only its label changed', () => {
    const first = rows(blocks);
    const inserted = [...blocks.slice(0, 1), heading(1, '新增一节'), ...blocks.slice(1)];
    const again = rows(inserted);
    const textOf = (lines: PreviewLine[]) => lines.map((l) => (l.kind === 'text' ? text(l.cells) : '')).join('');
    expect(textOf(first[2]!)).toBe('一、工作完成情况');
    expect(again.map(textOf)).toContain('二、工作完成情况');
    expect(again).toEqual(rows(fresh(inserted)));
  });
});

describe('the PDF outline of the print view', () => {
  it('marks the first line of each level-1 and level-2 heading, and nothing else', () => {
    const blocks: Block[] = [
      textBlock('title', '某局2023年工作总结'),
      heading(1, '工作完成情况'),
      heading(2, '系统谋划，加快促进科技成果转化，全力推进各项工作取得实效，确保任务圆满完成'),
      heading(3, '三级标题'),
      heading(2, '增量提质。正文接在段首标题之后。', { runIn: true }),
      textBlock('paragraph', '正文。'),
    ];
    const meta: DocumentMeta = { template: '', organ: '某局', year: 2023, period: '全年', date: '' };
    const marked = layoutDocument(blocks, meta, undefined)
      .paragraphs.flatMap((p) => p.lines)
      .flatMap((line) => (line.kind === 'text' ? [{ text: line.cells.map((c) => c.ch).join(''), outline: line.outline }] : []));
    expect(marked.filter((l) => l.outline !== undefined).map((l) => [l.outline, l.text.slice(0, 6)])).toEqual([
      [1, '一、工作完成'],
      [2, '（一）系统谋'],
      [2, '（二）增量提'],
    ]);
    // The long heading's second line is no bookmark of its own.
    const long = marked.findIndex((l) => l.text.startsWith('（一）'));
    expect(marked[long + 1]!.text.startsWith('（一）')).toBe(false);
    expect(marked[long + 1]!.text.length).toBeGreaterThan(0);
    expect(marked[long + 1]!.outline).toBeUndefined();
  });
});
