import { describe, expect, it } from 'vitest';
import { blockText } from '../../../core/model.ts';
import { countPlaceholders } from '../../../core/placeholder.ts';
import { CLEAN, report, edited, check, only, textOf } from './report.ts';

describe('checkSubmission: unfilled placeholders', () => {
  it('each placeholder is blocking, with its block and offsets', () => {
    const document = edited({ 0: 'T:XX市科技局关于报送2023年工作总结及2024年工作计划的报告', 5: 'P:今年以来，新增高新技术企业xx家，投资【　】亿元，增长x.x%。', 9: 'H2:加大【】投入' });
    const findings = only(check(document), 'placeholder');
    expect(findings.map((f) => [f.block, textOf(document, f), f.severity])).toEqual([
      [0, 'XX', 'blocking'],
      [5, 'xx', 'blocking'],
      [5, '【　】', 'blocking'],
      [5, 'x.x', 'blocking'],
      [9, '【】', 'blocking'],
    ]);
    expect(findings[1]!.start).toBe(13);
    expect(findings[1]!.message).toBe('第 6 段「…新增高新技术企业xx家，投资【　】亿…」：「xx」还没有填写');
  });

  it('a 【 or 】 left unmatched is blocking, at the bracket, and says which one is missing its partner', () => {
    const document = edited({ 5: 'P:今年以来，新增高新技术企业45家，增长12】%，投资【\u300010亿元。' });
    const findings = only(check(document), 'placeholder');
    expect(findings.map((f) => [f.block, f.start, textOf(document, f), f.severity])).toEqual([
      [5, 21, '】', 'blocking'],
      [5, 26, '【', 'blocking'],
    ]);
    expect(findings[0]!.message).toBe('第 6 段「…45家，增长12】%，投资【　10…」：「】」没有配对的「【」，待填处没有填完或括号多余');
    expect(findings[1]!.message).toMatch(/^第 6 段「.*」：「【」没有配对的「】」/u);
    // The same rule counts them among the open placeholders (还有 N 处待填).
    expect(countPlaceholders(blockText(document.blocks[5]!))).toBe(2);
  });

  it('blocks that are not printed (a reference note) are not checked', () => {
    const note = { type: 'note', children: [{ text: '上期：投入xx亿元' }] };
    expect(check(report([...CLEAN.slice(0, 6), note, ...CLEAN.slice(6)]))).toEqual([]);
  });

  it('an unfilled date is listed as placeholders, not as a wrong date', () => {
    const findings = check(edited({ 12: 'D:xxxx年x月x日' }));
    expect(findings.map((f) => f.code)).toEqual(['placeholder', 'placeholder', 'placeholder']);
  });
});
