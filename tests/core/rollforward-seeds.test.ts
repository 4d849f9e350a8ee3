import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGwdoc } from '../../core/gwdoc.ts';
import { importSource } from '../../core/import/import-source.ts';
import { blockText, type Block, type GongwenDocument } from '../../core/model.ts';
import { countPlaceholders } from '../../core/placeholder.ts';
import { rollForward } from '../../core/rollforward/roll-forward.ts';
import { checkSubmission } from '../../core/check/index.ts';

/*
 * Roll forward on the seeds. Every expected value is written from reading the seed (the seed's
 * own sentences are read from the seed file, never from the result).
 */

const H = '【\u3000】';
const seedFile = (name: string) => fileURLToPath(new URL(`../fixtures/import/seeds/${name}`, import.meta.url));
const SEED_000 = readFileSync(seedFile('000_50acbe1f2b51726a.txt'), 'utf8');
const imported = (name: string, fallbackYear?: number) => importSource(readFileSync(seedFile(name)), fallbackYear ? { fallbackYear } : {}).document;
function structured(name: string): GongwenDocument {
  const parsed = parseGwdoc(readFileSync(fileURLToPath(new URL(`../fixtures/seeds/${name}`, import.meta.url)), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.document;
}

/** T title, A addressee, P paragraph, N note, S signature, D date, H2~ a run-in level-2 heading, H1 done a section. */
function kinds(blocks: readonly Block[]): string[] {
  const letters: Record<string, string> = { title: 'T', addressee: 'A', paragraph: 'P', note: 'N', signature: 'S', date: 'D', attachment: 'F' };
  return blocks.map((b) => (b.type === 'heading' ? `H${b.level}${b.runIn ? '~' : ''}${b.section ? ` ${b.section}` : ''}` : letters[b.type]!));
}
const texts = (blocks: readonly Block[], type: Block['type']) => blocks.filter((b) => b.type === type).map(blockText);
const headings = (blocks: readonly Block[]) => blocks.filter((b) => b.type === 'heading' && b.section === undefined).map(blockText);
const repeat = <T>(n: number, items: T[]) => Array.from({ length: n }, () => items).flat();

/** A paragraph of seed 000 as the seed has it: the line that starts with `start` ((一)系统谋划…), without its label. */
function seed000(start: string): string {
  const line = SEED_000.split(/\r?\n/u).find((l) => l.startsWith(start));
  if (!line) throw new Error(`no line ${start}`);
  return line.slice('(一)'.length);
}
/** The items of seed 000 under 一、工作完成情况. */
const DONE_000 = ['(一)系统谋划', '(二)增量提质', '(三)以人为本', '(四)引育并举', '(五)精准发力'].map(seed000);
const PLAN_HEADINGS_000 = ['健全科技创新应用体系,释放创新“驱动力”。', '健全科创企业培育体系,做强创新“主力军”。', '健全立体创新平台体系,锻造创新“大载体”。', '健全全域创新联动体系,筑牢创新“硬支撑”。'];
const PLAN_BODIES_000 = ['坚持把产业科技创新作为主战场。', '全面确立企业创新主体地位。', '提升宣城(上海)科创中心平台能级。', '一是实施县域科技创新能力提升工程'];

describe('seed 000 (宣城市科技局2023年上半年…) → 2023 全年, the proposed target', () => {
  const last = imported('000_50acbe1f2b51726a.txt');
  const { document, report } = rollForward(last);
  const { blocks } = document;

  it('is the annual report of the same year, date to be filled', () => {
    expect(document.meta).toEqual({ template: 'annual', organ: '宣城市科技局', year: 2023, period: '全年', date: '' });
    expect(kinds(blocks)).toEqual([
      'T', 'P', 'N',
      'H1 done', ...repeat(5, ['H2~', 'N']), ...repeat(4, ['H2~', 'N']),
      'H1 problems', 'P',
      'H1 plan', 'P',
      'S', 'D',
    ]);
    expect(texts(blocks, 'title')).toEqual(['宣城市科技局2023年工作总结和2024年工作计划']);
    expect(blockText(blocks[1]!)).toBe('现将我单位2023年工作完成情况和2024年工作计划报告如下：');
    expect(blockText(blocks[2]!)).toBe('根据要求,现将我局上半年工作完成情况和下半年工作计划报告如下:');
    expect(blocks.filter((b) => b.type === 'heading' && b.section !== undefined).map(blockText)).toEqual(['2023年工作完成情况', '存在的问题', '2024年工作计划']);
    expect(texts(blocks, 'signature')).toEqual(['宣城市科技局']);
    expect(texts(blocks, 'date')).toEqual(['']);
    expect(report.renamed).toEqual([
      { from: '宣城市科技局2023年上半年工作总结和下半年工作打算', to: '宣城市科技局2023年工作总结和2024年工作计划' },
      // Another template: its own wording of each section.
      { from: '工作完成情况', to: '2023年工作完成情况' },
      { from: '下半年工作打算', to: '2024年工作计划' },
    ]);
  });

  it('carries the first half’s work as this report’s text with every figure a placeholder, last period’s wording as a note', () => {
    const done = blocks.slice(4, 14);
    // (一), masked by hand: 4项 10位 4个 3.5亿元 19项 23项 41项 30.5亿元 1-5月 248项 42.5% 1-4月 58.22亿元 第5位; 2023年 is a year.
    expect(blockText(done[0]!)).toBe(
      `系统谋划,加快促进科技成果转化。举办安徽“双创汇”•走进宣城暨“科大硅谷”创新发展高峰论坛,发布2023年宣城市海外高层次人才需求、中国科大成果转移转化基金“鲲鹏计划”等科技成果供需信息${H}项,` +
        `中国科大-广信农化“省科技重大专项校企创新联合体”成功揭牌,签约聘任${H}位“科技副总”,现场签约中国科大-德泽药研“非人灵长类繁育中心暨共享实验平台”等${H}个项目,总投资达${H}亿元,` +
        `现场发布中国科大赋权项目${H}项、本地科技成果${H}项。组织参加第二届中国(安徽)科技创新成果转化交易会,${H}项“成果转化”和“科技招商”项目初步达成合作,协议投资额${H}亿元。` +
        `${H}月,全市对接产学研用合作项目${H}项,同比增长${H}%;${H}月,我市吸纳技术合同交易额${H}亿元,居全省第${H}位。`,
    );
    // The notes are the seed's paragraphs, figures and all.
    expect([1, 3, 5, 7, 9].map((i) => blockText(done[i]!))).toEqual(DONE_000);
    // (二) 第2 1-5月 151家 583家 1.2倍; (三) 1-5月 5家 13家 (G60, TEAM WORK, 第十二届 are names);
    // (四) 50个 187个 23亿元 11项 3910万元 2家 1个 2个 46家 7家; (五) 21人 800余次 11个 3个 118.4万元 8人 200万元 2项 13项.
    expect([0, 2, 4, 6, 8].map((i) => countPlaceholders(blockText(done[i]!)))).toEqual([14, 5, 3, 10, 9]);
    expect(blockText(done[6]!)).toContain(`一是推进G60科创走廊建设。分别参加长三角G60科创走廊建设专题会议`);
    expect(blockText(done[6]!)).toContain(`成交金额${H}万元。参与长三角 G60 科创走廊`);
  });

  it('turns each item of 下半年工作打算 into a heading to report against, its text kept as a note', () => {
    const plan = blocks.slice(14, 22);
    expect([0, 2, 4, 6].map((i) => blockText(plan[i]!))).toEqual(PLAN_HEADINGS_000);
    const notes = [1, 3, 5, 7].map((i) => blockText(plan[i]!));
    notes.forEach((note, i) => expect(note.startsWith(PLAN_BODIES_000[i]!)).toBe(true));
    // Last period's figures stay in the notes (never exported, never counted).
    expect(notes[0]).toContain('提升现有2个研究院建设水平');
    expect(notes[1]).toContain('确保2023年全市科技型中小企业和高新技术企业双双突破700家。');
    // Each note is the rest of the seed's paragraph after the heading sentence.
    expect(notes).toEqual(PLAN_HEADINGS_000.map((h, i) => seed000(`(${'一二三四'[i]})${h}`).slice(h.length)));
  });

  it('reports 41 placeholders, 9 carried headings, 10 notes; the check lists the same 41', () => {
    expect(report).toMatchObject({ placeholders: 41, carriedHeadings: 9, notes: 10 });
    const findings = checkSubmission(document).filter((f) => f.code === 'placeholder');
    expect(findings).toHaveLength(41);
    expect(new Set(findings.map((f) => f.block))).toEqual(new Set([4, 6, 8, 10, 12]));
  });
});

describe('seed 000 → 2024 上半年', () => {
  const last = imported('000_50acbe1f2b51726a.txt');

  it('moves the years of the title on, keeps the sections’ wording; last year’s 上半年 as notes, the plan items as headings', () => {
    const { document, report } = rollForward(last, { year: 2024, period: '上半年' });
    const { blocks } = document;
    expect(document.meta).toEqual({ template: 'half-year', organ: '宣城市科技局', year: 2024, period: '上半年', date: '' });
    expect(kinds(blocks)).toEqual(['T', 'P', 'N', 'H1 done', 'N', 'N', 'N', 'N', 'N', ...repeat(4, ['H2~', 'N']), 'H1 problems', 'P', 'H1 plan', 'P', 'S', 'D']);
    expect(blockText(blocks[0]!)).toBe('宣城市科技局2024年上半年工作总结和下半年工作打算');
    expect(blockText(blocks[1]!)).toBe('根据要求，现将我单位2024年上半年工作完成情况和下半年工作打算报告如下：');
    expect(texts(blocks, 'heading').filter((t) => !PLAN_HEADINGS_000.includes(t))).toEqual(['工作完成情况', '存在的问题', '下半年工作打算']);
    // Last year's first half, for the 同比 figures: each item with its number, as it was printed.
    expect(blocks.slice(4, 9).map(blockText)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）'].map((label, i) => label + DONE_000[i]));
    expect(headings(blocks)).toEqual(PLAN_HEADINGS_000);
    expect(report).toEqual({
      placeholders: 0,
      carriedHeadings: 4,
      notes: 10,
      renamed: [{ from: '宣城市科技局2023年上半年工作总结和下半年工作打算', to: '宣城市科技局2024年上半年工作总结和下半年工作打算' }],
    });
  });

  it('the same with --template half-year alone (the rule’s year offset)', () => {
    expect(rollForward(last, { template: 'half-year' }).document).toEqual(rollForward(last, { year: 2024, period: '上半年' }).document);
  });

  it('with planFromLast the new plan starts from last period’s plan headings, without their text', () => {
    const { document, report } = rollForward(last, { year: 2024, period: '上半年', planFromLast: true });
    const plan = document.blocks.findIndex((b) => b.type === 'heading' && b.section === 'plan');
    expect(kinds(document.blocks.slice(plan))).toEqual(['H1 plan', 'H2~', 'H2~', 'H2~', 'H2~', 'S', 'D']);
    expect(document.blocks.slice(plan + 1, plan + 5).map(blockText)).toEqual(PLAN_HEADINGS_000);
    expect(report.carriedHeadings).toBe(8);
  });
});

describe('seed 000 as structured (template "": picked from the title)', () => {
  it('is read as a 上半年 report and rolled to 2023 全年', () => {
    const last = structured('000-xuancheng-half-year.gwdoc');
    expect(last.meta.template).toBe('');
    const { document, report } = rollForward(last);
    expect(document.meta).toMatchObject({ template: 'annual', year: 2023, period: '全年' });
    expect(blockText(document.blocks[0]!)).toBe('宣城市科技局2023年工作总结和2024年工作计划');
    // The same figures as in the .txt (41), full-width punctuation in this copy.
    expect(report.placeholders).toBe(41);
    expect(headings(document.blocks).slice(5)).toEqual(PLAN_HEADINGS_000.map((h) => h.replace(',', '，')));
  });
});

/** Seed 004's headings under 一、2022年科技工作落实情况, as the structured copy has them. */
const OUTLINE_004: [kind: string, text: string][] = [
  ['H2', '在体制改革、凝聚合力上有新举措'],
  ['H3~', '成立科创委，“一盘棋”推进。'],
  ['H3~', '创建示范市，“一揽子”统筹。'],
  ['H3~', '用好“指挥棒”，“一条线”贯穿。'],
  ['H2', '在主体培育、提升质态上有新突破'],
  ['H3~', '聚焦科创主体“蓄势”。'],
  ['H3~', '聚焦科创平台“蓄能”。'],
  ['H3~', '聚焦项目招引“蓄源”。'],
  ['H2', '在要素集聚、服务保障上有新成效'],
  ['H3~', '助力政产学研协同创新。'],
];
const BODIES_004 = ['在市委主要领导关心下', '聚焦省创新型示范市建设总要求', '围绕省政府高质量发展考核征求意见稿', '坚持企业创新主体地位不动摇', '聚焦123特色产业“卡脖子”技术攻关', '聚焦“123”特色产业体系', '积极克服疫情影响'];

describe('seed 004 (市科技局2022年工作总结及2023年工作计划; template "", no plan section: the text stops in 一、)', () => {
  const last = structured('004-annual-2022.gwdoc');

  function carried(blocks: readonly Block[]) {
    const done = blocks.findIndex((b) => b.type === 'heading' && b.section === 'done');
    const problems = blocks.findIndex((b) => b.type === 'heading' && b.section === 'problems');
    return blocks.slice(done + 1, problems);
  }

  it('→ 2023 上半年 (proposed): the headings of last year’s work carried, as there is no plan to carry, their text as notes', () => {
    const { document, report } = rollForward(last);
    const { blocks } = document;
    expect(document.meta).toEqual({ template: 'half-year', organ: '市科技局', year: 2023, period: '上半年', date: '' });
    expect(blockText(blocks[0]!)).toBe('市科技局2023年上半年工作总结和下半年工作打算');
    expect(kinds(blocks.slice(1, 4))).toEqual(['P', 'N', 'H1 done']);
    expect(blockText(blocks[2]!).startsWith('今年以来，我局在市委、市政府的坚强领导和上级科技部门的大力支持下')).toBe(true);
    const body = carried(blocks);
    const outline = body.filter((b) => b.type === 'heading').map((b) => [kinds([b])[0], blockText(b)]);
    expect(outline).toEqual(OUTLINE_004);
    // Each run-in heading is followed by its text as a note; the standalone ones have none.
    expect(kinds(body)).toEqual(['H2', 'H3~', 'N', 'H3~', 'N', 'H3~', 'N', 'H2', 'H3~', 'N', 'H3~', 'N', 'H3~', 'N', 'H2', 'H3~', 'N']);
    const notes = texts(body, 'note');
    notes.forEach((note, i) => expect(note.startsWith(BODIES_004[i]!), note.slice(0, 20)).toBe(true));
    expect(notes[1]).toContain('将建设任务分解为6个大类30个指标');
    expect(texts(blocks, 'heading').filter((t) => !OUTLINE_004.some(([, h]) => h === t))).toEqual(['工作完成情况', '存在的问题', '下半年工作打算']);
    expect(report).toEqual({
      placeholders: 0,
      carriedHeadings: 10,
      notes: 8,
      renamed: [
        { from: '市科技局2022年工作总结及2023年工作计划', to: '市科技局2023年上半年工作总结和下半年工作打算' },
        { from: '2022年科技工作落实情况', to: '工作完成情况' },
      ],
    });
    expect(kinds(blocks.slice(-8))).toEqual(['H3~', 'N', 'H1 problems', 'P', 'H1 plan', 'P', 'S', 'D']);
    expect(texts(blocks, 'signature')).toEqual(['市科技局']);
    expect(texts(blocks, 'date')).toEqual(['']);
  });

  it('→ 2023 全年 (--template annual): the title and 2022年科技工作落实情况 (a 工作完成情况 by meaning) keep their wording with the years moved on', () => {
    const { document, report } = rollForward(last, { template: 'annual' });
    expect(document.meta).toMatchObject({ template: 'annual', year: 2023, period: '全年', date: '' });
    expect(blockText(document.blocks[0]!)).toBe('市科技局2023年工作总结及2024年工作计划');
    expect(texts(document.blocks, 'heading').filter((t) => !OUTLINE_004.some(([, h]) => h === t))).toEqual(['2023年科技工作落实情况', '存在的问题', '2024年工作计划']);
    expect(carried(document.blocks).filter((b) => b.type === 'heading').map(blockText)).toEqual(OUTLINE_004.map(([, h]) => h));
    expect(report.renamed).toEqual([
      { from: '市科技局2022年工作总结及2023年工作计划', to: '市科技局2023年工作总结及2024年工作计划' },
      { from: '2022年科技工作落实情况', to: '2023年科技工作落实情况' },
    ]);
    expect(report).toMatchObject({ placeholders: 0, carriedHeadings: 10, notes: 8 });
  });

  it('imported from the .txt it rolls the same way', () => {
    const { document } = rollForward(imported('004_f1749bfab7b2431e.txt'));
    expect(blockText(document.blocks[0]!)).toBe('市科技局2023年上半年工作总结和下半年工作打算');
    expect(carried(document.blocks).filter((b) => b.type === 'heading').map(blockText)).toEqual(OUTLINE_004.map(([, h]) => h.replace(/，/gu, ',')));
  });
});

describe('seed 002 (2022年全市科技工作要点) → 2023年工作要点', () => {
  it('carries each section as text, figures masked, last year’s wording as notes', () => {
    const { document, report } = rollForward(structured('002-key-points-2022.gwdoc'));
    const { blocks } = document;
    expect(document.meta).toEqual({ template: 'key-points', organ: '市科技局', year: 2023, period: '全年', date: '' });
    expect(blockText(blocks[0]!)).toBe('2023年全市科技工作要点');
    const goals = blocks.findIndex((b) => b.type === 'heading' && b.section === 'goals');
    // 15% 50% 90家 12%.
    expect(blockText(blocks[goals + 1]!)).toBe(`力争全社会研发经费年增长${H}%左右；企业吸纳技术合同成交额（包括技术合同成交额与地区生产总值之比）增长${H}%以上全年通过认定高新技术企业${H}家以上；高新技术产业增加值增速${H}%以上。`);
    expect(blockText(blocks[goals + 2]!)).toBe('力争全社会研发经费年增长15%左右；企业吸纳技术合同成交额（包括技术合同成交额与地区生产总值之比）增长50%以上全年通过认定高新技术企业90家以上；高新技术产业增加值增速12%以上。');
    const tasks = blocks.findIndex((b) => b.type === 'heading' && b.section === 'tasks');
    const carried = blocks.slice(tasks).filter((b) => b.type === 'heading' && b.section === undefined);
    // (一)–(七), and 1.–19. numbered on across them.
    expect(carried.filter((b) => b.type === 'heading' && b.level === 2)).toHaveLength(7);
    expect(carried.filter((b) => b.type === 'heading' && b.level === 3)).toHaveLength(19);
    const twoStrong = carried.map(blockText).find((t) => t.startsWith('实施“两强一增”行动计划。'));
    expect(twoStrong).toContain(`全市科技特派员动态发展到${H}名左右`);
    // “5+1” is a name, not a figure.
    expect(carried.map(blockText).find((t) => t.startsWith('强化关键核心技术攻关。'))).toContain('聚焦5+1”产业布局');
    // Goals 4; tasks 10项 2 90家 12% 1400名 1-2家 ×3 2 (the seed’s “承担的2改革事项”) = 9.
    expect(report).toMatchObject({ placeholders: 13, carriedHeadings: 26 });
  });
});

describe('seed 001 (a reused skeleton, every figure masked as x)', () => {
  const last = imported('001_1546186363c61f01.txt', 2021);

  it('imported: its 206 x-placeholders are recognised, and the check lists each', () => {
    // 206 by hand, clause by clause (tests/core/placeholder.test.ts, lines 10–62 of the seed).
    expect(last.blocks.reduce((n, b) => n + countPlaceholders(blockText(b)), 0)).toBe(206);
    expect(checkSubmission(last).filter((f) => f.code === 'placeholder')).toHaveLength(206);
  });

  it('rolled forward: the masked years of the section titles become this period’s; the rest of last period’s text is in the notes, placeholders and all', () => {
    const { document, report } = rollForward(last);
    expect(document.meta).toMatchObject({ template: 'report', year: 2022 });
    expect(blockText(document.blocks[0]!)).toBe('市科技局关于报送工作总结及工作计划的报告');
    expect(texts(document.blocks, 'addressee')).toEqual(['市政府办公厅：']);
    expect(report.renamed).toEqual([
      { from: 'xxxx年重点工作完成情况', to: '2022年工作完成情况' },
      { from: 'xxxx年工作打算', to: '2023年工作计划' },
    ]);
    // 四、's items (the source’s （五）（六） renumbered) are what 2022 reports against.
    expect(headings(document.blocks)).toEqual([
      '聚焦创新主体,推进经济高质量发展。',
      '提升创新能力,推动创新体系建设。',
      '拓展创新平台,形成“本地孵化+离岸孵化+飞地育成”双创的三通道格局。',
      '补齐创新链条,打造科技金融结合升级版。',
      '释放创新活力,深化科技放管服改革。',
    ]);
    // 206 less the two section titles, now 2022年… and 2023年…
    const inNotes = document.blocks.filter((b) => b.type === 'note').reduce((n, b) => n + countPlaceholders(blockText(b)), 0);
    expect(inNotes).toBe(204);
    expect(report.placeholders).toBe(0);
    // The second 工作总结 section of the source says where its text came from.
    expect(texts(document.blocks, 'note')).toContain('二、xxxx年创新工作和亮点工作总结');
  });
});
