import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import { importSource } from '../../core/import/import-source.ts';
import { blockText, heading, textBlock, type Block, type GongwenDocument, type Period } from '../../core/model.ts';
import { normalizeBlocks } from '../../core/normalize.ts';
import { detectTemplate, readLastReport } from '../../core/rollforward/last-report.ts';
import { proposeTarget, rollForward } from '../../core/rollforward/roll-forward.ts';
import { ROLL_FORWARD_RULES } from '../../core/rollforward/rules.ts';
import { shiftYears } from '../../core/rollforward/shift-years.ts';
import { checkSubmission } from '../../core/check/index.ts';
import { BUILTIN_TEMPLATES, findTemplate } from '../../core/templates.ts';

const H = '【\u3000】';

function doc(template: string, year: number, period: Period, blocks: Block[]): GongwenDocument {
  return { meta: { template, organ: '市科技局', year, period, date: `${year}年6月28日` }, blocks };
}
const T = (text: string) => textBlock('title', text);
const P = (text: string) => textBlock('paragraph', text);
const H1 = (text: string, section?: string) => heading(1, text, section ? { section } : {});
const H2 = (text: string, runIn = false) => heading(2, text, runIn ? { runIn } : {});

/** A 上半年 report in the shape of seed 000, small. */
const HALF_YEAR = doc('half-year', 2023, '上半年', [
  T('市科技局2023年上半年工作总结和下半年工作打算'),
  P('今年以来，我局各项工作稳步推进。'),
  H1('工作完成情况', 'done'),
  H2('抓项目。争取资金x.xx亿元，新增高新技术企业5家，【】项。', true),
  H1('存在的问题', 'problems'),
  P('一是投入不足；二是人才短缺。'),
  H1('下半年工作打算', 'plan'),
  H2('实施“双倍增”计划，力争新增10家。'),
  P('全年力争高新技术企业突破700家。'),
  textBlock('signature', '市科技局'),
  textBlock('date', '2023年6月28日'),
]);

const texts = (document: GongwenDocument, type: Block['type']) => document.blocks.filter((b) => b.type === type).map(blockText);

describe('the target: what the clerk chose wins, the rules propose the rest', () => {
  it('a period alone picks the rule for it', () => {
    expect(rollForward(HALF_YEAR, { period: '全年' }).document.meta).toMatchObject({ template: 'annual', year: 2023, period: '全年' });
    expect(rollForward(HALF_YEAR, { period: '上半年' }).document.meta).toMatchObject({ template: 'half-year', year: 2024, period: '上半年' });
    const annual = rollForward(HALF_YEAR).document;
    expect(rollForward(annual).document.meta).toMatchObject({ template: 'half-year', year: 2024, period: '上半年' });
    expect(rollForward(annual, { period: '全年' }).document.meta).toMatchObject({ template: 'annual', year: 2024, period: '全年' });
  });

  it('a year chosen wins over the rule’s offset', () => {
    expect(rollForward(HALF_YEAR, { year: 2030 }).document.meta).toMatchObject({ template: 'annual', year: 2030 });
    expect(texts(rollForward(HALF_YEAR, { year: 2030 }).document, 'title')).toEqual(['市科技局2030年工作总结和2031年工作计划']);
  });

  it('a pair no rule names uses the rules’ otherwise: 上半年 → 全年 stays in the year, anything else moves on one', () => {
    const report = rollForward(HALF_YEAR, { template: 'report' }).document;
    expect(report.meta).toMatchObject({ template: 'report', year: 2023, period: '全年' });
    expect(texts(report, 'title')).toEqual(['市科技局关于报送2023年工作总结及2024年工作计划的报告']);
    expect(texts(report, 'addressee')).toEqual(['市政府办公厅：']);
    expect(report.blocks.filter((b) => b.type === 'heading' && b.section === undefined).map(blockText)).toEqual(['实施“双倍增”计划，力争新增【\u3000】家。']);
    const keyPoints = rollForward(HALF_YEAR, { template: 'key-points' });
    expect(keyPoints.document.meta).toMatchObject({ template: 'key-points', year: 2024 });
    // The plan becomes the 重点任务, as this period's text.
    const tasks = keyPoints.document.blocks.findIndex((b) => b.type === 'heading' && b.section === 'tasks');
    expect(keyPoints.document.blocks.slice(tasks + 1, tasks + 5).map((b) => [b.type, blockText(b)])).toEqual([
      ['heading', `实施“双倍增”计划，力争新增${H}家。`],
      ['note', '实施“双倍增”计划，力争新增10家。'],
      ['paragraph', `全年力争高新技术企业突破${H}家。`],
      ['note', '全年力争高新技术企业突破700家。'],
    ]);
  });

  it('proposeTarget gives a dialog its defaults, for the template chosen so far', () => {
    expect(proposeTarget(HALF_YEAR)).toEqual({ template: 'annual', year: 2023, period: '全年' });
    expect(proposeTarget(HALF_YEAR, { template: 'half-year' })).toEqual({ template: 'half-year', year: 2024, period: '上半年' });
    expect(proposeTarget(HALF_YEAR, { template: 'key-points' })).toEqual({ template: 'key-points', year: 2024, period: '全年' });
    expect(proposeTarget(HALF_YEAR, { period: '上半年' })).toEqual({ template: 'half-year', year: 2024, period: '上半年' });
  });

  it('an unknown template or an impossible year is refused with a sentence', () => {
    expect(() => rollForward(HALF_YEAR, { template: 'annul' })).toThrow('未知模板：annul');
    expect(() => rollForward(HALF_YEAR, { year: 1800 })).toThrow('年度应为 1949–2200 之间的四位数字：1800');
  });
});

