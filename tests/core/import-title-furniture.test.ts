import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';
import { cleanTitle, titleCore } from '../../core/import/title-decoration.ts';

const TITLES = ['2022年工作总结', '县教育局2022年工作总结及2023年工作安排', '湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知', '第二学期幼儿园工作计划'];
/** What sites print before a title: slogans, menus, posting times, view counts, ids, notices. */
const BEFORE = [
  '科技特派员,您身边的科技专家!',
  '欢迎访问范文百科-您身边的写作助手!',
  'Share',
  '时间:2022-08-19 16:52:54',
  '2022-11-01 06:52:54 193',
  '刘成金 发布    浏览1135次   2022-12-08发布',
  '发布人:中山医学院',
  '• 热门搜索:',
  '下面是小编为大家整理的工作总结,供大家参考。',
  '当前位置:首页 > 工作总结',
  '2024-05-20',
  '|',
];
const AFTER = ['时间:2023-05-04 08:58:16', '发布:湖州卫生健康委', '阅读量：52', '浏览数: 发布时间:2023-12-09 10:45:02'];
const DECORATION = ['', '(精选3篇)', '【精选推荐】', '全文', '范文(一)'];
const BODIES = ['一、工作完成情况\n今年以来，我们扎实推进各项工作。', '各科室：\n现将有关事项通知如下。', '2022年，在区委区政府的领导下，我们圆满完成了各项任务。'];

describe('the title after site furniture', () => {
  it('is found whatever furniture comes before and after it, without the site\'s decoration', () => {
    fc.assert(
      fc.property(
        fc.subarray(BEFORE),
        fc.subarray(AFTER),
        fc.constantFrom(...TITLES),
        fc.constantFrom(...DECORATION),
        fc.constantFrom(...BODIES),
        (before, after, title, decoration, body) => {
          const text = [...before, title + decoration, ...after, body].join('\n');
          expect(titleCore(recognise(textToParagraphs(text)).title ?? '')).toBe(title);
        },
      ),
    );
  });

  it('is none when the text has no title: not a slogan, a date or the first sentence', () => {
    fc.assert(
      fc.property(fc.subarray(BEFORE), fc.constantFrom(...BODIES.slice(2)), (before, body) => {
        expect(recognise(textToParagraphs([...before, body].join('\n'))).title).toBeNull();
      }),
    );
  });

  it.each([
    ['2022110103林业局2022年工作总结及2023年工作计划', '林业局2022年工作总结及2023年工作计划'],
    ['湖卫健发〔2023〕1号湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知', '湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知'],
    ['篇一 2023年天津政府工作报告全文2850字', '2023年天津政府工作报告全文'],
    ['篇一:幼儿园下半年工作计划', '幼儿园下半年工作计划'],
    ['2023年工作总结', '2023年工作总结'],
  ])('%s is cleaned to %s', (line, title) => {
    expect(cleanTitle(line)).toBe(title);
  });

  it('keeps a 发文字号 line out of the title after it', () => {
    const text = ['湖卫健发〔2023〕1号', '湖州市卫生健康委关于印发', '2023年全市卫生健康工作要点的通知', '各区县卫生健康局：', '现将工作要点印发给你们。'].join('\n');
    expect(recognise(textToParagraphs(text)).title).toBe('湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知');
  });

  it('on a compilation page, drops the teaser between the page title and the first piece\'s own title', () => {
    for (const [page, piece] of [['2023年政府工作报告多篇4篇', '2023年政府工作报告多篇篇1'], ['幼儿园下半年工作计划(精选3篇)', '篇一:幼儿园下半年工作计划']]) {
      const text = [page, '供销社2023年落实意识形态工作责任制情况报告参考xxxx年,县供销社党组深入学习贯彻党的二十大精神,全面落实意识形态工作责任制,取得积极成效', piece, '各位代表：', '一、工作回顾', '过去一年，我们攻坚克难。'].join('\n');
      const r = recognise(textToParagraphs(text));
      expect(r.addressee).toBe('各位代表：');
      expect(r.blocks[0]).toMatchObject({ kind: 'heading', text: '工作回顾' });
    }
  });

  it('keeps the first paragraph before a page header that repeats the title', () => {
    const text = ['某区教育局2023年工作要点', '2023年是全面贯彻党的二十大精神的开局之年，全区教育工作要坚持稳中求进', '某区教育局2023年工作要点', '一、总体要求'].join('\n');
    expect(recognise(textToParagraphs(text)).blocks[0]).toMatchObject({ kind: 'paragraph' });
  });

  it('prefers the text\'s own title glued to its first heading over a sharing site\'s listing name above it', () => {
    for (const own of ['XX经济开发区2024年上半年工作总结暨下半年工作安排', '某县林业局2023年工作总结']) {
      const text = ['区政府XX年下半年工作报告', '- 格式:docx', '- 大小:30.11 KB', '- 文档页数:17', `${own}一、上半年工作总结1. 经济发展情况总览在2024年上半年，经济整体呈现稳步增长的态势。`].join('\n');
      const r = recognise(textToParagraphs(text));
      expect(r.title).toBe(own);
      expect(r.dropped).toEqual(expect.arrayContaining(['区政府XX年下半年工作报告', '- 格式:docx']));
    }
  });
});


describe('a title as PDF copies leave it', () => {
  const LONG = ['县教育局2022年工作总结及2023年工作安排', '林业局2022年工作总结及2023年工作计划', '湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知'];

  it('is joined back when the page width wrapped its last one or two characters onto a line of their own', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LONG), fc.integer({ min: 1, max: 2 }), fc.subarray(BEFORE), fc.boolean(), fc.constantFrom(...BODIES), (title, cut, before, copy, body) => {
        const wrapped = `${title.slice(0, -cut)}\n${title.slice(-cut)}`;
        // Sites repeat the wrapped title as a teaser sentence, then print it whole over the piece.
        const teaser = copy ? [`${title.slice(0, -cut)}\n${title.slice(-cut)}。`, title] : [];
        const text = [...before, wrapped, ...teaser, body].join('\n');
        expect(recognise(textToParagraphs(text)).title).toBe(title);
      }),
    );
  });

  it('loses a page or line number standing apart before its year, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(' ', '  ', '\u3000'), fc.constantFrom('2022年学校工作计划', '2023 年工作总结', '2024年上半年工作总结和下半年工作打算'), (n, gap, title) => {
        expect(cleanTitle(`${n}${gap}${title}`)).toBe(title);
      }),
    );
    // A number that belongs to the title stays: 2个中心, 12345 is no page number before a year.
    expect(cleanTitle('3个中心2023年建设工作计划')).toBe('3个中心2023年建设工作计划');
    expect(cleanTitle('2023年工作总结')).toBe('2023年工作总结');
  });
});
