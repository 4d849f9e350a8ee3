import { describe, expect, it } from 'vitest';
import { labelTypedAt, matchTypedLabel } from '../../core/typed-label.ts';

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
    expect(matchTypedLabel(text)).toMatchObject({ level, length });
  });

  it.each([
    // Figures (the list): a number here is never a label.
    '1.5亿元的专项资金已全部到位。',
    '2.3%的增幅高于全省平均。',
    '1.2万',
    '2023.6',
    '3.5亿',
    '1．5',
    '２．３％',
    // Number lists, as the importer reads them.
    '1、2月份完成',
    '一、二季度',
    // A label with nothing after it yet: 1. may still become 1.5.
    '1.',
    '一、',
    '（一）',
    '①加强',
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

  it('a label is read by the importer\'s grammar: 1.设立 and 1. 设立 are labels, 1.5 is not', () => {
    expect(matchTypedLabel('1.设立科技专项')).toMatchObject({ level: 3, length: 2, end: 2, open: true });
    expect(matchTypedLabel('1. 设立科技专项')).toMatchObject({ level: 3, length: 3, end: 2 });
    expect(matchTypedLabel('（1）设立')).toMatchObject({ level: 4, length: 3, open: false });
    expect(matchTypedLabel('１．设立')).toMatchObject({ level: 3, length: 2 });
    expect(matchTypedLabel('一)设立')).toMatchObject({ level: 2, length: 2, open: false });
  });
});

/** Types `text` key by key into an empty paragraph; the label the first conversion takes, and where. */
function typeKeys(text: string, chunks = [...text]): { at: number; length: number } | null {
  let typed = '';
  for (const chunk of chunks) {
    const label = labelTypedAt(typed, chunk, '');
    typed += chunk;
    if (label) return { at: typed.length, length: label.length };
  }
  return null;
}

describe('labelTypedAt', () => {
  it.each(['1.5亿元的专项资金已全部到位。', '2.3%的增幅高于全省平均。', '1.2万', '2023.6', '3.5亿', '1．5', '12.5%', '1、2月份'])('typing %j key by key never makes a label', (text) => {
    expect(typeKeys(text)).toBeNull();
  });

  it.each([
    ['1.设立科技专项', 3, 2],
    ['1. 设立科技专项', 3, 3],
    ['（1）具体措施', 4, 3],
    ['（一）、加强', 5, 4],
    ['一、总体要求', 3, 2],
  ] as const)('typing %j key by key converts at the first key past the label', (text, at, length) => {
    expect(typeKeys(text)).toEqual({ at, length });
  });

  it('an IME commit of the label and its text at once converts at once; the label alone waits', () => {
    expect(typeKeys('一、科技', ['一、科技'])).toEqual({ at: 4, length: 2 });
    expect(typeKeys('一、科技', ['一、', '科技'])).toEqual({ at: 4, length: 2 });
  });

  it('before existing text, a closed label converts and an open one waits for the next key', () => {
    expect(labelTypedAt('（一', '）', '加强领导')).toMatchObject({ level: 2, length: 3 });
    expect(labelTypedAt('1', '.', '亿元')).toBeNull();
    expect(labelTypedAt('1.', '5', '亿元')).toBeNull();
    expect(labelTypedAt('1.', ' ', '设立')).toMatchObject({ level: 3, length: 3 });
  });

  it('typing further along a paragraph that starts with a label leaves it alone', () => {
    expect(labelTypedAt('1.设立', '科', '')).toBeNull();
    expect(labelTypedAt('一、', '总', '')).toMatchObject({ level: 1 });
  });
});
