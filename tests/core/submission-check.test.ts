import { describe, expect, it } from 'vitest';
import { blockText, type GongwenDocument } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { countPlaceholders } from '../../core/placeholder.ts';
import { checkSubmission, hasBlocking, type Finding, type SubmissionCheckOptions } from '../../core/check/index.ts';
import { findHalfWidthPunctuation } from '../../core/half-width-marks.ts';
import { getTemplate } from '../../core/templates.ts';
import { blocksOf, type Compact } from './compact.ts';

// A clean report for 2023 (template "report"); the indices are used below.
const CLEAN: Compact[] = [
  'T:市科技局关于报送2023年工作总结及2024年工作计划的报告', // 0
  'A:市政府办公厅：', // 1
  'P:现将我局2023年工作总结及2024年工作计划报告如下：', // 2
  'H1:2023年工作完成情况#done', // 3
  'H2~:加强科技创新。全年投入研发经费3.5亿元，同比增长12%，较2022年增加0.4亿元。', // 4
  'P:今年以来，新增高新技术企业45家，1-11月技术合同交易额58.22亿元，居全省第5位。', // 5
  'H1:存在的问题#problems', // 6
  'P:创新能力有待提升，上年遗留问题仍需解决。', // 7
  'H1:2024年工作计划#plan', // 8
  'H2:加大研发投入', // 9
  'P:继续加大投入，到2025年实现翻番。', // 10
  'S:市科技局', // 11
  'D:2024年1月10日', // 12
];

function report(entries: Compact[] = CLEAN, meta: Partial<GongwenDocument['meta']> = {}): GongwenDocument {
  return { meta: { template: 'report', organ: '市科技局', year: 2023, period: '全年', date: '', ...meta }, blocks: blocksOf(entries) };
}

/** CLEAN with some blocks replaced: { index: compact }. */
function edited(changes: Record<number, Compact>, meta: Partial<GongwenDocument['meta']> = {}): GongwenDocument {
  return report(CLEAN.map((entry, i) => changes[i] ?? entry), meta);
}

const check = (document: GongwenDocument, options?: SubmissionCheckOptions) => checkSubmission(document, options);
const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const brief = (findings: Finding[]) => findings.map((f) => ({ code: f.code, severity: f.severity, block: f.block, start: f.start, end: f.end }));
const textOf = (document: GongwenDocument, f: Finding) => {
  const block = document.blocks[f.block!]!;
  return block.children.map((c) => c.text).join('').slice(f.start, f.end);
};

describe('checkSubmission: a clean report', () => {
  it('reports nothing', () => {
    expect(check(report())).toEqual([]);
  });

  it('every message is Chinese and says where', () => {
    const document = edited({ 5: 'P:今年以来,新增xx家企业。一是加强。三是推进。', 12: 'D:2024年01月10日' });
    const findings = check(document);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      expect(f.message).toMatch(/[\u4e00-\u9fff]/u);
      if (f.block !== undefined) expect(f.message).toContain(`第 ${f.block + 1} 段`);
    }
  });
});

