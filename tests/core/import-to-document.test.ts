import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFix } from '../../core/normalize.ts';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import { blockText, type Block, type GongwenDocument } from '../../core/model.ts';
import { findTemplate } from '../../core/templates.ts';
import { decodeText } from '../../core/import/decode-text.ts';
import { recognise } from '../../core/import/recognise.ts';
import type { Recognised } from '../../core/import/recognised.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';
import { organFromTitle, pickTemplate, toDocument, yearOf } from '../../core/import/to-document.ts';

const seed = (name: string) => recognise(textToParagraphs(decodeText(readFileSync(fileURLToPath(new URL(`../fixtures/import/seeds/${name}`, import.meta.url))))));

/** T: title, A: addressee, P: paragraph, H2~: run-in level-2 heading, #key: required section, S: signature, D: date. */
function compact(doc: GongwenDocument): string[] {
  return doc.blocks.map((b: Block) => {
    const text = blockText(b).slice(0, 12);
    switch (b.type) {
      case 'heading':
        return `H${b.level}${b.runIn ? '~' : ''}${b.section ? '#' + b.section : ''}:${text}`;
      default:
        return `${{ title: 'T', addressee: 'A', paragraph: 'P', note: 'N', attachment: 'F', signature: 'S', date: 'D', caption: 'C', annex: 'X', table: 'TB' }[b.type]}:${text}`;
    }
  });
}

function isValid(doc: GongwenDocument): void {
  expect(findFix(doc.blocks, { template: findTemplate(doc.meta.template), meta: doc.meta })).toBeNull();
  const reread = parseGwdoc(serializeGwdoc(doc));
  expect(reread.ok).toBe(true);
  if (reread.ok) expect(reread.document).toEqual(doc);
}

const recognised = (parts: Partial<Recognised>): Recognised => ({ title: null, addressee: null, signature: null, date: null, blocks: [], numberingProblems: [], dropped: [], ...parts });

describe('pickTemplate', () => {
  it.each([
    ['2022年全市科技工作要点', null, 'key-points'],
    ['宣城市科技局2023年上半年工作总结和下半年工作打算', null, 'half-year'],
    ['某局2023年上半年工作总结', null, 'half-year'],
    ['市科技局关于报送工作总结及工作计划的报告', '市政府办公厅:', 'report'],
    ['市科技局2022年工作总结及2023年工作计划', null, 'annual'],
    ['区科技局工作总结及2024年工作计划', null, 'annual'],
    ['某局2023年度工作情况', null, 'annual'],
    ['关于开展安全检查的通知', null, ''],
    [null, null, ''],
  ])('%s → %s', (title, addressee, id) => {
    expect(pickTemplate(title, addressee)).toBe(id);
  });
});

describe('meta from the text', () => {
  it('takes the organ from the title when there is no signature', () => {
    expect(organFromTitle('市科技局关于报送工作总结及工作计划的报告')).toBe('市科技局');
    expect(organFromTitle('宣城市科技局2023年上半年工作总结和下半年工作打算')).toBe('宣城市科技局');
    expect(organFromTitle('区科技局工作总结及2024年工作计划')).toBe('区科技局');
    expect(organFromTitle('某某县人民政府办公室2023年工作总结')).toBe('某某县人民政府办公室');
    expect(organFromTitle('2022年全市科技工作要点')).toBe('');
  });

  it('takes the year from the title, the year before a plan-only year, then the date, then the text', () => {
    expect(yearOf(recognised({ title: '市科技局2022年工作总结及2023年工作计划' }), 2000)).toBe(2022);
    expect(yearOf(recognised({ title: '区科技局工作总结及2024年工作计划' }), 2000)).toBe(2023);
    expect(yearOf(recognised({ title: '2022年全市科技工作要点' }), 2000)).toBe(2022);
    expect(yearOf(recognised({ title: '工作总结', date: '二〇二三年十二月二十日' }), 2000)).toBe(2023);
    expect(yearOf(recognised({ title: '工作总结', blocks: [{ kind: 'paragraph', text: '2021年以来，我局……' }] }), 2000)).toBe(2021);
    expect(yearOf(recognised({ title: '工作总结' }), 2000)).toBe(2000);
  });
});

