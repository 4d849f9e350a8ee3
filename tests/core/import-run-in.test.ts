import { describe, expect, it } from 'vitest';
import { firstStop, lostStopBoundary, splitHeading } from '../../core/import/run-in-boundary.ts';

describe('splitHeading', () => {
  it('splits a run-in heading after its first 。', () => {
    expect(splitHeading('系统谋划，加快促进科技成果转化。举办高峰论坛，发布需求信息4项。')).toEqual({
      heading: '系统谋划，加快促进科技成果转化。',
      body: '举办高峰论坛，发布需求信息4项。',
      runIn: true,
      restored: false,
    });
  });

  it('does not end the heading sentence at a 。 inside quotes or brackets', () => {
    expect(firstStop('落实“放管服。”改革要求。全年办理事项。')).toBe('落实“放管服。”改革要求。'.length);
    expect(splitHeading('落实“放管服。”改革要求。全年办理事项。').heading).toBe('落实“放管服。”改革要求。');
  });

  it('keeps a short text without 。 as a standalone heading', () => {
    expect(splitHeading('聚焦关键技术攻关，加强科技研发投入')).toEqual({ heading: '聚焦关键技术攻关，加强科技研发投入', body: '', runIn: false, restored: false });
  });

  it('keeps a heading that is one sentence ending in 。 standalone', () => {
    expect(splitHeading('加强组织领导。')).toMatchObject({ heading: '加强组织领导。', body: '', runIn: false });
  });

  it('finds the heading whose 。 was lost: a body opener right after a Chinese character', () => {
    expect(splitHeading('加大科技研发投入力度充分发挥联席会议机制作用，健全工作推进机制，进一步强化部门协同，持续加强政策宣传。')).toMatchObject({
      heading: '加大科技研发投入力度。',
      body: '充分发挥联席会议机制作用，健全工作推进机制，进一步强化部门协同，持续加强政策宣传。',
      runIn: true,
      restored: true,
    });
    expect(splitHeading('改进机关工作作风持续加强机关作风建设，认真贯彻落实中央八项规定精神，坚决反对和纠正四风问题。').heading).toBe('改进机关工作作风。');
  });

  it('prefers an adverbial opener to a plain work verb', () => {
    // 推进 (a plain verb) comes before 大力 here; 大力 wins.
    expect(lostStopBoundary('加快园区推进建设大力推进高新区争创国家级高新区，引进培育一批科技型中小微企业，不断提升园区能级')?.at).toBe(8);
    // Only plain verbs: the first one.
    expect(lostStopBoundary('做实园区服务体系加强企业培育工作，引进培育一批科技型中小微企业，不断提升园区能级和水平')?.at).toBe(8);
  });

  it('applies the lost-。 rule to a long first sentence with a sure opener inside', () => {
    expect(splitHeading('加快高新技术园区建设大力推进六安高新区争创国家级高新区。推进园区高新技术企业增量提质。')).toMatchObject({
      heading: '加快高新技术园区建设。',
      body: '大力推进六安高新区争创国家级高新区。推进园区高新技术企业增量提质。',
      restored: true,
    });
  });

  it('closes a quote the loss left open', () => {
    expect(splitHeading('聚焦科创平台“蓄能聚焦特色产业“卡脖子”技术攻关，主动对接大院大所，提档升级平台建设，为科技创新提供强力支撑。').heading).toBe('聚焦科创平台“蓄能”。');
  });

  it('never splits after a comma: a long sentence without a heading stays whole', () => {
    const text = '组织开展科技活动周等系列活动，累计参与人数超过10万人次，覆盖全市所有乡镇街道和重点企业，社会反响良好。';
    expect(splitHeading(text)).toMatchObject({ heading: text, runIn: false });
  });
});
