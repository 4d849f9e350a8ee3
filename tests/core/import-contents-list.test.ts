import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseNumeral } from '../../core/chinese-numeral.ts';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';

const SECTIONS = ['工作完成情况', '存在的问题', '下一步工作打算', '保障措施'];
const SUBS = ['加强党建引领', '抓好安全生产', '推进项目建设', '优化营商环境'];
const TITLES = ['某县卫健委2022年度工作总结', '市林业局2023年上半年工作总结和下半年工作计划', '关于2023年工作情况的报告'];

/** An outline: per section, how many sub-headings it has. */
const outline = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 4 });

function headingLines(subs: readonly number[]): string[] {
  return subs.flatMap((n, i) => [`${chineseNumeral(i + 1)}、${SECTIONS[i]}`, ...SUBS.slice(0, n).map((s, k) => `（${chineseNumeral(k + 1)}）${s}`)]);
}

function recognised(text: string) {
  const r = recognise(textToParagraphs(text));
  return { title: r.title, headings: r.blocks.flatMap((b) => (b.kind === 'heading' ? [b.number + b.text] : [])) };
}

describe('a table of contents before the report', () => {
  it('is dropped: the title after it is found and each heading is read once', () => {
    fc.assert(
      fc.property(outline, fc.constantFrom(...TITLES), fc.boolean(), (subs, title, cut) => {
        const headings = headingLines(subs);
        fc.pre(headings.length >= 3);
        const body = headings.map((h) => `${h}\n这方面工作扎实推进，取得明显成效。`);
        // A stored page may stop after the first sections: the contents then outlast the text.
        const kept = cut ? body.slice(0, 2) : body;
        const got = recognised([...headings, title, '现将有关情况报告如下：', ...kept].join('\n'));
        expect(got.title).toBe(title);
        expect(got.headings).toEqual(cut ? headings.slice(0, 2) : headings);
      }),
    );
  });

  it('is not seen in headings that have text between them, nor in a list never repeated', () => {
    const outlineFirst = ['一、基本情况', '我局共有职工50人。', '二、主要做法', '抓实抓细各项工作。', '三、存在问题', '人手不足。'].join('\n');
    expect(recognised(outlineFirst).headings).toEqual(['一、基本情况', '二、主要做法', '三、存在问题']);
    const list = ['某局2023年工作要点', '1、抓党建', '2、抓业务', '3、抓安全', '以上工作，请认真落实。'].join('\n');
    expect(recognised(list).headings).toEqual(['1、抓党建', '2、抓业务', '3、抓安全']);
  });
});
