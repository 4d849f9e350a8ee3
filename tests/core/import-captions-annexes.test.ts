import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/import/docx-reader.ts';
import { recognise } from '../../core/import/recognise.ts';
import type { Recognised } from '../../core/import/recognised.ts';
import type { SourceParagraph } from '../../core/import/source.ts';
import { toDocument } from '../../core/import/to-document.ts';
import { blockText, type TableBlock } from '../../core/model.ts';
import { docxOf, para } from './import-docx-build.ts';
import { cellMarks, headerRows } from './table-shape.ts';

const TABLE: TableBlock = { type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [{ type: 'cell-paragraph', children: [{ text: '一、甲' }] }] }] }] };
const table = (): SourceParagraph => ({ text: '一、甲', table: TABLE });
const lines = (...texts: (string | SourceParagraph)[]): SourceParagraph[] => texts.map((t) => (typeof t === 'string' ? { text: t } : t));

function kinds(recognised: Recognised): string[] {
  return [...recognised.blocks, ...(recognised.annexes ?? [])].map((b) => (b.kind === 'table' ? 'table' : b.kind === 'heading' ? `heading${b.level}:${b.text}` : `${b.kind}:${b.text}`));
}

const HEAD = ['关于2023年科技工作的报告', '市政府：'];
const END = ['宣城市科技局', '2023年7月10日'];

describe('表题: the line right before a table', () => {
  it('is a caption when it names a table (表1 …, …情况表, …一览表 with a unit) or is centred', () => {
    const source = lines(...HEAD, '一、总体情况', '表1 重点项目', table(), '正文。', '2023年项目进展情况表', table(), '经费一览表（单位：万元）', table(), { text: '主要指标', hint: { alignment: 'center' } }, table(), ...END);
    expect(kinds(recognise(source))).toEqual(['heading1:总体情况', 'caption:表1 重点项目', 'table', 'paragraph:正文。', 'caption:2023年项目进展情况表', 'table', 'caption:经费一览表（单位：万元）', 'table', 'caption:主要指标', 'table']);
  });

  it('stays a heading or a paragraph otherwise: a label, an outline level, a sentence, no table after it', () => {
    const source = lines(
      ...HEAD,
      '一、项目情况表',
      table(),
      { text: '重点项目表', hint: { outlineLevel: 1 } },
      table(),
      '具体情况见下表。',
      table(),
      '项目一览表',
      '正文。',
      '主要指标',
      table(),
      ...END,
    );
    expect(kinds(recognise(source))).toEqual(['heading1:项目情况表', 'table', 'heading2:重点项目表', 'table', 'paragraph:具体情况见下表。', 'table', 'paragraph:项目一览表', 'paragraph:正文。', 'paragraph:主要指标', 'table']);
  });
});

describe('a table among the report’s parts', () => {
  it('ends the search for the addressee, and before the title is listed as dropped like a letterhead', () => {
    const after = recognise(lines('关于2023年科技工作的报告', table(), '市政府：', '正文。', ...END));
    expect([after.addressee, kinds(after)]).toEqual([null, ['table', 'paragraph:市政府：', 'paragraph:正文。']]);
    const before = recognise(lines(table(), '关于2023年科技工作的报告', '正文。', ...END));
    expect([before.title, before.dropped, kinds(before)]).toEqual(['关于2023年科技工作的报告', ['一、甲'], ['paragraph:正文。']]);
  });
});

