import { describe, expect, it } from 'vitest';
import { CLEAN, report, edited, check, brief } from './report.ts';

describe('checkSubmission: 一是/二是 sequences', () => {
  it('a gap, a repeat and a step back', () => {
    const gap = check(edited({ 5: 'P:一是加强培育。三是优化服务。' }));
    expect(brief(gap)).toEqual([{ code: 'enumeration', severity: 'warning', block: 5, start: 7, end: 9 }]);
    expect(gap[0]!.message).toBe('第 6 段「一是加强培育。三是优化服务。」：「三是」之前缺少「二是」');
    const repeat = check(edited({ 5: 'P:一是加强培育。二是强化申报。二是优化服务。' }));
    expect(repeat.map((f) => [f.code, f.start])).toEqual([['enumeration', 14]]);
    expect(repeat[0]!.message).toContain('「二是」重复');
    const back = check(edited({ 5: 'P:一是加强。二是强化。三是优化。二是推进。' }));
    expect(back.map((f) => f.message)).toEqual(['第 6 段「…强化。三是优化。二是推进。」：「二是」排在「三是」之后，顺序颠倒']);
    expect(check(edited({ 5: 'P:一是加强。四是优化。' }))[0]!.message).toContain('「四是」之前缺少「二是」「三是」');
  });

  it('a list goes on across paragraphs, until the next heading', () => {
    expect(check(report([...CLEAN.slice(0, 5), 'P:一是加强培育。', 'P:二是强化申报。', 'P:其他工作。', 'P:三是优化服务。', ...CLEAN.slice(6)]))).toEqual([]);
    const gap = check(report([...CLEAN.slice(0, 5), 'P:一是加强培育。', 'P:三是优化服务。', ...CLEAN.slice(6)]));
    expect(gap.map((f) => [f.code, f.block])).toEqual([['enumeration', 6]]);
    // After a heading, a list that starts at 二是 misses its 一是.
    const fresh = check(edited({ 10: 'P:二是继续加大投入。' }));
    expect(fresh.map((f) => f.message)).toEqual(['第 11 段「二是继续加大投入。」：「二是」之前缺少「一是」']);
  });

  it('a new list may start again at 一是; 统一是, 唯一是, 一是一二是二 are not items', () => {
    expect(check(edited({ 5: 'P:一是加强。二是强化。另外，一是推进。二是落实。' }))).toEqual([]);
    expect(check(edited({ 5: 'P:标准统一是前提，唯一是关键，第三是保障，做到一是一、二是二。' }))).toEqual([]);
  });

  it('seed 003 (一), and seed 000 (四) whose 三 was lost (是筹备…): nothing to report', () => {
    const seed003 =
      '统筹推动，全力增强体制机制活力。一是政策先行。召开全区科技创新大会，对科技创新先进企业进行表彰。二是培训引导。针对国家高新技术企业申报，组织线上短视频、直播等培训15次。三是奖励激励。对企业反映的特别困难与问题，局领导多次带队开展上门服务。';
    expect(check(edited({ 4: `H2~:${seed003}` }))).toEqual([]);
    const seed000 = '引育并举，聚力打造协同创新格局。一是推进G60科创走廊建设。二是融入长三角科技创新合作。是筹备宣城（上海）科创中心开园运营。';
    expect(check(edited({ 4: `H2~:${seed000}` }))).toEqual([]);
  });
});
