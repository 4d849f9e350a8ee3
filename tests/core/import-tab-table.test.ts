import { describe, expect, it } from 'vitest';
import { importSource } from '../../core/import/import-source.ts';
import { textWithTables } from '../../core/import/tab-table.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';
import { blockText } from '../../core/model.ts';
import { cellTexts } from './table-shape.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('.txt: tab-separated rows', () => {
  it('become a table when two or more adjacent lines have the same columns, empty cells kept', () => {
    const read = textWithTables('表1 项目进度\n序号\t项目\t投资（万元）\n1\t科创园\t1,200.5\n2\t\t95%\n表后正文。');
    expect(read.map((p) => (p.table ? 'table' : p.text))).toEqual(['表1 项目进度', 'table', '表后正文。']);
    expect(cellTexts(read[1]!.table)).toEqual([
      ['序号', '项目', '投资（万元）'],
      ['1', '科创园', '1,200.5'],
      ['2', '', '95%'],
    ]);
  });

  it('stay lines where tabs are not columns: indents, label+tab headings, a 附件说明, prose, one line, uneven rows', () => {
    const texts = [
      '\t\t今年以来，我局扎实推进各项工作。\n\t\t下半年将继续努力。',
      '一、\t总体情况\n二、\t存在问题',
      '（一）\t加强领导\n（二）\t强化保障',
      '附件：1.\t项目清单\n2.\t情况说明',
      '项目推进顺利\t完成投资12亿元。\n下半年\t继续推进。',
      '序号\t项目',
      '甲\t乙\n甲\t乙\t丙',
      '宣城市科技局\t\t2023年7月10日',
    ];
    for (const text of texts) expect(textWithTables(text), text).toEqual(textToParagraphs(text));
  });

  it('a row starting with a heading label keeps its run lines (a heading typed with a tab is likelier)', () => {
    const text = '项目\t完成值\n一、研发投入\t12.5亿元';
    expect(textWithTables(text)).toEqual(textToParagraphs(text));
  });

  it('in an imported .txt report: the table in its section, its text read as content only', () => {
    const text = ['关于2023年科技工作的报告', '市政府：', '一、总体情况', '项目\t完成值', '研发投入\t一、12.5亿元', '2023年6月28日\t市政府：', '二、下步打算', '加快推进。', '宣城市科技局', '2023年7月10日'].join('\n');
    const { document } = importSource(utf8(text), { template: '' });
    expect(document.blocks.map((b) => (b.type === 'table' ? 'table' : `${b.type}:${blockText(b)}`))).toEqual([
      'title:关于2023年科技工作的报告',
      'addressee:市政府：',
      'heading:总体情况',
      'table',
      'heading:下步打算',
      'paragraph:加快推进。',
      'signature:宣城市科技局',
      'date:2023年7月10日',
    ]);
  });
});
