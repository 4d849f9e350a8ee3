import { heading, textBlock, type Block, type GongwenDocument, type HeadingLevel } from '../../core/model.ts';
import { normalizeBlocks } from '../../core/normalize.ts';
import { sectionTitle } from '../../core/template.ts';
import { getTemplate } from '../../core/templates.ts';
import { prng } from './random-blocks.ts';

/**
 * A seeded generator of valid reports, written the way clerks write them: a title that ends like
 * one, an opening paragraph, the template's required sections as level-1 headings (one sometimes
 * left empty), headings on all four levels (standalone or run-in), long paragraphs with numbers,
 * decimals, percentages and 一是…二是…, sometimes enough headings on one level for labels past
 * 十 and 二十, an 附件说明, signature and date (in any of the forms the date is typed in), and now
 * and then an empty paragraph or heading (an unfilled placeholder, not printed).
 */

const ORGANS = ['宣城市科技局', '某某县农业农村局', '市人力资源和社会保障局', '某某街道办事处', '区统计局', '省生态环境厅'];
const TOPICS = ['科技成果转化', '创新主体培育', '科技人才队伍', '产学研合作', '营商环境', '数字经济', '安全生产', '农业科技服务', '知识产权保护', '重大项目招引', '基层党建', '干部作风'];
const VERBS = ['加快推进', '持续深化', '着力加强', '扎实开展', '全面提升', '大力实施', '不断完善', '统筹抓好'];
const ENDS = ['工作', '建设', '体系', '机制', '能力', '水平'];
const PHRASES = ['系统谋划', '增量提质', '以人为本', '引育并举', '聚焦重点', '守正创新', '夯实基础', '真抓实干'];
const CLAUSES = [
  '全年共组织各类活动{n}场次',
  '累计完成投资{d}亿元',
  '同比增长{p}%',
  '新认定高新技术企业{n}家',
  '签约项目{n}个，总投资{d}亿元',
  '争取上级资金{d}万元',
  '形成了一批可复制可推广的经验',
  '有关工作得到省市领导的充分肯定',
  '举办“双创汇”等活动{n}场',
  '围绕《实施方案》确定的目标任务',
  '群众满意度达到{p}%',
  '各项指标均完成年度目标任务',
];
const ORDINALS = ['一是', '二是', '三是', '四是'];
const ATTACHMENTS = [
  '{year}年重点项目清单',
  '科技创新平台名录',
  '有关数据统计表',
  '{organ}工作任务分解表',
  '典型案例汇编',
  '{organ}关于{year}年度科技创新平台建设、高新技术企业培育、科技成果转化和科技人才引进等重点工作任务完成情况的统计汇总表',
];
const ADDRESSEES = ['市人民政府', '县委、县政府', '市政府办公室', '各县、市、区人民政府，市政府各部门、各直属机构'];
const TEMPLATES = ['', 'half-year', 'annual', 'key-points', 'report'];

export interface ReportOptions {
  /** Template id ('' for none); picked at random when absent. */
  template?: string;
  /** Headings under one parent to reach for labels past 二十 (一、… 二十二、, （二十一）, 21.). */
  many?: boolean;
}