describe('what is carried and how', () => {
  it('存在的问题 as notes, a place to write after them; the date emptied; the signature kept', () => {
    const { document, report } = rollForward(HALF_YEAR);
    const problems = document.blocks.findIndex((b) => b.type === 'heading' && b.section === 'problems');
    expect(document.blocks.slice(problems + 1, problems + 3).map((b) => [b.type, blockText(b)])).toEqual([
      ['note', '一是投入不足；二是人才短缺。'],
      ['paragraph', ''],
    ]);
    expect(texts(document, 'date')).toEqual(['']);
    expect(document.meta.date).toBe('');
    expect(texts(document, 'signature')).toEqual(['市科技局']);
    expect(report.carriedHeadings).toBe(2);
  });

  it('one placeholder style: 【 】 by default, x on request; the source’s own placeholders follow it', () => {
    const done = (style?: '【\u3000】' | 'x') => {
      const { document } = rollForward(HALF_YEAR, style ? { placeholder: style } : {});
      return document.blocks.find((b) => b.type === 'heading' && b.level === 2 && blockText(b).startsWith('抓项目'))!;
    };
    expect(blockText(done())).toBe(`抓项目。争取资金${H}亿元，新增高新技术企业${H}家，${H}项。`);
    expect(blockText(done('x'))).toBe('抓项目。争取资金x.xx亿元，新增高新技术企业x家，x项。');
    expect(rollForward(HALF_YEAR, { placeholder: 'x' }).report.placeholders).toBe(4);
  });

  it('years in body text are left as written; a stale one is the check’s finding', () => {
    const keyPoints = doc('key-points', 2022, '全年', [
      T('2022年全市科技工作要点'),
      H1('总体思路', 'approach'),
      P('坚持创新驱动。'),
      H1('主要目标', 'goals'),
      P('高新技术企业达到90家。'),
      H1('重点任务', 'tasks'),
      H2('培育创新主体'),
      P('2022年以来，全市累计新增高新技术企业120家。'),
    ]);
    const { document } = rollForward(keyPoints);
    expect(texts(document, 'title')).toEqual(['2023年全市科技工作要点']);
    expect(texts(document, 'paragraph')).toContain(`2022年以来，全市累计新增高新技术企业${H}家。`);
    expect(checkSubmission(document).filter((f) => f.code === 'stale-year')).toHaveLength(1);
  });

  it('a section of no known role is kept as notes, under its own heading', () => {
    const annual = doc('annual', 2022, '全年', [
      T('市科技局2022年工作总结和2023年工作计划'),
      H1('2022年工作完成情况', 'done'),
      H2('推进成果转化'),
      P('转化成果20项。'),
      H1('加强党的建设'),
      P('开展主题教育。'),
      H1('存在的问题', 'problems'),
      P('投入不足。'),
      H1('2023年工作计划', 'plan'),
      H2('深化改革'),
      P('推进放管服改革。'),
    ]);
    const { document } = rollForward(annual);
    const done = document.blocks.findIndex((b) => b.type === 'heading' && b.section === 'done');
    expect(document.blocks.slice(done, done + 5).map((b) => [b.type, blockText(b)])).toEqual([
      ['heading', '工作完成情况'],
      ['note', '二、加强党的建设'],
      ['note', '开展主题教育。'],
      ['heading', '深化改革'],
      ['note', '推进放管服改革。'],
    ]);
  });

  it('a report without a template is read by its title, its sections by their wording', () => {
    const detected = (title: string, period: Period = '全年') => detectTemplate(doc('', 2023, period, [T(title)]), ROLL_FORWARD_RULES).id;
    expect(detected('2023年全市科技工作要点')).toBe('key-points');
    expect(detected('市科技局2023年上半年工作总结')).toBe('half-year');
    expect(detected('市科技局关于报送2023年工作情况的报告')).toBe('report');
    expect(detected('市科技局2023年工作总结')).toBe('annual');
    expect(detected('市科技局工作汇报', '上半年')).toBe('half-year');
    expect(detected('市科技局工作汇报')).toBe('annual');
    const last = readLastReport(
      doc('', 2023, '全年', [T('市科技局2023年工作总结'), H1('主要成效'), P('a'), H1('存在问题及原因'), P('b'), H1('下一步工作思路'), P('c'), H1('其他事项'), P('d')]),
      ROLL_FORWARD_RULES,
    );
    expect(last.sections.map((s) => s.role)).toEqual(['done', 'problems', 'plan', 'other']);
  });
});

