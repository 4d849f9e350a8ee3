import { describe, expect, it } from 'vitest';
import { joinHardBreaks } from '../../core/import/hard-breaks.ts';
import { collapseInnerSpaces } from '../../core/import/inner-spaces.ts';
import type { Line } from '../../core/import/line-repair.ts';
import { splitLostBreaks } from '../../core/import/lost-breaks.ts';
import { removePageMarkers } from '../../core/import/page-markers.ts';

const lines = (...texts: string[]): Line[] => texts.map((text) => ({ text }));
const texts = (result: readonly Line[]) => result.map((l) => l.text);

describe('splitLostBreaks', () => {
  it('splits a one-line text at labels after a sentence end', () => {
    expect(texts(splitLostBreaks(lines('现将有关情况汇报如下。一、工作开展情况(一)统筹推动，全力增强活力。一是政策先行。(二)科技引领，全力加速动能转换。二、工作计划')))).toEqual([
      '现将有关情况汇报如下。',
      '一、工作开展情况',
      '(一)统筹推动，全力增强活力。一是政策先行。',
      '(二)科技引领，全力加速动能转换。',
      '二、工作计划',
    ]);
  });

  it('splits at a label after white space (a lost line break left a space)', () => {
    expect(texts(splitLostBreaks(lines('汇报如下。 一、2024年工作开展情况 (一)统筹推动，全力增强活力。 (二)科技引领。')))).toEqual([
      '汇报如下。',
      '一、2024年工作开展情况',
      '(一)统筹推动，全力增强活力。',
      '(二)科技引领。',
    ]);
  });

  it('splits a heading from its first subheading glued to it', () => {
    expect(texts(splitLostBreaks(lines('激励支持。一、2022年科技工作落实情况(一)在体制改革、凝聚合力上有新举措1 .成立科创委，“一盘棋”推进。在市委领导下')))).toEqual([
      '激励支持。',
      '一、2022年科技工作落实情况',
      '(一)在体制改革、凝聚合力上有新举措',
      '1 .成立科创委，“一盘棋”推进。在市委领导下',
    ]);
  });

  it('splits a heading phrase from the body after white space when a body opener follows', () => {
    expect(texts(splitLostBreaks(lines('二、存在的问题 一是发展后劲不足；二是治理能力有待提升。')))).toEqual(['二、存在的问题', '一是发展后劲不足；二是治理能力有待提升。']);
  });

  it('leaves inline enumerations, numbers and words with 一 alone', () => {
    const inline = [
      '重点抓好以下工作：（1）改厕；（2）垃圾治理；（3）污水治理。',
      '同比增长42.5%;1-4月，吸纳技术合同交易额58.22亿元，居全省第5位。',
      '推进标准统一、规范管理，实现一网通办。',
      '(一)实施1、3、5计划，推进项目建设。',
      '全年完成3、4季度目标。',
    ];
    for (const text of inline) expect(texts(splitLostBreaks(lines(text)))).toEqual([text]);
  });

  it('leaves a label whose number does not fit the sequence so far in the text', () => {
    expect(texts(splitLostBreaks(lines('一、情况', '本年度共召开会议。七、八两个月完成验收。')))).toEqual(['一、情况', '本年度共召开会议。七、八两个月完成验收。']);
  });

  it('never splits a table row', () => {
    const row = { text: '指标。2.完成率\t95%', hint: { tableRow: true } };
    expect(splitLostBreaks([row])).toEqual([row]);
  });
});