describe('附件 after the 成文日期', () => {
  it('starts at 附件 / 附件2： with a title after it, and holds what follows up to the next', () => {
    const source = lines(...HEAD, '一、总体情况', '正文。', '附件：1.项目清单', '2.情况说明', ...END, '附件', '项目清单', '2023年12月31日前完成。', '表1 项目', table(), '附件2：', '情况说明', '一、基本情况', '（一）进度');
    const recognised = recognise(source);
    expect(recognised.date).toBe('2023年7月10日');
    expect(recognised.signature).toBe('宣城市科技局');
    expect(kinds(recognised)).toEqual([
      'heading1:总体情况',
      'paragraph:正文。',
      'paragraph:附件：1.项目清单',
      'paragraph:2.情况说明',
      'annex:项目清单',
      'paragraph:2023年12月31日前完成。',
      'caption:表1 项目',
      'table',
      'annex:情况说明',
      'paragraph:一、基本情况',
      'paragraph:（一）进度',
    ]);
  });

  it('is not read where no date stands before it, nor from a 附件： followed by numbered names', () => {
    const undated = recognise(lines(...HEAD, '一、总体情况', '正文。', '附件1', '项目清单'));
    expect(undated.annexes).toEqual([]);
    const note = recognise(lines(...HEAD, '正文。', ...END, '附件：', '1.项目清单'));
    expect(note.annexes).toEqual([]);
  });

  it('keeps the attachments last when the template’s missing sections are added', () => {
    const source = lines('宣城市科技局2023年上半年工作总结和下半年工作打算', '一、上半年工作完成情况', '正文。', ...END, '附件', '项目清单', '清单内容。');
    const blocks = toDocument(recognise(source)).blocks.map((b) => `${b.type}:${blockText(b)}`);
    expect(blocks.slice(1)).toEqual(['heading:上半年工作完成情况', 'paragraph:正文。', 'heading:存在的问题', 'heading:下半年工作打算', 'signature:宣城市科技局', 'date:2023年7月10日', 'annex:项目清单', 'paragraph:清单内容。']);
  });

  it('reads a 版记 after the last attachment, as after a date', () => {
    const recognised = recognise(lines(...HEAD, '正文。', ...END, '附件', '项目清单', '清单内容。', '抄送：市发改委，市财政局。', '宣城市科技局办公室 2023年7月10日印发'));
    expect(kinds(recognised)).toEqual(['paragraph:正文。', 'annex:项目清单', 'paragraph:清单内容。']);
    expect(recognised.colophon).toEqual({ copyTo: ['市发改委', '市财政局'], printer: '宣城市科技局办公室', printDate: '2023年7月10日' });
    expect(recognised.dropped).toEqual([]);
  });
});

describe('Word table XML in general', () => {
  const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${para(text)}</w:tc>`;
  const read = (xml: string) => readDocx(docxOf(xml))[0]!.table;

  it('marks header rows only as the leading run of w:tblHeader rows', () => {
    const header = '<w:trPr><w:tblHeader/></w:trPr>';
    const t = read(`<w:tbl><w:tr>${header}${tc('甲')}</w:tr><w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>${tc('乙')}</w:tr><w:tr>${tc('丙')}</w:tr><w:tr>${header}${tc('丁')}</w:tr><w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr>${tc('戊')}</w:tr></w:tbl>`);
    expect(headerRows(t)).toEqual([0, 1]);
  });

  it('gives every row the grid’s width: w:gridBefore and a short row get empty cells, nothing is dropped', () => {
    const grid = '<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>';
    const t = read(`<w:tbl>${grid}<w:tr>${tc('1')}${tc('2')}${tc('3')}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('右')}</w:tr><w:tr>${tc('左')}</w:tr></w:tbl>`);
    expect(cellMarks(t)).toEqual([['1', '2', '3'], ['', '右', ''], ['左', '|2']]);
  });

  it('reads the legacy w:hMerge as a span, and a w:vMerge continue under no merged cell as a cell of its own', () => {
    const t = read(`<w:tbl><w:tr>${tc('合并', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}${tc('单独', '<w:vMerge/>')}</w:tr><w:tr>${tc('a')}${tc('b')}${tc('c', '<w:vMerge w:val="continue"/>')}</w:tr></w:tbl>`);
    expect(cellMarks(t)).toEqual([['合并|2', '单独'], ['a', 'b', 'c']]);
  });

  it('reads a table wider than the model holds (64 grid columns) as its rows’ text, nothing lost', () => {
    const cells = Array.from({ length: 64 }, (_, i) => tc(String(i + 1))).join('');
    const read = readDocx(docxOf(`<w:tbl><w:tr>${cells}</w:tr><w:tr>${tc('尾')}</w:tr></w:tbl>`));
    expect(read.map((p) => [p.text, p.table, p.hint])).toEqual([
      [Array.from({ length: 64 }, (_, i) => String(i + 1)).join('\t'), undefined, { tableRow: true }],
      // The short row's padding is one empty cell spanning the rest.
      ['尾\t', undefined, { tableRow: true }],
    ]);
  });
});