describe('checkSubmission: structure problems (check.ts), with severities', () => {
  it('a fresh document: empty required sections block, and so does the unfilled date', () => {
    const fresh = newDocument(getTemplate('report'), { organ: '市科技局', year: 2023 });
    const findings = check(fresh);
    expect(brief(findings)).toEqual([
      { code: 'empty-section', severity: 'blocking', block: 3, start: undefined, end: undefined },
      { code: 'empty-section', severity: 'blocking', block: 5, start: undefined, end: undefined },
      { code: 'empty-section', severity: 'blocking', block: 7, start: undefined, end: undefined },
      { code: 'date-missing', severity: 'blocking', block: 10, start: undefined, end: undefined },
    ]);
    expect(findings[0]!.message).toContain('2023年工作完成情况');
    expect(findings[3]!.message).toBe('第 11 段成文日期还没有填写');
    expect(hasBlocking(findings)).toBe(true);
  });

  it('a missing section has no block and comes first', () => {
    const findings = check(report([...CLEAN.slice(0, 6), ...CLEAN.slice(8)]));
    expect(brief(findings)).toEqual([{ code: 'missing-section', severity: 'blocking', block: undefined, start: undefined, end: undefined }]);
    expect(findings[0]!.message).toContain('存在的问题');
  });

  it('level jumps and empty headings block; a wording the template does not list only warns', () => {
    const findings = check(edited({ 9: 'H3:加大研发投入', 7: 'P:创新能力有待提升。' }));
    expect(brief(findings)).toEqual([{ code: 'level-jump', severity: 'blocking', block: 9, start: undefined, end: undefined }]);
    expect(findings[0]!.message).toContain('第 10 段');
    expect(brief(check(edited({ 9: 'H2: ' })))).toEqual([{ code: 'empty-heading', severity: 'blocking', block: 9, start: undefined, end: undefined }]);
    const wording = check(edited({ 6: 'H1:困难和挑战#problems' }));
    expect(brief(wording)).toEqual([{ code: 'section-wording', severity: 'warning', block: 6, start: undefined, end: undefined }]);
    expect(wording[0]!.message).toMatch(/^第 7 段：「困难和挑战」/u);
    expect(hasBlocking(wording)).toBe(false);
  });

  it('duplicate and misplaced sections block; an unknown template warns', () => {
    const duplicate = [...CLEAN.slice(0, 8), 'H1:2023年工作完成情况（续）#done', 'P:续。', ...CLEAN.slice(8)];
    expect(only(check(report(duplicate)), 'duplicate-section').map((f) => [f.block, f.severity])).toEqual([[8, 'blocking']]);
    const reordered = [...CLEAN.slice(0, 3), ...CLEAN.slice(6, 8), ...CLEAN.slice(3, 6), ...CLEAN.slice(8)];
    expect(only(check(report(reordered)), 'section-order').map((f) => [f.block, f.severity])).toEqual([[5, 'blocking']]);
    expect(brief(check(report(CLEAN, { template: 'nope' })))).toEqual([{ code: 'unknown-template', severity: 'warning', block: undefined, start: undefined, end: undefined }]);
  });
});

describe('checkSubmission: numbering problems from the importer', () => {
  it('each is blocking, at its heading, with the importer’s sentence', () => {
    const findings = check(report(), {
      numberingProblems: [
        { block: 9, message: '「（三）」之后是「（五）」，缺少「（四）」' },
        { block: 4, message: '「（一）」重复' },
      ],
    });
    expect(brief(findings)).toEqual([
      { code: 'numbering', severity: 'blocking', block: 4, start: undefined, end: undefined },
      { code: 'numbering', severity: 'blocking', block: 9, start: undefined, end: undefined },
    ]);
    expect(findings[1]!.message).toBe('第 10 段「加大研发投入」：「（三）」之后是「（五）」，缺少「（四）」');
  });

  it('an index outside the document keeps its message, without a block', () => {
    expect(brief(check(report(), { numberingProblems: [{ block: 99, message: '缺少「（四）」' }] }))).toEqual([
      { code: 'numbering', severity: 'blocking', block: undefined, start: undefined, end: undefined },
    ]);
  });
});