describe('shiftYears', () => {
  it('moves every year of a title or section title, nothing else', () => {
    expect(shiftYears('市科技局2022年工作总结及2023年工作计划', 1)).toBe('市科技局2023年工作总结及2024年工作计划');
    expect(shiftYears('2023年工作计划', 1)).toBe('2024年工作计划');
    expect(shiftYears('2021—2023年规划，12023号，xxxx年', 2)).toBe('2023—2025年规划，12023号，xxxx年');
    expect(shiftYears('2023年上半年', 0)).toBe('2023年上半年');
  });
});

describe('every result is a valid, normalized document for its template', () => {
  const seeds: [string, GongwenDocument][] = [
    ...['000_50acbe1f2b51726a.txt', '001_1546186363c61f01.txt', '002_b13487b31118fa9a.txt', '003_4e5eab6f0c303194.txt', '004_f1749bfab7b2431e.txt'].map(
      (name): [string, GongwenDocument] => [name, importSource(readFileSync(fileURLToPath(new URL(`../fixtures/import/seeds/${name}`, import.meta.url))), { fallbackYear: 2021 }).document],
    ),
    ...['000-xuancheng-half-year.gwdoc', '002-key-points-2022.gwdoc', '004-annual-2022.gwdoc'].map((name): [string, GongwenDocument] => {
      const parsed = parseGwdoc(readFileSync(fileURLToPath(new URL(`../fixtures/seeds/${name}`, import.meta.url)), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error);
      return [name, parsed.document];
    }),
    ['half-year (small)', HALF_YEAR],
  ];

  it('for every seed, template, placeholder style and plan choice', () => {
    for (const [name, last] of seeds) {
      for (const template of [undefined, ...BUILTIN_TEMPLATES.map((t) => t.id)]) {
        for (const placeholder of ['【\u3000】', 'x'] as const) {
          for (const planFromLast of [false, true]) {
            const label = `${name} → ${template ?? 'default'} ${placeholder} ${planFromLast}`;
            const { document, report } = rollForward(last, { ...(template ? { template } : {}), placeholder, planFromLast });
            const reopened = parseGwdoc(serializeGwdoc(document));
            expect(reopened.ok && reopened.document, label).toEqual(document);
            expect(normalizeBlocks(document.blocks, { template: findTemplate(document.meta.template), meta: document.meta }), label).toEqual(document.blocks);
            const structure = checkSubmission(document).filter((f) => ['missing-section', 'duplicate-section', 'section-order', 'level-jump', 'unknown-template', 'missing-title'].includes(f.code));
            expect(structure, label).toEqual([]);
            expect(report.notes, label).toBe(document.blocks.filter((b) => b.type === 'note').length);
            expect(document.meta.date, label).toBe('');
          }
        }
      }
    }
  });
});
