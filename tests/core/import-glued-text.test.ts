import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Line } from '../../core/import/line-repair.ts';
import { splitLostBreaks } from '../../core/import/lost-breaks.ts';
import { removePageMarkers } from '../../core/import/page-markers.ts';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';
import { blockText } from '../../core/model.ts';
import { asPlainText } from '../bench/as-text.ts';
import { randomReport } from './random-report.ts';

/**
 * Text without line breaks (文库 previews, OA exports, issue 19): page numbers glued to the
 * start of each page, the title glued to the body, the first heading glued to the title.
 */

const lines = (...texts: string[]): Line[] => texts.map((text) => ({ text }));
const texts = (ls: readonly { text: string }[]) => ls.map((l) => l.text);
const glue = (text: string) => text.replace(/\r?\n/gu, '');

function headingsOf(text: string): string[] {
  return recognise(textToParagraphs(text)).blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}${b.number}${b.text}`] : []));
}

describe('page numbers of a glued 文库 preview', () => {
  const page = (n: number, body: string) => `${n}、${body}`;
  const long = '围绕全年目标任务，统筹推进各项重点工作，坚持问题导向和目标导向相结合，'.repeat(4);

  it('drops 1、 2、 3、 at the start of pages that stop inside a word, and lets the page run on', () => {
    for (const [end, next] of [['强化质', '量攻坚，细化责任分工。'], ['先进个人（', '先进集体）。'], ['管理体', '系建设。']] as const) {
      const result = removePageMarkers(lines(page(1, `某局工作总结${long}${end}`), page(2, `${next}${long}加快重点项目建`), page(3, `设，确保按期完工。`)));
      expect(result.dropped.map((d) => d.text)).toEqual(['1、', '2、', '3、']);
      expect(result.lines[1]!.text.startsWith(next)).toBe(true);
      expect(result.lines.slice(1).every((l) => l.breakBefore)).toBe(true);
    }
  });

  it('keeps 2、 3、 after long paragraphs that end their sentences, or after one long line only', () => {
    const ended = lines(`${long}完成。`, `2、${long}完成。`, `3、${long}完成。`);
    expect(removePageMarkers(ended).lines).toEqual(ended);
    const one = lines(`${long}加快重点项目建`, `2、设${long}`);
    expect(removePageMarkers(one).lines).toEqual(one);
  });

  it('gives the headings back whole once the pages are joined', () => {
    const text = ['1、某县教育局2023年工作计划一、指导思想以习近平新时代中国特色社会主义思想为指导，认真贯彻落实各项决策部署，扎实推进课程改革，加强教育科研，促进教育创新，全力打造高效课堂，进一步提升教学质量，努力打造人民满意的幸福教育，强化质', '2、量攻坚。二、工作目标（一）党建引领。强化党建引领作用，加强政治建设。（二）教学质量。提升教学质量。'].join('\n');
    expect(headingsOf(text).map((h) => h.slice(0, 7))).toEqual(['1一、指导思想', '1二、工作目标', '2（一）党建引', '2（二）教学质']);
  });
});

describe('the first heading of a glued text', () => {
  it('is cut where the 二、 after a sentence end shows the 一、 before it started the sequence', () => {
    const cases = [
      ['幼儿园下半年工作计划 篇1一、指导思想以学校的整体工作精神为指导。二、工作主要（一）强化常规管理', ['幼儿园下半年工作计划 篇1', '一、指导思想以学校的整体工作精神为指导。', '二、工作主要', '（一）强化常规管理']],
      ['某中学工作计划（一）总体要求全面贯彻党的教育方针。（二）主要任务抓好教学常规。', ['某中学工作计划', '（一）总体要求全面贯彻党的教育方针。', '（二）主要任务抓好教学常规。']],
      ['本期要点1.加强组织领导，成立工作专班。2.完善制度机制。', ['本期要点', '1.加强组织领导，成立工作专班。', '2.完善制度机制。']],
    ] as const;
    for (const [line, pieces] of cases) expect(texts(splitLostBreaks(lines(line)))).toEqual(pieces);
  });

  it('is not cut where no 二、 follows, nor inside a word when the sequence started earlier', () => {
    const none = lines('坚持统一、规范管理，全年完成投资5亿元。下一步将继续推进。');
    expect(texts(splitLostBreaks(none))).toEqual(texts(none));
    expect(texts(splitLostBreaks(lines('一、总体要求坚持统一、规范管理。二、主要任务抓好落实。')))).toEqual(['一、总体要求坚持统一、规范管理。', '二、主要任务抓好落实。']);
  });
});

describe('a title glued to the body', () => {
  it('ends where the first heading, a year or a sentence opener starts', () => {
    const cases = [
      ['XX县交通运输局2022年工作总结及2023年工作谋划一、工作开展情况2022年以来，我局狠抓项目建设。', 'XX县交通运输局2022年工作总结及2023年工作谋划'],
      ['2023年医院党建工作总结及下一步工作计划2023年，医院党支部深入学习。一、工作开展情况', '2023年医院党建工作总结及下一步工作计划'],
      ['乡镇2023年党建工作计划为深入贯彻全面推进农村党员的先进性建设，我镇认真谋划。一、工作目标', '乡镇2023年党建工作计划'],
      ['文学网整理的范文，供大家参考。幼儿园下半年工作计划 篇1一、指导思想以学校的整体工作精神为指导。二、工作主要', '幼儿园下半年工作计划'],
      ['某区人民政府关于2023年上半年计划执行情况的报告——2023年8月31日在区人大常委会会议上副区长张三各位委员：受区长委托，我代表区人民政府作报告。', '某区人民政府关于2023年上半年计划执行情况的报告'],
      ['交通局上半年工作总结和下半年工作安排2022年上半年，在市委、市政府的正确领导下，圆满完成各项任务。', '交通局上半年工作总结和下半年工作安排'],
    ] as const;
    for (const [text, title] of cases) expect(recognise(textToParagraphs(text)).title, text).toBe(title);
  });

  it('is not taken from a text that starts with its body', () => {
    for (const text of ['我局认真贯彻落实上级决策部署，2023年完成投资5亿元。一、主要做法', '今年以来，全局上下攻坚克难。一、工作开展情况根据年初计划推进。二、存在问题'])
      expect(recognise(textToParagraphs(text)).title, text).toBeNull();
  });

  it('holds for generated reports glued to one line: the title and every level-1 heading are found', () => {
    for (let seed = 2000; seed < 2030; seed++) {
      const document = randomReport(seed);
      const title = blockText(document.blocks[0]!).replace(/\s+/gu, '');
      if (!/(?:报告|总结|计划|要点|打算|安排)$/u.test(title)) continue;
      const recognised = recognise(textToParagraphs(glue(asPlainText(document))));
      expect(recognised.title, `seed ${seed}`).toBe(title);
      const level1 = document.blocks.filter((b) => b.type === 'heading' && b.level === 1 && blockText(b).trim()).map((b) => blockText(b).replace(/[。：]$/u, ''));
      const found = recognised.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text);
      for (const h of level1) expect(found.some((f) => f.startsWith(h.slice(0, 6))), `seed ${seed}: ${h}`).toBe(true);
    }
  });
});

describe('a glued heading before a sentence opening on its year, and a （一） after ：', () => {
  it('ends the heading at the year and starts a heading at the （一）', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('工作开展情况', '上半年工作总结', '主要工作完成情况', '工作成效'),
        fc.integer({ min: 2015, max: 2030 }),
        fc.constantFrom('以来，', '，', '上半年，'),
        fc.constantFrom('汇报如下：', '报告如下:'),
        (section, year, after, intro) => {
          const text = `某局${year}年工作总结一、${section}${year}年${after}我局坚持稳中求进，现将重点工作${intro}（一）项目建设取得新突破。全年完成投资5亿元。二、存在的问题`;
          const headings = recognise(textToParagraphs(text)).blocks.flatMap((b) => (b.kind === 'heading' ? [[b.level, b.number, b.text.replace(/。$/u, '')]] : []));
          expect(headings).toEqual([
            [1, '一、', section],
            [2, '（一）', '项目建设取得新突破'],
            [1, '二、', '存在的问题'],
          ]);
        },
      ),
    );
  });
});