describe('checkSubmission: unfilled placeholders', () => {
  it('each placeholder is blocking, with its block and offsets', () => {
    const document = edited({ 0: 'T:XX市科技局关于报送2023年工作总结及2024年工作计划的报告', 5: 'P:今年以来，新增高新技术企业xx家，投资【　】亿元，增长x.x%。', 9: 'H2:加大【】投入' });
    const findings = only(check(document), 'placeholder');
    expect(findings.map((f) => [f.block, textOf(document, f), f.severity])).toEqual([
      [0, 'XX', 'blocking'],
      [5, 'xx', 'blocking'],
      [5, '【　】', 'blocking'],
      [5, 'x.x', 'blocking'],
      [9, '【】', 'blocking'],
    ]);
    expect(findings[1]!.start).toBe(13);
    expect(findings[1]!.message).toBe('第 6 段「…新增高新技术企业xx家，投资【　】亿…」：「xx」还没有填写');
  });

  it('a 【 or 】 left unmatched is blocking, at the bracket, and says which one is missing its partner', () => {
    const document = edited({ 5: 'P:今年以来，新增高新技术企业45家，增长12】%，投资【\u300010亿元。' });
    const findings = only(check(document), 'placeholder');
    expect(findings.map((f) => [f.block, f.start, textOf(document, f), f.severity])).toEqual([
      [5, 21, '】', 'blocking'],
      [5, 26, '【', 'blocking'],
    ]);
    expect(findings[0]!.message).toBe('第 6 段「…45家，增长12】%，投资【　10…」：「】」没有配对的「【」，待填处没有填完或括号多余');
    expect(findings[1]!.message).toMatch(/^第 6 段「.*」：「【」没有配对的「】」/u);
    // The same rule counts them among the open placeholders (还有 N 处待填).
    expect(countPlaceholders(blockText(document.blocks[5]!))).toBe(2);
  });

  it('blocks that are not printed (a reference note) are not checked', () => {
    const note = { type: 'note', children: [{ text: '上期：投入xx亿元' }] };
    expect(check(report([...CLEAN.slice(0, 6), note, ...CLEAN.slice(6)]))).toEqual([]);
  });

  it('an unfilled date is listed as placeholders, not as a wrong date', () => {
    const findings = check(edited({ 12: 'D:xxxx年x月x日' }));
    expect(findings.map((f) => f.code)).toEqual(['placeholder', 'placeholder', 'placeholder']);
  });
});

describe('checkSubmission: half-width punctuation', () => {
  it(', : ; ( ) ? ! in Chinese text, each a warning at its offset; a bracket pair is one finding', () => {
    const text = '根据要求,现将情况报告如下:一是加强(试行)管理;二是完成了吗?完成了!';
    const document = edited({ 5: `P:${text}` });
    const findings = check(document);
    expect(findings.every((f) => f.code === 'half-width-punctuation' && f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => textOf(document, f))).toEqual([',', ':', '(试行)', ';', '?', '!']);
    expect(findings[0]!.start).toBe(4);
    expect(findings[0]!.message).toBe('第 6 段「根据要求,现将情况报告如下…」：半角逗号「,」应为全角「，」');
    expect(findings[2]!.message).toContain('半角括号「(试行)」应为全角「（试行）」');
  });

  it('never numbers, times, ratios, URLs, e-mail addresses, Latin text or Latin in brackets', () => {
    const text =
      '投资1,000 元，比例3:1，会议10:30开始，详见http://a.b/c?x=1，国内生产总值(GDP)增长，通过ISO 9001:2015认证，邮箱a.b@c.cn，英文名Science and Technology Bureau, Xuancheng (STB)，R&D投入，第(1)项。';
    expect(check(edited({ 5: `P:${text}` }))).toEqual([]);
  });

  it('past digits, percent signs and quotes to the nearest letter', () => {
    const text = '同比增长42.5%;1-4月,我市“科技副总”,共5个)';
    expect(findHalfWidthPunctuation(text).map((m) => [m.mark, m.fullWidth])).toEqual([
      [';', '；'],
      [',', '，'],
      [',', '，'],
      [')', '）'],
    ]);
    // A lone bracket is judged by what stands around it; Latin on both sides passes.
    expect(findHalfWidthPunctuation('TEAM WORK,众创空间').map((m) => m.index)).toEqual([9]);
    expect(findHalfWidthPunctuation('Hello, world (see below): fine?')).toEqual([]);
  });

  // Seed 000, (二) as scraped (a run-in level-2 heading). Counted by hand: 13 commas, 3 semicolons,
  // 3 bracket pairs (去年…第2) (全市…企业) (市区); 1-5月 and 1.2倍 have none.
  const SEED_000_2 =
    '增量提质,扎实推进创新主体培育。切实发挥企业科技创新主体作用,聚力培育科创企业森林。通过“三个一批”,即“双招双引”引进一批、“千企升级”提升一批、“创业孵化”培育一批,加速推进高新企业“规模化”和规上企业“高新化”,确保实现科技型中小企业和高新技术企业“双倍增”。通过“三个联合”,即联合税务部门建立联席培育机制,制定高新技术企业培育服务指南(去年我市高新技术企业申报通过率全省第2);联合经信部门建立联系重点企业机制,推动企业向高端、高质和高新方向转变(全市上市后备企业均为高新技术企业);联合县(市区)、开发园区建立联动机制,做到“面对面”帮扶,“点对点”培育,切实推进科创企业扩量提质增效。1-5月,全市参加高企申报企业151家;备案国家科技型中小企业583家,是去年全年的1.2倍。';

  it('seed 000 (二): 19 findings, as counted by hand', () => {
    const document = edited({ 4: `H2~:${SEED_000_2}` });
    const findings = check(document);
    expect(findings).toHaveLength(19);
    const marks = findings.map((f) => textOf(document, f));
    expect(marks.filter((m) => m === ',')).toHaveLength(13);
    expect(marks.filter((m) => m === ';')).toHaveLength(3);
    expect(marks.filter((m) => m.startsWith('('))).toEqual(['(去年我市高新技术企业申报通过率全省第2)', '(全市上市后备企业均为高新技术企业)', '(市区)']);
  });

  it('seed 000 (四): the Latin names TEAM WORK and G60 are left alone', () => {
    const text =
      '引育并举,聚力打造协同创新格局。一是推进G60科创走廊建设。推荐市经开区TEAM WORK众创空间申报省级众创空间。参与长三角 G60 科创走廊智能物流装备产业链高质量发展专项行动,司尔特、驿星智能物流装备2家企业参与合作。';
    const document = edited({ 4: `H2~:${text}` });
    expect(check(document).map((f) => textOf(document, f))).toEqual([',', ',']);
  });

  it('seed 000 opening and date line', () => {
    const document = edited({ 2: 'P:根据要求,现将我局上半年工作完成情况和下半年工作计划报告如下:' });
    expect(check(document).map((f) => [f.block, f.start, textOf(document, f)])).toEqual([
      [2, 4, ','],
      [2, 30, ':'],
    ]);
  });
});

