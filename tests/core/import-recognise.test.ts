import { describe, expect, it } from 'vitest';
import { recognise } from '../../core/import/recognise.ts';
import type { Recognised } from '../../core/import/recognised.ts';
import type { SourceParagraph } from '../../core/import/source.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';
import { toDocument } from '../../core/import/to-document.ts';
import { findFix } from '../../core/normalize.ts';
import { findTemplate } from '../../core/templates.ts';

/** Invented reports, none from the seeds: the rules must hold for text the tests have not seen. */

const fromText = (text: string) => recognise(textToParagraphs(text));

/** The outline compactly: H2（一）~ for a run-in level-2 heading, P for a paragraph. */
function outline(r: Recognised): string[] {
  return r.blocks.map((b) => (b.kind === 'heading' ? `H${b.level}${b.number}${b.runIn ? '~' : ''} ${b.text}` : `P ${b.text}`));
}

describe('title, addressee, signature and date', () => {
  it('finds them in an ordinary report', () => {
    const r = fromText(`XX县农业农村局关于2023年工作总结和2024年工作计划的报告
县政府：
\u3000\u30002023年，我局紧紧围绕年度目标任务，扎实推进各项工作。现将有关情况报告如下：
\u3000\u3000一、2023年工作完成情况
\u3000\u3000全年粮食播种面积52.3万亩，同比增长1.5%。
XX县农业农村局
二〇二三年十二月二十日`);
    expect([r.title, r.addressee, r.signature, r.date]).toEqual(['XX县农业农村局关于2023年工作总结和2024年工作计划的报告', '县政府：', 'XX县农业农村局', '二〇二三年十二月二十日']);
    expect(outline(r)).toEqual(['P 2023年，我局紧紧围绕年度目标任务，扎实推进各项工作。现将有关情况报告如下：', 'H1一、 2023年工作完成情况', 'P 全年粮食播种面积52.3万亩，同比增长1.5%。']);
  });

  it('joins a title broken over two lines', () => {
    expect(fromText('某某市生态环境局关于2023年上半年\n工作总结和下半年工作打算的报告\n正文。').title).toBe('某某市生态环境局关于2023年上半年工作总结和下半年工作打算的报告');
    expect(fromText('某县统计局2023年工作总结\n和2024年工作计划\n正文。').title).toBe('某县统计局2023年工作总结和2024年工作计划');
  });

  it('takes the last title-like line before the body, dropping a site name before it', () => {
    const r = fromText('某某县人民政府门户网站\n某某县审计局2023年工作总结\n今年以来，我局认真履行审计监督职责。');
    expect(r.title).toBe('某某县审计局2023年工作总结');
    expect(r.dropped).toEqual(['某某县人民政府门户网站']);
  });

  it('takes a long title that ends like one', () => {
    const title = '某某市人力资源和社会保障局关于报送2023年度全市人力资源和社会保障事业发展工作总结及2024年工作计划的报告';
    expect(title.length).toBeGreaterThan(50);
    expect(fromText(`${title}\n市人民政府：\n现将有关情况报告如下。`).title).toBe(title);
  });

  it('prefers the line that ends like a title, keeping an author line after it in the text', () => {
    const r = fromText('某县科技局2023年工作总结\n某县科技局\n（2023年12月20日）\n今年以来，我局认真履行职责。');
    expect(r.title).toBe('某县科技局2023年工作总结');
    expect(outline(r)).toEqual(['P 某县科技局', 'P （2023年12月20日）', 'P 今年以来，我局认真履行职责。']);
  });

  it('does not take an unlabelled subheading after the title for the title', () => {
    const r = fromText('某局2023年工作总结\n工作情况\n今年以来，我局认真履行职责。');
    expect(r.title).toBe('某局2023年工作总结');
    expect(outline(r)).toEqual(['P 工作情况', 'P 今年以来，我局认真履行职责。']);
  });

  it('does not take an opening sentence ending in ： for the addressee', () => {
    const r = fromText('某局2023年工作总结\n现将有关情况报告如下：\n一、工作情况');
    expect(r.addressee).toBeNull();
    expect(r.blocks[0]).toEqual({ kind: 'paragraph', text: '现将有关情况报告如下：' });
  });

  it('takes a signature without a date when it is an organ name after the last sentence', () => {
    const r = fromText('某局2023年工作总结\n一、工作情况\n完成各项任务。\n某某县市场监督管理局');
    expect(r.signature).toBe('某某县市场监督管理局');
    expect(r.date).toBeNull();
  });

  it('takes a date without a day, and reads the 版记 (抄送, 印发) after it', () => {
    const r = fromText('某局2023年工作总结\n一、工作情况\n完成任务。\n某局\n2023年12月\n抄送：市委办公室，市政府办公室。\n某局办公室 2023年12月20日印发');
    expect([r.signature, r.date]).toEqual(['某局', '2023年12月']);
    expect(r.colophon).toEqual({ copyTo: ['市委办公室', '市政府办公室'], printer: '某局办公室', printDate: '2023年12月20日' });
    expect(r.dropped).toEqual([]);
  });

  it('drops a 版记 at the end of a text without a date', () => {
    const r = fromText('某局2023年工作总结\n一、工作情况\n完成任务。\n二、下一步打算\n继续努力。\n抄送：市委办公室。');
    expect(r.dropped).toEqual(['抄送：市委办公室。']);
  });

  it('has null for every part that is absent', () => {
    const r = fromText('全年完成投资5亿元，同比增长8%，超额完成年度目标任务，受到上级部门充分肯定和表扬。');
    expect([r.title, r.addressee, r.signature, r.date]).toEqual([null, null, null, null]);
    expect(r.blocks).toHaveLength(1);
  });
});