export function randomReport(seed: number, options: ReportOptions = {}): GongwenDocument {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const chance = (p: number) => random() < p;

  const templateId = options.template ?? pick(TEMPLATES);
  const template = templateId ? getTemplate(templateId) : undefined;
  const organ = pick(ORGANS);
  const year = int(2019, 2025);
  const period = template?.period ?? (chance(0.5) ? '上半年' : '全年');
  const meta = { template: templateId, organ, year, period, date: '' } as GongwenDocument['meta'];

  const fill = (text: string) =>
    text
      .replaceAll('{n}', String(int(2, 480)))
      .replaceAll('{d}', `${int(1, 99)}.${int(1, 9)}`)
      .replaceAll('{p}', `${int(1, 99)}.${int(1, 9)}`)
      .replaceAll('{year}', String(year))
      .replaceAll('{organ}', organ);
  const sentence = () => {
    const clauses = Array.from({ length: int(1, 3) }, () => fill(pick(CLAUSES)));
    return `${pick(VERBS)}${pick(TOPICS)}${pick(ENDS)}，${clauses.join('，')}。`;
  };
  const paragraph = () => {
    if (chance(0.25)) return ORDINALS.slice(0, int(2, 4)).map((ordinal) => ordinal + sentence()).join('');
    // Numbers inside a paragraph are not labels: 重点抓好以下方面：1.…；2.…。 and …。（1）…。（2）…。
    if (chance(0.08)) return `重点抓好以下方面：${Array.from({ length: int(2, 4) }, (_, i) => `${i + 1}.${sentence().slice(0, -1)}`).join('；')}。`;
    if (chance(0.05)) return `${sentence()}${Array.from({ length: int(2, 3) }, (_, i) => `（${i + 1}）${sentence()}`).join('')}`;
    // Long paragraphs too: up to a dozen sentences.
    return Array.from({ length: chance(0.2) ? int(6, 12) : int(1, 4) }, sentence).join('');
  };
  const headingText = () => {
    const r = random();
    if (r < 0.45) return `${pick(VERBS)}${pick(TOPICS)}${pick(ENDS)}`;
    if (r < 0.9) return `${pick(PHRASES)}，${pick(VERBS)}${pick(TOPICS)}`;
    // Headings that start with a number (after 1. they look like a decimal or a number list).
    return fill(pick(['{year}年{topic}工作', '5G基站建设', '12月份重点工作安排', '三季度{topic}推进情况', '“十四五”{topic}规划实施'])).replaceAll('{topic}', pick(TOPICS));
  };

  const blocks: Block[] = [];
  const freeTitles = [
    `${organ}关于${year}年${pick(TOPICS)}工作情况的报告`,
    `${organ}关于贯彻落实《${pick(TOPICS)}三年行动实施方案》情况的报告`,
    // Longer than three lines of 20 characters, and one with a line break typed into it.
    `${organ}关于${year}年度${pick(TOPICS)}、${pick(TOPICS)}和${pick(TOPICS)}等重点工作推进落实情况以及下一阶段${pick(TOPICS)}工作安排的报告`,
    `${organ}\n${year}年${pick(TOPICS)}工作总结`,
  ];
  const title = template ? template.titlePattern.replaceAll('{organ}', organ).replaceAll('{year}', String(year)).replaceAll('{nextYear}', String(year + 1)) : pick(freeTitles);
  blocks.push(textBlock('title', title));
  if (templateId === 'report' || chance(0.3)) blocks.push(textBlock('addressee', `${pick(ADDRESSEES)}：`));
  blocks.push(textBlock('paragraph', `根据要求，现将${year}年有关工作情况报告如下：`));

  const manyDone = new Set<HeadingLevel>();
  /** A heading's subtree: paragraphs and headings one level down, never skipping a level. */
  const subtree = (level: HeadingLevel, depth: number) => {
    if (chance(0.5)) blocks.push(textBlock('paragraph', paragraph()));
    if (chance(0.05)) blocks.push(textBlock('paragraph', ''));
    if (level === 4 || depth > 3) return;
    const next = (level + 1) as HeadingLevel;
    // Past 二十 once on each level (21 to 23 headings under one parent).
    const long = options.many === true && !manyDone.has(next);
    if (long) manyDone.add(next);
    const count = long ? int(21, 23) : int(0, 3);
    for (let i = 0; i < count; i++) {
      const runIn = chance(0.5);
      if (runIn) {
        blocks.push(heading(next, `${headingText()}。${paragraph()}`, { runIn: true }));
      } else {
        // A standalone heading typed with closing punctuation: it is printed without. An unfilled
        // heading (empty, with or without subheadings) is not printed, nor numbered.
        blocks.push(heading(next, chance(0.02) ? '' : headingText() + (chance(0.15) ? pick(['。', '；', '：']) : '')));
        subtree(next, depth + 1);
      }
      if (runIn && chance(0.3)) blocks.push(textBlock('paragraph', paragraph()));
    }
  };

  const sections = template?.sections ?? [];
  const extra = options.many ? int(21, 23) : int(1, 4);
  const levelOnes = [...sections.map((section) => ({ text: sectionTitle(section, meta), section: section.key })), ...Array.from({ length: template ? int(0, 2) : extra }, () => ({ text: headingText(), section: undefined }))];
  for (const [i, one] of levelOnes.entries()) {
    blocks.push(heading(1, one.text, one.section ? { section: one.section } : {}));
    // A required section sometimes left empty: exported as its heading alone.
    if (one.section && i > 0 && chance(0.15)) continue;
    subtree(1, 0);
  }
  if (chance(0.4)) for (let i = int(1, 3); i > 0; i--) blocks.push(textBlock('attachment', fill(pick(ATTACHMENTS))));
  const month = int(1, 12);
  const day = int(1, 28);
  const closing = random();
  if (closing < 0.9) blocks.push(textBlock('signature', organ));
  if (closing > 0.05) blocks.push(textBlock('date', pick([`${year}年${month}月${day}日`, `${year}年${month}月${day}日`, `${year}年${String(month).padStart(2, '0')}月${String(day).padStart(2, '0')}日`, `${year}-${month}-${day}`])));
  return { meta, blocks: normalizeBlocks(blocks, { template, meta }) };
}
