import { describe, expect, it } from 'vitest';
import { parseDate, standardDate } from '../../core/export/date.ts';

describe('parseDate → standardDate (GB/T 9704 7.3.5.4: Arabic numerals, no 虚位)', () => {
  it.each([
    ['2023年07月05日', '2023年7月5日'],
    ['2023年7月5日', '2023年7月5日'],
    ['二〇二三年七月五日', '2023年7月5日'],
    ['二〇二三年十二月二十八日', '2023年12月28日'],
    ['二零二二年十月三十一日', '2022年10月31日'],
    ['二O二三年六月十日', '2023年6月10日'],
    ['２０２３年０６月２８日', '2023年6月28日'],
    [' 2023 年 6 月 28 日 ', '2023年6月28日'],
    ['2023-07-05', '2023年7月5日'],
    ['2023.7.5', '2023年7月5日'],
    ['2023/12/1', '2023年12月1日'],
    ['2024年2月29日', '2024年2月29日'],
  ])('%s → %s', (input, expected) => {
    const date = parseDate(input);
    expect(date && standardDate(date)).toBe(expected);
  });

  it.each(['2023年2月29日', '2023年13月1日', '2023年6月31日', '2023年0月1日', '23年6月1日', '六月', '', '2023年6月'])('does not read %j as a date', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});