describe('headings', () => {
  it('reads every label form at the right level', () => {
    const r = fromText(`某局2023年工作总结
一. 工作情况
(一)、加强领导
1、成立领导小组。组长由局长担任。
(1)召开会议3次。
2)印发方案1份。
二，存在问题
一) 宣传不够
三．工作打算
（一）加强宣传
1 .印发资料。全年印发5000份。
2．开展活动。全年开展10场。`);
    expect(outline(r)).toEqual([
      'H1一. 工作情况',
      'H2(一)、 加强领导',
      'H31、~ 成立领导小组。',
      'H4(1) 召开会议3次。',
      'H42) 印发方案1份。',
      'H1二， 存在问题',
      'H2一) 宣传不够',
      'H1三． 工作打算',
      'H2（一） 加强宣传',
      'H31 .~ 印发资料。',
      'H32．~ 开展活动。',
    ]);
  });

  it('keeps 一是…二是… and numbers inside sentences in their paragraph', () => {
    const r = fromText('某局2023年工作总结\n一、存在的问题\n一是基础设施薄弱。二是人才短缺，三是资金投入不足。\n1.5亿元资金已全部到位，2023年完成投资3亿元，增长15%。\n3、4月份开展专项检查。');
    expect(outline(r)).toEqual(['H1一、 存在的问题', 'P 一是基础设施薄弱。二是人才短缺，三是资金投入不足。', 'P 1.5亿元资金已全部到位，2023年完成投资3亿元，增长15%。', 'P 3、4月份开展专项检查。']);
  });

  it('splits run-in headings with and without their 。', () => {
    const r = fromText('某局2024年工作要点\n一、重点任务\n（一）加强党的建设。深入学习贯彻党的二十大精神。\n（二）优化营商环境大力推进政务服务一网通办，全面提升企业群众办事便利度，持续打造一流营商环境。');
    expect(r.blocks.slice(1)).toEqual([
      { kind: 'heading', level: 2, number: '（一）', text: '加强党的建设。', runIn: true, body: '深入学习贯彻党的二十大精神。' },
      { kind: 'heading', level: 2, number: '（二）', text: '优化营商环境。', runIn: true, body: '大力推进政务服务一网通办，全面提升企业群众办事便利度，持续打造一流营商环境。' },
    ]);
  });

  it('takes the level from the context: 一、 then 1. directly, and （一） as the top level', () => {
    expect(outline(fromText('某局2023年工作总结\n一、工作情况\n1.加强领导。成立小组。\n2.完善制度。出台办法。\n二、下一步打算\n1.强化督查。开展督查。'))).toEqual([
      'H1一、 工作情况',
      'H21.~ 加强领导。',
      'H22.~ 完善制度。',
      'H1二、 下一步打算',
      'H21.~ 强化督查。',
    ]);
    const top = fromText('某局2023年工作要点\n（一）加强党的建设\n1.强化理论武装。全年学习12次。\n（二）推动高质量发展\n1.抓好项目建设。新开工10个。');
    expect(top.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.level)).toEqual([1, 2, 1, 2]);
    expect(top.numberingProblems.map((p) => p.code)).toEqual(['level-jump', 'level-jump']);
  });

  it('reads a （四） used where 四、 belongs as level 1, and reports it', () => {
    const r = fromText('某局2023年工作总结\n一、工作情况\n（一）加强领导。召开会议。\n二、工作成效\n（一）服务提升。满意度98%。\n三、主要做法\n（一）强化宣传。印发资料。\n（二）强化督导。开展督查。\n（四）存在的问题\n宣传力度有待加强。\n五、下一步打算\n持续巩固成效。');
    const heading = r.blocks.find((b) => b.kind === 'heading' && b.number === '（四）');
    expect(heading).toMatchObject({ level: 1, text: '存在的问题' });
    expect(r.numberingProblems).toMatchObject([{ code: 'style-change', found: '（四）', expected: '四、' }]);
  });

  it('uses Word list numbering and outline levels from the source', () => {
    const paragraphs: SourceParagraph[] = [
      { text: '某局2024年工作要点', hint: { alignment: 'center' } },
      { text: '总体要求', hint: { listLabel: '一、' } },
      { text: '坚持稳中求进。' },
      { text: '加强科技创新', hint: { outlineLevel: 1 } },
      { text: '实施重大项目。全年实施10个。', hint: { listLabel: '1.' } },
      { text: '深化改革。推进改革。', hint: { listLabel: '●' } },
      { text: '项目\t数量', hint: { tableRow: true } },
      { text: '1.\t10', hint: { tableRow: true } },
    ];
    expect(outline(recognise(paragraphs))).toEqual(['H1一、 总体要求', 'P 坚持稳中求进。', 'H2 加强科技创新', 'H31.~ 实施重大项目。', 'P 深化改革。推进改革。', 'P 项目\t数量', 'P 1.\t10']);
  });
});