describe('toDocument', () => {
  it('builds seed 000 with the half-year template: sections marked, run-in headings, the missing 存在的问题 added', () => {
    const doc = toDocument(seed('000_50acbe1f2b51726a.txt'));
    expect(doc.meta).toEqual({ template: 'half-year', organ: '宣城市科技局', year: 2023, period: '上半年', date: '2023年6月28日' });
    expect(compact(doc)).toEqual([
      'T:宣城市科技局2023年上',
      'P:根据要求,现将我局上半年',
      'H1#done:工作完成情况',
      'H2~:系统谋划,加快促进科技成',
      'H2~:增量提质,扎实推进创新主',
      'H2~:以人为本,着力推进科技人',
      'H2~:引育并举,聚力打造协同创',
      'H2~:精准发力,提升科技服务社',
      'H1#problems:存在的问题',
      'H1#plan:下半年工作打算',
      'H2~:健全科技创新应用体系,释',
      'H2~:健全科创企业培育体系,做',
      'H2~:健全立体创新平台体系,锻',
      'H2~:健全全域创新联动体系,筑',
      'S:宣城市科技局',
      'D:2023年6月28日',
    ]);
    const runIn = doc.blocks[3]!;
    expect(blockText(runIn).startsWith('系统谋划,加快促进科技成果转化。举办安徽')).toBe(true);
    isValid(doc);
  });

  it('sectionsAsWritten: seed 000 keeps its own headings, the missing 存在的问题 not added', () => {
    const doc = toDocument(seed('000_50acbe1f2b51726a.txt'), { sectionsAsWritten: true });
    expect(doc.meta.template).toBe('half-year');
    expect(compact(doc).filter((line) => line.startsWith('H1'))).toEqual(['H1#done:工作完成情况', 'H1#plan:下半年工作打算']);
    expect(compact(doc).length).toBe(compact(toDocument(seed('000_50acbe1f2b51726a.txt'))).length - 1);
  });

  it('sectionsAsWritten: sections out of template order stay where the source has them', () => {
    const r = recognise(textToParagraphs('某局2023年上半年工作总结和下半年工作打算\n一、下半年工作打算\n继续推进。\n二、工作完成情况\n完成任务。\n三、存在的问题\n人手不足。'));
    expect(compact(toDocument(r, { sectionsAsWritten: true })).filter((line) => line.startsWith('H1'))).toEqual(['H1#plan:下半年工作打算', 'H1#done:工作完成情况', 'H1#problems:存在的问题']);
    // Without it the normalizer puts them in template order, as the editor does.
    expect(compact(toDocument(r)).filter((line) => line.startsWith('H1'))).toEqual(['H1#done:工作完成情况', 'H1#problems:存在的问题', 'H1#plan:下半年工作打算']);
  });

  it('builds seed 001 as a report: addressee, masked years matched to the sections', () => {
    const doc = toDocument(seed('001_1546186363c61f01.txt'), { fallbackYear: 2021 });
    expect(doc.meta).toMatchObject({ template: 'report', organ: '市科技局', year: 2021 });
    const sections = doc.blocks.filter((b) => b.type === 'heading' && b.section).map((b) => `${(b as { section?: string }).section}:${blockText(b)}`);
    expect(sections).toEqual(['done:xxxx年重点工作完成情况', 'problems:存在的问题', 'plan:xxxx年工作打算']);
    expect(compact(doc).slice(0, 3)).toEqual(['T:市科技局关于报送工作总结', 'A:市政府办公厅：', 'P:xxxx年,市科技局围绕']);
    isValid(doc);
  });

  it('builds seed 002 as key points with continuous level 3', () => {
    const doc = toDocument(seed('002_b13487b31118fa9a.txt'));
    expect(doc.meta).toMatchObject({ template: 'key-points', year: 2022, organ: '' });
    expect(compact(doc).filter((c) => c.includes('#'))).toEqual(['H1#approach:总体思路', 'H1#goals:主要目标', 'H1#tasks:重点任务']);
    const first = doc.blocks.find((b) => b.type === 'heading' && b.level === 3)!;
    expect(blockText(first).startsWith('加大科技研发投入力度。充分发挥')).toBe(true);
    isValid(doc);
  });

  it('builds seeds 003 and 004 as annual reports', () => {
    for (const name of ['003_4e5eab6f0c303194.txt', '004_f1749bfab7b2431e.txt']) {
      const doc = toDocument(seed(name));
      expect(doc.meta.template).toBe('annual');
      isValid(doc);
    }
    expect(toDocument(seed('003_4e5eab6f0c303194.txt')).meta).toMatchObject({ organ: '区科技局', year: 2023 });
  });

  it('uses the template it is given, or none', () => {
    expect(toDocument(seed('000_50acbe1f2b51726a.txt'), { template: '' }).blocks.some((b) => b.type === 'heading' && b.section)).toBe(false);
    expect(toDocument(seed('000_50acbe1f2b51726a.txt'), { template: 'annual' }).meta.template).toBe('annual');
  });

  it('turns a level-1 run-in heading into a heading and a paragraph', () => {
    const doc = toDocument(recognised({ title: '某局2023年工作要点', blocks: [{ kind: 'heading', level: 1, number: '一、', text: '总体要求。', runIn: true, body: '以习近平新时代中国特色社会主义思想为指导。' }] }), { template: '' });
    expect(compact(doc)).toEqual(['T:某局2023年工作要点', 'H1:总体要求', 'P:以习近平新时代中国特色社']);
    isValid(doc);
  });

  it('normalises the punctuation when asked', () => {
    const doc = toDocument(seed('000_50acbe1f2b51726a.txt'), { punctuation: true });
    expect(blockText(doc.blocks[1]!)).toBe('根据要求，现将我局上半年工作完成情况和下半年工作计划报告如下：');
    expect(blockText(doc.blocks.find((b) => blockText(b).startsWith('健全立体'))!)).toContain('提升宣城（上海）科创中心平台能级。');
  });

  it('makes the 附件说明 at the end of the body attachment blocks holding the names', () => {
    const r = recognise(textToParagraphs('某局2023年工作总结\n一、工作情况\n完成任务。\n附件：1.重点项目完成情况统计表\n2.2024年重点项目计划表\n3、资金安排表\n某局\n2023年12月20日'));
    expect(r.blocks.slice(2).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    const doc = toDocument(r, { template: '' });
    expect(compact(doc)).toEqual(['T:某局2023年工作总结', 'H1:工作情况', 'P:完成任务。', 'F:重点项目完成情况统计表', 'F:2024年重点项目计划表', 'F:资金安排表', 'S:某局', 'D:2023年12月20日']);
    isValid(doc);
    const one = toDocument(recognise(textToParagraphs('某局2023年工作总结\n一、工作情况\n完成任务。\n附件：重点项目统计表')), { template: '' });
    expect(compact(one).slice(-1)).toEqual(['F:重点项目统计表']);
  });

  it('gives an empty title block when none was found, and stays valid', () => {
    const doc = toDocument(recognised({ blocks: [{ kind: 'paragraph', text: '正文。' }] }));
    expect(compact(doc)).toEqual(['T:', 'P:正文。']);
    isValid(doc);
  });
});
