import { describe, expect, it } from 'vitest';
import { matchTypedLabel } from '../../core/typed-label.ts';

describe('matchTypedLabel', () => {
  // [text, level, length of the label with its spaces]
  it.each([
    ['一、总体思路', 1, 2],
    ['一.总体思路', 1, 2],
    ['一．总体思路', 1, 2],
    ['十二、其他', 1, 3],
    ['  三 、 存在的问题', 1, 6],
    ['（一）加强研发', 2, 3],
    ['(一)加强研发', 2, 3],
    ['(一)、加强研发', 2, 4],
    ['（ 十一 ） 加强研发', 2, 7],
    ['(十)．加强研发', 2, 4],
    ['1.加大投入', 3, 2],
    ['1、加大投入', 3, 2],
    ['1．加大投入', 3, 2],
    ['1 . 加大投入', 3, 4],
    ['19.加大投入', 3, 3],
    ['（1）具体措施', 4, 3],
    ['(1)具体措施', 4, 3],
    ['( 12 ) 具体措施', 4, 7],
    ['（2）、具体措施', 4, 4],
  ] as const)('%j is a level-%i label of length %i', (text, level, length) => {
    expect(matchTypedLabel(text)).toEqual({ level, length });
  });

  it.each([
    '1.5亿元',
    '1．5亿元',
    '2023年全市科技工作',
    '2023.',
    '一是加强领导',
    '十大工程',
    '一季度',
    '总体思路',
    '',
    '第一、',
    '（一',
    '1',
    '1,000万元',
    // A comma after a numeral is punctuation in the editor (二，是措施); imports read 一， themselves.
    '一，总体思路',
    '二，是措施',
  ])('%j is not a label', (text) => {
    expect(matchTypedLabel(text)).toBeNull();
  });

  it('the length cuts exactly the label off', () => {
    const text = '（三） 推进成果转化';
    const m = matchTypedLabel(text)!;
    expect(text.slice(m.length)).toBe('推进成果转化');
  });
});
