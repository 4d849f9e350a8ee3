import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';
import { toDocument } from '../../core/import/to-document.ts';
import { blockText } from '../../core/model.ts';

/** Section wordings as reports write them, by meaning. */
const DONE = ['2022年科技工作落实情况', '2022年重点工作完成情况', '主要工作', '2022年主要工作及成效', '工作成效', '一年来的主要工作', '全年目标任务完成情况', '卫生健康工作推进情况'];
const PROBLEMS = ['存在的问题', '问题和不足', '存在的短板与不足', '当前工作中存在的短板与不足', '存在问题', '主要问题和困难', '短板和弱项'];
const PLAN = ['2023年工作打算', '2023年工作计划', '下一步工作安排', '明年工作思路', '下一步工作打算', '2023年重点工作安排', '下步工作计划及措施'];
const HALF_DONE = ['上半年工作完成情况', '2023年上半年科技工作落实情况', '上半年主要工作', '工作成效'];
const HALF_PLAN = ['下半年工作打算', '下半年工作计划', '下一步工作安排', '下半年重点工作安排'];

function sections(template: string, title: string, headings: readonly string[]) {
  const text = [title, ...headings.flatMap((h, i) => [`${'一二三'[i]}、${h}`, '全年各项工作有序推进，取得明显成效。'])].join('\n');
  const document = toDocument(recognise(textToParagraphs(text)), { template });
  return document.blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [[blockText(b), b.section ?? null]] : []));
}

describe('section wording mapped by meaning', () => {
  it('a full-year report\'s sections, however worded, are its required sections: none is added empty beside them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DONE), fc.constantFrom(...PROBLEMS), fc.constantFrom(...PLAN), fc.constantFrom('annual', 'report'), (done, problems, plan, template) => {
        expect(sections(template, '某局2022年工作总结及2023年工作计划', [done, problems, plan])).toEqual([
          [done, 'done'],
          [problems, 'problems'],
          [plan, 'plan'],
        ]);
      }),
    );
  });

  it('a half-year report\'s too', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HALF_DONE), fc.constantFrom(...PROBLEMS), fc.constantFrom(...HALF_PLAN), (done, problems, plan) => {
        expect(sections('half-year', '某局2023年上半年工作总结和下半年工作打算', [done, problems, plan])).toEqual([
          [done, 'done'],
          [problems, 'problems'],
          [plan, 'plan'],
        ]);
      }),
    );
  });

  it('a plan or a problem is never read as the work done, nor the reverse', () => {
    expect(sections('annual', '某局2022年工作总结', ['2023年工作计划安排落实情况', '存在问题整改落实情况', '主要工作'])).toEqual([
      ['2023年工作计划安排落实情况', null],
      ['存在问题整改落实情况', null],
      ['主要工作', 'done'],
      ['存在的问题', 'problems'],
      ['2023年工作计划', 'plan'],
    ]);
  });
});