describe('line breaks', () => {
  it('recovers the paragraphs of a text flattened to one line', () => {
    const r = fromText('某某街道2023年工作总结 2023年，街道党工委团结带领全街道干部群众，各项工作取得新成效。一、主要工作成效（一）经济发展稳中有进。全年完成固定资产投资12.5亿元。（二）民生保障持续加强。新增就业岗位1200个。二、存在的问题 一是发展后劲不足；二是基层治理能力有待提升。三、2024年工作打算（一）聚焦项目建设。力争新开工项目10个。 某某街道办事处 2024年1月5日');
    expect([r.title, r.signature, r.date]).toEqual(['某某街道2023年工作总结', '某某街道办事处', '2024年1月5日']);
    expect(outline(r)).toEqual([
      'P 2023年，街道党工委团结带领全街道干部群众，各项工作取得新成效。',
      'H1一、 主要工作成效',
      'H2（一）~ 经济发展稳中有进。',
      'H2（二）~ 民生保障持续加强。',
      'H1二、 存在的问题',
      'P 一是发展后劲不足；二是基层治理能力有待提升。',
      'H1三、 2024年工作打算',
      'H2（一）~ 聚焦项目建设。',
    ]);
  });

  it('joins a paragraph broken by a page header and page number (文库 pages)', () => {
    const r = fromText('某局2023年工作总结\n第1页 共3页\n一、工作完成情况\n今年以来，我局认真贯彻落实上级决策部署，扎实推进\n某局2023年工作总结\n第2页 共3页\n各项重点工作，取得了明显成效。\n二、存在的问题\n一是人才短缺。');
    expect(outline(r)).toEqual(['H1一、 工作完成情况', 'P 今年以来，我局认真贯彻落实上级决策部署，扎实推进各项重点工作，取得了明显成效。', 'H1二、 存在的问题', 'P 一是人才短缺。']);
    expect(r.dropped).toEqual(['第1页 共3页', '某局2023年工作总结', '第2页 共3页']);
  });

  it('joins the hard-wrapped lines of a PDF extraction, across a page number', () => {
    const r = fromText(`关于2023年度安全生产工作情况的报告
市应急管理局：
根据《关于报送2023年度安全生产工作总结的通
知》要求，现将我单位2023年安全生产工作情
况报告如下：
一、主要工作及成效
（一）压实安全生产责任。年初与各科室签订安
全生产目标责任书12份，层层传导压力，形成了
一级抓一级、层层抓落实的工作格局。
- 2 -
（二）开展隐患排查整治。全年共开展安全检查
45次，排查整改隐患128处，整改率100%。
二、存在的问题
部分职工安全意识仍需提高，应急演练频次不足
。
某某单位
2023年12月25日`);
    expect(r.addressee).toBe('市应急管理局：');
    expect(outline(r)).toEqual([
      'P 根据《关于报送2023年度安全生产工作总结的通知》要求，现将我单位2023年安全生产工作情况报告如下：',
      'H1一、 主要工作及成效',
      'H2（一）~ 压实安全生产责任。',
      'H2（二）~ 开展隐患排查整治。',
      'H1二、 存在的问题',
      'P 部分职工安全意识仍需提高，应急演练频次不足。',
    ]);
    expect(r.blocks[2]).toMatchObject({ body: '年初与各科室签订安全生产目标责任书12份，层层传导压力，形成了一级抓一级、层层抓落实的工作格局。' });
    expect([r.signature, r.date, r.dropped]).toEqual(['某某单位', '2023年12月25日', ['- 2 -']]);
  });
});

describe('any input', () => {
  it('never throws, and every result becomes a valid document with every template', () => {
    const pieces = ['一、', '（一）', '(二)', '1.', '2、', '1 .', '（1）', '①', '一是', '。', '，', '：', '\n', ' ', '\u3000', '工作', '总结', '报告', '2023年6月28日', '市科技局', '附件：', '第1页 共2页', '索引号：', '免责声明', '“', '”', '加快', '充分发挥', 'x', '二〇二三年六月二十八日', '市政府办公厅：', '.docx', '5.5', '（四）', '四、'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 1000; k++) {
      let text = '';
      for (let i = random(60); i > 0; i--) text += pieces[random(pieces.length)];
      const r = fromText(text);
      for (const template of ['', 'half-year', 'annual', 'key-points', 'report']) {
        const doc = toDocument(r, { template, fallbackYear: 2024 });
        expect(findFix(doc.blocks, { template: findTemplate(doc.meta.template), meta: doc.meta }), JSON.stringify(text)).toBeNull();
      }
    }
  });
});