describe('joinHardBreaks', () => {
  it('joins the lines of a hard-wrapped text (a PDF extraction)', () => {
    const wrapped = lines(
      '今年以来，在市委、市政府的坚强领导下，我局',
      '坚持以习近平生态文明思想为指导，深入打好污染',
      '防治攻坚战。现将有关情况报告如下：',
      '一、上半年工作完成情况',
      '（一）大气污染防治成效明显。上半年全市PM2.5',
      '平均浓度为32微克/立方米，同比下降5.9%，优良',
      '天数比例达到85.6%。',
      '（二）水环境质量稳中向好。',
      '各级河长累计巡河1.2万余次，发现并整改问题356',
      '个。',
    );
    expect(texts(joinHardBreaks(wrapped))).toEqual([
      '今年以来，在市委、市政府的坚强领导下，我局坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战。现将有关情况报告如下：',
      '一、上半年工作完成情况',
      '（一）大气污染防治成效明显。上半年全市PM2.5平均浓度为32微克/立方米，同比下降5.9%，优良天数比例达到85.6%。',
      '（二）水环境质量稳中向好。',
      '各级河长累计巡河1.2万余次，发现并整改问题356个。',
    ]);
  });

  it('joins a line broken before punctuation or after a comma even in a text that is not wrapped', () => {
    expect(texts(joinHardBreaks(lines('全年共开展检查45次，', '整改隐患128处。', '二、存在的问题', '部分职工安全意识不足', '。')))).toEqual([
      '全年共开展检查45次，整改隐患128处。',
      '二、存在的问题',
      '部分职工安全意识不足。',
    ]);
  });

  it('keeps headings, short lines and paragraphs of an ordinary text apart', () => {
    const ordinary = lines(
      '一、总体思路',
      '以习近平新时代中国特色社会主义思想为指导，营造良好的科技创新发展生态',
      '二、主要目标',
      '（一）聚焦关键技术攻关，加强科技研发投入',
      '加大科技研发投入力度，充分发挥联席会议机制作用。',
      '重点工作推进情况汇报材料',
      '全年完成投资5亿元。',
    );
    expect(joinHardBreaks(ordinary)).toEqual(ordinary);
  });

  it('joins a line that is only a label to its text', () => {
    expect(texts(joinHardBreaks(lines('一、', '总体要求', '（一）', '指导思想')))).toEqual(['一、总体要求', '（一）指导思想']);
  });

  it('puts a space back between Latin words broken across lines', () => {
    expect(texts(joinHardBreaks(lines('推荐市经开区TEAM', ',WORK众创空间申报省级众创空间。')))).toEqual(['推荐市经开区TEAM,WORK众创空间申报省级众创空间。']);
    expect(texts(joinHardBreaks(lines('推荐市经开区TEAM（', 'WORK）众创空间。')))).toEqual(['推荐市经开区TEAM（WORK）众创空间。']);
  });
});

describe('removePageMarkers', () => {
  it('removes page numbers 1、 2、 3、 glued to the start of PDF pages', () => {
    const pages = lines(
      '1、市科技局工作总结今年以来，我局在市委、市政府的坚强领导下，切实强化统筹协调力度',
      '2、,整合科创资源，构建横向到边、纵向到底的责任体系。组建创建工作领导',
      '3、小组，统筹落实争创工作。实施高新技术企业培育和',
      '4、科技型中小企业“育苗”计划。',
    );
    const result = removePageMarkers(pages);
    expect(texts(result.lines)).toEqual([
      '市科技局工作总结今年以来，我局在市委、市政府的坚强领导下，切实强化统筹协调力度',
      ',整合科创资源，构建横向到边、纵向到底的责任体系。组建创建工作领导',
      '小组，统筹落实争创工作。实施高新技术企业培育和',
      '科技型中小企业“育苗”计划。',
    ]);
    expect(result.dropped.map((d) => d.text)).toEqual(['1、', '2、', '3、', '4、']);
  });

  it('keeps 1、 2、 headings whose lines end their sentences', () => {
    const headings = lines('1、加强组织领导。成立领导小组。', '2、完善制度机制。出台办法2项。', '3、强化督查考核。开展督查3次。');
    expect(removePageMarkers(headings).lines).toEqual(headings);
  });

  it('keeps 1、 2、 headings without full stops when nothing shows a page break', () => {
    const headings = lines('1、加强组织领导，建立健全工作机制', '2、完善制度机制，出台管理办法', '3、强化督查考核，开展专项督查');
    expect(removePageMarkers(headings).lines).toEqual(headings);
  });
});

describe('collapseInnerSpaces', () => {
  it('removes white space a PDF left between Chinese characters, not before Latin text', () => {
    expect(collapseInnerSpaces('上级科技 部门的大力支持下,坚持以习近平新时代中国特色社会主义 思想')).toBe('上级科技部门的大力支持下,坚持以习近平新时代中国特色社会主义思想');
    expect(collapseInnerSpaces('项目34 个, 正在跟进')).toBe('项目34个,正在跟进');
    expect(collapseInnerSpaces('参与长三角 G60 科创走廊')).toBe('参与长三角 G60科创走廊');
  });
});
