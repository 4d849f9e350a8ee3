import { describe, expect, it } from 'vitest';
import { FIELDS, fieldCorrect, scoreCorpus, type Outline } from '../bench/import-corpus/score.ts';
import { corpusScore } from '../bench/import-corpus.ts';

const expected: Outline = {
  title: '某局2023年上半年工作总结',
  addressee: '市政府：',
  signature: '某局',
  date: '2023年7月5日',
  headings: [
    { level: 1, number: '一、', text: '上半年工作完成情况' },
    { level: 2, number: '（一）', text: '抓项目促发展。' },
    { level: 2, number: '（二）', text: '抓改革增活力。' },
    { level: 1, number: '二、', text: '下半年工作打算' },
  ],
};

function withHeadings(headings: Outline['headings'], fields: Partial<Outline> = {}): Outline {
  return { ...expected, ...fields, headings };
}

describe('the import corpus scorer', () => {
  it('scores a perfect outline 1 everywhere', () => {
    const score = scoreCorpus([{ id: 'a', expected, got: expected }]);
    expect(score.headingMacroF1).toBe(1);
    expect(score.headingF1ByLevel).toEqual({ h1: 1, h2: 1 });
    for (const field of Object.values(score.fields)) expect(field).toEqual({ present: 1, found: 1, spurious: 0, rate: 1 });
  });

  it('counts a missed heading against recall at its level only', () => {
    const got = withHeadings(expected.headings.filter((h) => h.number !== '（二）'));
    const score = scoreCorpus([{ id: 'a', expected, got }]);
    // h2: 1 found of 2 expected, 1 recognised → F1 = 2·1/(2+1).
    expect(score.headingF1ByLevel).toEqual({ h1: 1, h2: 0.667 });
    expect(score.headingMacroF1).toBe(0.833);
    expect(score.worst[0]).toEqual({ id: 'a', headingF1: round((2 * 3) / (4 + 3)), wrongFields: [] });
  });

  it('counts a heading at the wrong level as missed at one level and spurious at the other', () => {
    const got = withHeadings(expected.headings.map((h) => (h.number === '二、' ? { ...h, level: 2 } : h)));
    const score = scoreCorpus([{ id: 'a', expected, got }]);
    // h1: 1 of 2 expected, 1 recognised; h2: 2 of 2 expected, 3 recognised.
    expect(score.headingF1ByLevel).toEqual({ h1: 0.667, h2: 0.8 });
    expect(score.headingMacroF1).toBe(0.733);
  });

  it('matches headings by their text, not their label or spacing', () => {
    const got = withHeadings(expected.headings.map((h) => ({ ...h, number: '', text: ` ${h.text.replace('。', '')} 正文继续` })));
    expect(scoreCorpus([{ id: 'a', expected, got }]).headingMacroF1).toBe(1);
  });

  it('reports fields found, missed and spurious', () => {
    const none: Outline = { title: null, addressee: null, signature: null, date: null, headings: [] };
    const score = scoreCorpus([
      { id: 'a', expected, got: { ...expected, date: null, signature: '某局办公室' } },
      { id: 'b', expected: none, got: { ...none, date: '2023年7月5日' } },
    ]);
    expect(score.fields.date).toEqual({ present: 1, found: 0, spurious: 1, rate: 0 });
    expect(score.fields.signature).toEqual({ present: 1, found: 0, spurious: 0, rate: 0.5 });
    expect(score.fields.title).toEqual({ present: 1, found: 1, spurious: 0, rate: 1 });
  });

  it('reads a title without the compilation site’s piece marks, and spacing in fields', () => {
    expect(fieldCorrect('title', '幼儿园下半年工作计划', '幼儿园下半年工作计划 篇1')).toBe(true);
    expect(fieldCorrect('title', '幼儿园下半年工作计划', '篇一：幼儿园下半年工作计划')).toBe(true);
    expect(fieldCorrect('title', '卫健局工作总结', '卫健局工作总结【3篇】')).toBe(true);
    expect(fieldCorrect('title', '某局工作总结', '某局工作计划')).toBe(false);
    expect(fieldCorrect('date', '2023年 7月5日', '2023年7月5日')).toBe(true);
    expect(fieldCorrect('addressee', '市政府:', '市政府：')).toBe(true);
  });
});

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

describe('the import corpus (tests/fixtures/import-corpus)', () => {
  it('meets issue 19’s targets: heading macro-F1 ≥ 0.95, every field found in ≥ 90 %, nothing spurious', () => {
    const score = corpusScore();
    expect(score.headingMacroF1).toBeGreaterThanOrEqual(0.95);
    for (const field of FIELDS) {
      expect(score.fields[field].rate, field).toBeGreaterThanOrEqual(0.9);
      expect(score.fields[field].spurious, field).toBe(0);
    }
  });
});
