import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../core/import/number-formats.ts';

describe('formatNumber', () => {
  it('writes the formats Chinese documents use', () => {
    const cases: [string, number[], string[]][] = [
      ['decimal', [1, 9, 10, 123], ['1', '9', '10', '123']],
      ['chineseCounting', [1, 10, 11, 20, 21, 99, 100, 105, 110], ['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']],
      ['chineseCountingThousand', [0, 10, 1000, 1010, 2345], ['〇', '十', '一千', '一千零一十', '二千三百四十五']],
      ['japaneseCounting', [3, 12], ['三', '十二']],
      ['taiwaneseCounting', [7], ['七']],
      ['chineseLegalSimplified', [1, 10, 11, 25], ['壹', '壹拾', '壹拾壹', '贰拾伍']],
      ['ideographLegalTraditional', [2, 36], ['貳', '參拾陸']],
      ['ideographTraditional', [1, 2, 10, 11], ['甲', '乙', '癸', '甲']],
      ['ideographZodiac', [1, 12], ['子', '亥']],
      ['ideographDigital', [10, 2023], ['一〇', '二〇二三']],
      ['decimalEnclosedCircle', [1, 20, 21], ['①', '⑳', '21']],
      ['decimalEnclosedCircleChinese', [3], ['③']],
      ['decimalEnclosedParen', [1, 20, 21], ['⑴', '⒇', '(21)']],
      ['decimalEnclosedFullstop', [1, 10], ['⒈', '⒑']],
      ['ideographEnclosedCircle', [1, 10], ['㊀', '㊉']],
      ['decimalFullWidth', [1, 12], ['１', '１２']],
      ['decimalZero', [1, 10], ['01', '10']],
      ['lowerLetter', [1, 26, 27, 28], ['a', 'z', 'aa', 'bb']],
      ['upperLetter', [3], ['C']],
      ['upperRoman', [4, 9, 14, 2023], ['IV', 'IX', 'XIV', 'MMXXIII']],
      ['lowerRoman', [3], ['iii']],
      ['ordinal', [1, 2, 3, 11, 22], ['1st', '2nd', '3rd', '11th', '22nd']],
      ['none', [5], ['']],
      ['cardinalText', [5], ['5']],
    ];
    for (const [name, numbers, expected] of cases) expect(numbers.map((n) => formatNumber(n, name)), name).toEqual(expected);
  });
});
