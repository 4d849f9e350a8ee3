import { describe, expect, it } from 'vitest';
import { normalizePunctuation } from '../../core/import/punctuation.ts';

describe('normalizePunctuation', () => {
  it('makes half-width , : ; ( ) ? in Chinese text full-width', () => {
    expect(normalizePunctuation('根据要求,现将我局工作报告如下:')).toBe('根据要求，现将我局工作报告如下：');
    // A semicolon between two Chinese clauses is Chinese punctuation, digits around it or not.
    expect(normalizePunctuation('同比增长42.5%;1-4月,我市吸纳技术合同交易额58.22亿元')).toBe('同比增长42.5%；1-4月，我市吸纳技术合同交易额58.22亿元');
    expect(normalizePunctuation('是否完成?')).toBe('是否完成？');
    expect(normalizePunctuation('联合县(市区)、开发园区')).toBe('联合县（市区）、开发园区');
    expect(normalizePunctuation('(一)系统谋划')).toBe('（一）系统谋划');
    expect(normalizePunctuation('相当于过去四年(2019-2022)的增长量')).toBe('相当于过去四年（2019-2022）的增长量');
    expect(normalizePunctuation('工作任务;二是')).toBe('工作任务；二是');
  });

  it('leaves numbers, times, URLs and Latin text alone', () => {
    for (const text of ['共1,000,000元', '上午10:30召开', '详见 http://www.example.gov.cn/a?b=1,2 页面', '邮箱 office@example.gov.cn', 'TEAM (WORK) space', 'see p. 3; fig. 2', 'R&D(研发)投入']) {
      const result = normalizePunctuation(text);
      if (text === 'R&D(研发)投入') expect(result).toBe('R&D（研发）投入');
      else expect(result).toBe(text);
    }
  });

  it('returns text without half-width marks unchanged', () => {
    const text = '全年完成投资5亿元。';
    expect(normalizePunctuation(text)).toBe(text);
  });
});