describe('checkSubmission: 成文日期 (GB/T 9704 7.3.5.4)', () => {
  const dateFindings = (date: string, meta: Partial<GongwenDocument['meta']> = {}) => check(edited({ 12: `D:${date}` }, meta)).filter((f) => f.code.startsWith('date'));

  it('the standard form passes', () => {
    expect(dateFindings('2024年1月10日')).toEqual([]);
    expect(dateFindings('2023年12月31日')).toEqual([]);
  });

  it('leading zeros and Chinese numerals warn, with the standard form as the fix in the document', () => {
    for (const date of ['2024年01月10日', '二〇二四年一月十日', '2024-01-10', '２０２４年１月１０日']) {
      const findings = dateFindings(date);
      expect(brief(findings)).toEqual([{ code: 'date-format', severity: 'warning', block: 12, start: undefined, end: undefined }]);
      expect(findings[0]!.message).toContain('应写成「2024年1月10日」');
      expect(findings[0]!.fix).toEqual({ start: 0, end: date.length, text: '2024年1月10日' });
    }
  });

  it('a date the export cannot read blocks', () => {
    for (const date of ['24年1月10日', '2024年1月', '2024年2月30日', '一月十日']) {
      expect(brief(dateFindings(date))).toEqual([{ code: 'date-format', severity: 'blocking', block: 12, start: undefined, end: undefined }]);
    }
  });

  // The export once printed meta.date under an empty date line, a date the editor never showed.
  it('an empty date line is missing; the date the document was made with is offered as its fix', () => {
    const findings = dateFindings('', { date: '2024年01月10日' });
    expect(brief(findings)).toEqual([{ code: 'date-missing', severity: 'blocking', block: 12, start: undefined, end: undefined }]);
    expect(findings[0]!.fix).toEqual({ start: 0, end: 0, text: '2024年1月10日' });
    const none = dateFindings('');
    expect(brief(none)).toEqual([{ code: 'date-missing', severity: 'blocking', block: 12, start: undefined, end: undefined }]);
    expect(none[0]!.fix).toBeUndefined();
  });

  it('a document without a date line and without meta.date has nothing to check', () => {
    expect(check(report(CLEAN.slice(0, 12)))).toEqual([]);
  });
});

