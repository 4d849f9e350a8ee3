import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { furnitureKind } from '../../core/import/furniture.ts';
import { isSiteStamp } from '../../core/import/site-stamps.ts';

const two = (n: number) => String(n).padStart(2, '0');

describe('site stamps', () => {
  it('a posting time with its time of day is a stamp, in any date form, with counts or a weekday beside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('-', '.', '/', '年'),
        fc.constantFrom('', ' 193', ' 星期日', ' | 52'),
        (y, m, d, h, min, sep, rest) => {
          const date = sep === '年' ? `${y}年${m}月${d}日` : `${y}${sep}${two(m)}${sep}${two(d)}`;
          expect(isSiteStamp(`${date} ${two(h)}:${two(min)}${rest}`)).toBe(true);
          expect(furnitureKind(`时间:${date} ${two(h)}:${two(min)}:${two(min)}`)).toBe('metadata');
        },
      ),
    );
  });

  it.each([
    '刘成金 发布    浏览1135次   2022-12-08发布',
    '阅读量：52',
    '浏览数: 发布时间:2023-12-09 10:45:02',
    '某某文秘网 - www.example.com',
    '下面是小编为大家整理的2022年学校工作计划(完整),供大家参考。',
    '以下是小编为大家整理的幼儿园下半年工作计划3篇,希望对你有所帮助!',
    '光阴似箭，新的学期又要开始了。下面是小编收集的工作计划，欢迎阅读。',
  ])('%s is furniture', (line) => {
    expect(furnitureKind(line)).not.toBeNull();
  });

  it.each([
    '会议时间：2023年5月6日 9:30，地点：三楼会议室',
    '2023年6月28日',
    '二〇二三年六月二十八日',
    '全年接待游客浏览量达到120万人次，同比增长15%。',
    '一、工作完成情况',
    '供大家参考。幼儿园下半年工作计划 篇1一、指导思想以学校的整体工作精神为指导，全面推进保教工作。',
  ])('%s is the report\'s', (line) => {
    expect(isSiteStamp(line)).toBe(false);
  });
});
