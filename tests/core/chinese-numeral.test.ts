import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseChineseNumeral } from '../../core/chinese-numeral.ts';

// Written out by hand from the counting rules of 公文 heading numbers, not from the code.
const TABLE: [number, string][] = [
  [1, '一'], [2, '二'], [3, '三'], [4, '四'], [5, '五'], [6, '六'], [7, '七'], [8, '八'], [9, '九'], [10, '十'],
  [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [99, '九十九'],
  [100, '一百'], [101, '一百零一'], [105, '一百零五'], [110, '一百一十'], [111, '一百一十一'], [120, '一百二十'],
  [200, '二百'], [999, '九百九十九'],
];

describe('chineseNumeral', () => {
  it.each(TABLE)('%i → %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it.each([0, -1, 1.5, NaN, Infinity, 1000])('refuses %s', (n) => {
    expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});

describe('parseChineseNumeral', () => {
  it.each(TABLE)('%i ← %s', (n, text) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it('is the inverse of chineseNumeral for 1..200', () => {
    for (let n = 1; n <= 200; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });

  it('reads 两 as 二', () => {
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('两百')).toBe(200);
  });

  // Anything that is not the counting form of one number is NaN, so a malformed label such as
  // 十十 or 一二 is never read as some other heading number.
  it.each(['', '零', '〇', '1', '一1', 'a', '十十', '一二', '百百', '二十十', '一百零', '零五', '一千', '十百', ' 一', '一 '])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNaN();
  });
});
