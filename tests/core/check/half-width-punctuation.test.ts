import { describe, expect, it } from 'vitest';
import { findHalfWidthPunctuation } from '../../../core/half-width-marks.ts';
import { edited, check, textOf } from './report.ts';

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
