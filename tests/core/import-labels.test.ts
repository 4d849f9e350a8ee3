import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseNumeral } from '../../core/chinese-numeral.ts';
import { canonicalLabel, labelOccurrences, parseBareLabel, parseLabel } from '../../core/import/labels.ts';

const label = (text: string) => {
  const found = parseLabel(text);
  return found && { family: found.family, value: found.value, raw: found.raw, rest: text.slice(found.length) };
};

describe('parseLabel', () => {
  it.each([
    ['一、总体思路', 'cn', 1, '一、'],
    ['二. 主要目标', 'cn', 2, '二.'],
    ['三．重点任务', 'cn', 3, '三．'],
    ['四，工作打算', 'cn', 4, '四，'],
    ['十一、其他', 'cn', 11, '十一、'],
    ['(一)系统谋划', 'cn-paren', 1, '(一)'],
    ['（二）增量提质', 'cn-paren', 2, '（二）'],
    ['(三)、以人为本', 'cn-paren', 3, '(三)、'],
    ['四)引育并举', 'cn-paren', 4, '四)'],
    ['1.加大投入', 'num', 1, '1.'],
    ['2、强化攻关', 'num', 2, '2、'],
    ['3．推进协同', 'num', 3, '3．'],
    ['1 .成立科创委', 'num', 1, '1 .'],
    ['19.改进作风', 'num', 19, '19.'],
    ['(1)特色产业', 'num-paren', 1, '(1)'],
    ['（2）休闲农业', 'num-paren', 2, '（2）'],
    ['3)乡村旅游', 'num-paren', 3, '3)'],
    ['④数字农业', 'circled', 4, '④'],
    ['１．全角数字', 'num', 1, '１．'],
    ['１２、全角数字', 'num', 12, '１２、'],
    ['（３）全角数字', 'num-paren', 3, '（３）'],
    ['⑵括号数字', 'num-paren', 2, '⑵'],
    ['㈢括号汉字', 'cn-paren', 3, '㈢'],
  ])('%s is a %s label', (text, family, value, raw) => {
    expect(label(text)).toMatchObject({ family, value, raw });
  });

  it('takes the spaces after a label with it', () => {
    expect(label('一、 总体思路')?.rest).toBe('总体思路');
    expect(label('\u3000（一）\u3000加强领导')?.rest).toBe('加强领导');
  });

  it.each([
    ['一是政策先行。'],
    ['二是培训引导。'],
    ['第一，加强领导。'],
    ['1.5亿元资金已到位。'],
    ['1．5亿元资金已到位。'],
    ['2023年，我局……'],
    ['2023.07.05发布'],
    ['1、2月份完成投资3亿元。'],
    ['三、四季度将开展检查。'],
    ['1-5月，全市对接项目248项。'],
    ['0.通知'],
    ['十十、不是数'],
    ['5G基站建设'],
    ['１．５亿元资金'],
  ])('%s does not start with a label', (text) => {
    expect(parseLabel(text)).toBeNull();
  });
});

describe('parseBareLabel and canonicalLabel', () => {
  it('reads a label alone, as recognised headings store it', () => {
    expect(parseBareLabel('(五)')).toMatchObject({ family: 'cn-paren', value: 5 });
    expect(parseBareLabel('1 .')).toMatchObject({ family: 'num', value: 1 });
    expect(parseBareLabel('一是')).toBeNull();
  });

  it('spells each family canonically', () => {
    expect([canonicalLabel('cn', 4), canonicalLabel('cn-paren', 4), canonicalLabel('num', 4), canonicalLabel('num-paren', 4), canonicalLabel('circled', 4)]).toEqual(['四、', '（四）', '4.', '（4）', '④']);
  });
});

describe('labelOccurrences', () => {
  it('finds labels inside a line, but not numbers inside words or decimals', () => {
    const found = [...labelOccurrences('如下。 一、情况 (一)统筹推动,一是政策先行。增长42.5%;1-4月,统一、规范 2022.07.05 新举措1 .成立')].map((o) => o.label.raw);
    expect(found).toEqual(['一、', '(一)', '一、', '1 .']);
  });
});

describe('damaged labels', () => {
  it('reads OCR\'s angle brackets and a PDF\'s spaced-out digits as the labels they were', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom('', ' ', '\u3000'), (n, space) => {
        const digits = String(n).split('');
        // Spaced out: (1 2) is (12), unless every digit is the same: a doubled digit, (1 1 ) is (1).
        const spaced = digits.join(space);
        const value = space && digits.length > 1 && digits.every((d) => d === digits[0]) ? Number(digits[0]) : n;
        expect(parseLabel(`(${spaced}${space})加强管理`)).toMatchObject({ family: 'num-paren', value });
        if (n < 10) expect(parseLabel(`(${n}${space}${n}${space})加强管理`)).toMatchObject({ family: 'num-paren', value: space ? n : n * 11 });
        expect(parseLabel(`〈${chineseNumeral(n)}〉加强管理`)).toMatchObject({ family: 'cn-paren', value: n });
      }),
    );
  });

  it('does not read a bracketed amount or a year as one', () => {
    expect(parseLabel('(1 000万元)')).toBeNull();
    expect(parseLabel('(2023)12号')).toBeNull();
  });
});