describe('checkSubmission: year consistency', () => {
  it('the date’s year: the report year or the next for an annual report', () => {
    expect(check(edited({ 12: 'D:2023年12月28日' }))).toEqual([]);
    const findings = check(edited({ 12: 'D:2022年12月28日' }));
    expect(brief(findings)).toEqual([{ code: 'date-year', severity: 'blocking', block: 12, start: undefined, end: undefined }]);
    expect(findings[0]!.message).toContain('应为 2023 或 2024 年');
    expect(only(check(edited({ 12: 'D:2025年1月10日' })), 'date-year')).toHaveLength(1);
  });

  it('a half-year report is dated in its year; a 工作要点 in its year or late the year before', () => {
    const halfYear = ['T:宣城市科技局2023年上半年工作总结和下半年工作打算', 'P:正文。', 'S:宣城市科技局'];
    expect(check(report([...halfYear, 'D:2023年6月28日'], { template: 'none' })).map((f) => f.code)).toEqual(['unknown-template']);
    expect(only(check(report([...halfYear, 'D:2024年1月5日'], { template: 'none' })), 'date-year')).toHaveLength(1);
    const keyPoints = ['T:2022年全市科技工作要点', 'P:正文。', 'S:市科技局'];
    expect(only(check(report([...keyPoints, 'D:2021年12月30日'], { template: 'none' })), 'date-year')).toEqual([]);
    expect(only(check(report([...keyPoints, 'D:2022年4月11日'], { template: 'none' })), 'date-year')).toEqual([]);
    expect(only(check(report([...keyPoints, 'D:2023年1月5日'], { template: 'none' })), 'date-year')).toHaveLength(1);
    const halfYearPlan = ['T:市科技局2024年上半年工作要点', 'P:正文。', 'S:市科技局'];
    expect(only(check(report([...halfYearPlan, 'D:2023年12月28日'], { template: 'none' })), 'date-year')).toEqual([]);
  });

  it('without a year in the title, the document’s year setting is the report year', () => {
    const untitled = edited({ 0: 'T:市科技局关于报送工作总结及工作计划的报告', 12: 'D:2021年1月10日' });
    const findings = only(check(untitled), 'date-year');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('文档信息的报告年度 2023 年');
  });

  it('「2022年以来」 in a 2023 report warns (last period’s 今年以来); 2023年以来, 2018年以来, 上年, 去年 pass', () => {
    const text = '2022年以来，累计新增企业45家。';
    const document = edited({ 5: `P:${text}` });
    const findings = check(document);
    expect(brief(findings)).toEqual([{ code: 'stale-year', severity: 'warning', block: 5, start: 0, end: 7 }]);
    expect(findings[0]!.message).toContain('「2022年以来」');
    expect(check(edited({ 5: 'P:2023年以来，新增企业45家；2018年以来累计培育企业300家；上年遗留问题已解决，去年同期为40家。' }))).toEqual([]);
    // In the plan section too: the stale phrase is the same wherever it stands.
    expect(only(check(edited({ 10: 'P:巩固2022年以来的成果。' })), 'stale-year')).toHaveLength(1);
  });

  it('a past time later than the report year warns in the sections that report on the past', () => {
    const findings = check(edited({ 5: 'P:2024年以来，新增企业45家。截至2024年底，累计300家。2024年，全市R&D经费支出8亿元。' }));
    expect(findings.map((f) => [f.code, f.start])).toEqual([
      ['future-year', 0],
      ['future-year', 16],
      ['future-year', 32],
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('later years in the plan section, targets and comparisons pass', () => {
    expect(check(edited({ 10: 'P:2024年，我局将继续加大投入。截至2024年底，高新技术企业达到300家。力争2025年翻番，到2035年建成创新型城市。' }))).toEqual([]);
    expect(check(edited({ 5: 'P:今年以来，新增企业45家，为2024年打下基础，到2025年实现翻番，2021—2025年规划稳步推进。' }))).toEqual([]);
  });

  it('a second year in the title is the report year or the next', () => {
    expect(check(edited({ 0: 'T:市科技局2023年工作总结和2023年工作计划' }, { template: 'none' })).map((f) => f.code)).toEqual(['unknown-template']);
    const findings = only(check(edited({ 0: 'T:市科技局关于报送2023年工作总结及2025年工作计划的报告' })), 'title-year');
    expect(brief(findings)).toEqual([{ code: 'title-year', severity: 'warning', block: 0, start: 18, end: 23 }]);
  });

  it('a year in a section heading that is neither the report year nor the next', () => {
    const findings = check(edited({ 3: 'H1:2022年工作完成情况#done' }));
    expect(only(findings, 'section-year').map((f) => [f.block, f.start, f.severity])).toEqual([[3, 0, 'warning']]);
    expect(only(check(edited({ 9: 'H2:巩固2021—2025年规划成果' })), 'section-year')).toEqual([]);
    expect(only(check(edited({ 8: 'H1:2024年工作计划（2021—2025年规划收官）#plan' })), 'section-year')).toEqual([]);
    expect(only(check(edited({ 8: 'H1:２０２５年工作计划#plan' })), 'section-year').map((f) => [f.start, f.end])).toEqual([[0, 5]]);
  });
});

describe('checkSubmission: standalone headings ending in punctuation', () => {
  it('a standalone heading ending in 。，；：、 warns at the mark', () => {
    for (const mark of ['。', '，', '；', '：', '、', ':']) {
      const findings = check(edited({ 9: `H2:加大研发投入${mark}` }));
      expect(only(findings, 'heading-punctuation').map((f) => [f.block, f.start, f.end, f.severity])).toEqual([[9, 6, 7, 'warning']]);
    }
    // Seed 001's (一), written as a heading line of its own.
    const seed = check(edited({ 9: 'H2:谋字当先，抓项目助产业做到未雨绸缪。' }));
    expect(seed.map((f) => f.code)).toEqual(['heading-punctuation']);
    expect(seed[0]!.message).toBe('第 10 段章节标题「谋字当先，抓项目助产业做到未雨绸缪。」：独占一行的标题末尾不加标点，应删去「。」');
  });

  it('run-in headings, question marks, closing brackets and quotes pass', () => {
    expect(check(edited({ 9: 'H2~:加大研发投入。全年投入3亿元。' }))).toEqual([]);
    expect(check(edited({ 9: 'H2:如何加大研发投入？' }))).toEqual([]);
    expect(check(edited({ 9: 'H2:实施“双倍增”计划（2023—2025年）' }))).toEqual([]);
    expect(check(edited({ 9: 'H2:打造创新“大载体”' }))).toEqual([]);
  });

  it('the title ends without punctuation too', () => {
    const findings = only(check(edited({ 0: 'T:市科技局关于报送2023年工作总结及2024年工作计划的报告。' })), 'heading-punctuation');
    expect(findings.map((f) => [f.block, f.start])).toEqual([[0, 30]]);
    expect(findings[0]!.message).toContain('公文标题末尾不加标点');
  });
});

describe('checkSubmission: 一是/二是 sequences', () => {
  it('a gap, a repeat and a step back', () => {
    const gap = check(edited({ 5: 'P:一是加强培育。三是优化服务。' }));
    expect(brief(gap)).toEqual([{ code: 'enumeration', severity: 'warning', block: 5, start: 7, end: 9 }]);
    expect(gap[0]!.message).toBe('第 6 段「一是加强培育。三是优化服务。」：「三是」之前缺少「二是」');
    const repeat = check(edited({ 5: 'P:一是加强培育。二是强化申报。二是优化服务。' }));
    expect(repeat.map((f) => [f.code, f.start])).toEqual([['enumeration', 14]]);
    expect(repeat[0]!.message).toContain('「二是」重复');
    const back = check(edited({ 5: 'P:一是加强。二是强化。三是优化。二是推进。' }));
    expect(back.map((f) => f.message)).toEqual(['第 6 段「…强化。三是优化。二是推进。」：「二是」排在「三是」之后，顺序颠倒']);
    expect(check(edited({ 5: 'P:一是加强。四是优化。' }))[0]!.message).toContain('「四是」之前缺少「二是」「三是」');
  });

  it('a list goes on across paragraphs, until the next heading', () => {
    expect(check(report([...CLEAN.slice(0, 5), 'P:一是加强培育。', 'P:二是强化申报。', 'P:其他工作。', 'P:三是优化服务。', ...CLEAN.slice(6)]))).toEqual([]);
    const gap = check(report([...CLEAN.slice(0, 5), 'P:一是加强培育。', 'P:三是优化服务。', ...CLEAN.slice(6)]));
    expect(gap.map((f) => [f.code, f.block])).toEqual([['enumeration', 6]]);
    // After a heading, a list that starts at 二是 misses its 一是.
    const fresh = check(edited({ 10: 'P:二是继续加大投入。' }));
    expect(fresh.map((f) => f.message)).toEqual(['第 11 段「二是继续加大投入。」：「二是」之前缺少「一是」']);
  });

  it('a new list may start again at 一是; 统一是, 唯一是, 一是一二是二 are not items', () => {
    expect(check(edited({ 5: 'P:一是加强。二是强化。另外，一是推进。二是落实。' }))).toEqual([]);
    expect(check(edited({ 5: 'P:标准统一是前提，唯一是关键，第三是保障，做到一是一、二是二。' }))).toEqual([]);
  });

  it('seed 003 (一), and seed 000 (四) whose 三 was lost (是筹备…): nothing to report', () => {
    const seed003 =
      '统筹推动，全力增强体制机制活力。一是政策先行。召开全区科技创新大会，对科技创新先进企业进行表彰。二是培训引导。针对国家高新技术企业申报，组织线上短视频、直播等培训15次。三是奖励激励。对企业反映的特别困难与问题，局领导多次带队开展上门服务。';
    expect(check(edited({ 4: `H2~:${seed003}` }))).toEqual([]);
    const seed000 = '引育并举，聚力打造协同创新格局。一是推进G60科创走廊建设。二是融入长三角科技创新合作。是筹备宣城（上海）科创中心开园运营。';
    expect(check(edited({ 4: `H2~:${seed000}` }))).toEqual([]);
  });
});

describe('checkSubmission: title length', () => {
  it('a title that needs more than three lines of 20 characters warns', () => {
    const long = 'T:市科学技术局关于报送2023年度全市科技创新工作总结及2024年度全市科技创新工作计划和重点任务安排以及有关事项落实情况的报告';
    const findings = check(edited({ 0: long }));
    expect(brief(findings)).toEqual([{ code: 'title-too-long', severity: 'warning', block: 0, start: undefined, end: undefined }]);
    expect(findings[0]!.message).toMatch(/要排 4 行，超过三行/u);
  });

  it('a three-line title passes', () => {
    const three = 'T:市科技局关于报送2023年度全市科技创新工作总结及2024年度全市科技创新工作计划的报告';
    expect(check(edited({ 0: three }))).toEqual([]);
  });
});

describe('checkSubmission: order', () => {
  it('an addressee without its closing colon warns, with ： as the fix; a half-width one is the half-width rule\'s', () => {
    const colon = (text: string) => check(edited({ 1: `A:${text}` })).filter((f) => f.code === 'addressee-colon' || (f.code === 'half-width-punctuation' && f.block === 1));
    expect(colon('市政府办公厅：')).toEqual([]);
    expect(colon('市政府办公厅').map((f) => [f.code, f.fix])).toEqual([['addressee-colon', { start: 6, end: 6, text: '：' }]]);
    expect(colon('市政府办公厅  ').map((f) => f.fix)).toEqual([{ start: 6, end: 8, text: '：' }]);
    expect(colon('市政府办公厅:').map((f) => [f.code, f.fix])).toEqual([['half-width-punctuation', { start: 6, end: 7, text: '：' }]]);
  });

  it('by block, then by offset; findings without a block first', () => {
    const document = report([
      'T:市科技局关于报送2023年工作总结及2024年工作计划的报告。',
      'A:市政府办公厅:',
      'P:现将我局xxxx年工作总结,报告如下：',
      ...CLEAN.slice(3, 6),
      ...CLEAN.slice(8, 12),
      'D:2022年06月08日',
    ]);
    const findings = check(document, { numberingProblems: [{ block: 4, message: '编号重复' }] });
    expect(findings.map((f) => [f.code, f.block ?? null, f.start ?? null])).toEqual([
      ['missing-section', null, null],
      ['heading-punctuation', 0, 30],
      ['half-width-punctuation', 1, 6],
      ['placeholder', 2, 4],
      ['half-width-punctuation', 2, 13],
      ['numbering', 4, null],
      ['date-format', 10, null],
      ['date-year', 10, null],
    ]);
  });
});
