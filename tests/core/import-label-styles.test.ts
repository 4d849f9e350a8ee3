import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';

const TOPICS = ['基本情况', '主要做法', '存在问题', '工作打算', '保障措施', '工作成效'];
const ITEMS = ['指标增长低于预期。', '项目进度滞后。', '资金到位不足。', '宣传力度不够。', '人员配备不齐。'];

function headingLevels(text: string): [string, number][] {
  return recognise(textToParagraphs(text)).blocks.flatMap((b) => (b.kind === 'heading' ? [[b.number, b.level] as [string, number]] : []));
}

describe('1、 and 1. in one document', () => {
  it('a 1. list starting under a 1、 heading is its children, however many of each', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('.', '．', ' .'), (children, dot) => {
        const lines = ['某局2023年工作总结', '2023年，我局认真履行职责，各项工作有序推进。'];
        const want: [string, number][] = [];
        children.forEach((count, i) => {
          lines.push(`${i + 1}、${TOPICS[i]}`);
          want.push([`${i + 1}、`, 1]);
          for (let k = 1; k <= count; k++) {
            lines.push(`${k}${dot}${ITEMS[k - 1]}具体情况如下，已经研究部署整改。`);
            want.push([`${k}${dot}`.trim(), 2]);
          }
        });
        expect(headingLevels(lines.join('\n'))).toEqual(want);
      }),
    );
  });

  it('a list that changes its mark midway (1、 2. 3、) stays one level', () => {
    const text = ['某局2023年工作总结', '一、主要工作', '1、抓好党建。', '2.抓好业务。', '3、抓好安全。', '二、下一步打算'].join('\n');
    expect(headingLevels(text)).toEqual([
      ['一、', 1],
      ['1、', 2],
      ['2.', 2],
      ['3、', 2],
      ['二、', 1],
    ]);
  });
});
