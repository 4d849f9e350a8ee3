import { describe, expect, it } from 'vitest';
import { blockText, isHeading, type Block, type HeadingLevel } from '../../core/model.ts';
import { computeLabels } from '../../core/numbering.ts';
import { isRequiredHeading, planMove, planSetLevel, planShift } from '../../core/structure.ts';
import type { Span } from '../../core/outline.ts';
import { blocksOf } from './compact.ts';

// Test-side application of the plans, as the editor would apply them as operations.
function applyShift(blocks: readonly Block[], span: Span, delta: 1 | -1): Block[] {
  return blocks.map((block, i) => (i >= span.start && i < span.end && isHeading(block) ? { ...block, level: (block.level + delta) as HeadingLevel } : block));
}

function applySetLevel(blocks: readonly Block[], index: number, level: 0 | HeadingLevel): Block[] {
  const next = blocks.slice();
  const block = blocks[index]!;
  if (block.type === 'table') return next;
  const { children } = block;
  next[index] = level === 0 ? { type: 'paragraph', children } : { ...blocks[index]!, type: 'heading', level, children } as Block;
  return next;
}

function applyMove(blocks: readonly Block[], span: Span, to: number): Block[] {
  const next = blocks.slice();
  const moved = next.splice(span.start, span.end - span.start);
  next.splice(to > span.start ? to - moved.length : to, 0, ...moved);
  return next;
}

/** "label text" for each heading, so the expected outline reads like the document. */
function outline(blocks: readonly Block[], continuousLevel3 = false): string[] {
  const labels = computeLabels(blocks, { continuousLevel3 });
  return blocks.flatMap((block, i) => (isHeading(block) ? [`${labels[i]}${blockText(block)}`] : []));
}

const CHINESE = /[\u4e00-\u9fff]/u;

function refused<T>(plan: { ok: true } & T | { ok: false; reason: string }): string {
  expect(plan.ok).toBe(false);
  if (plan.ok) throw new Error('not refused');
  expect(plan.reason).toMatch(CHINESE);
  return plan.reason;
}

function accepted<T>(plan: ({ ok: true } & T) | { ok: false; reason: string }): T {
  if (!plan.ok) throw new Error(`refused: ${plan.reason}`);
  return plan;
}

const DOC = blocksOf([
  'T:标题', // 0
  'H1:完成情况#done', // 1
  'H2:甲', // 2
  'P:甲正文', // 3
  'H2:乙', // 4
  'H3:乙一', // 5
  'P:乙一正文', // 6
  'H2:丙', // 7
  'H1:其他工作', // 8
  'P:其他正文', // 9
  'H1:存在的问题#problems', // 10
  'P:问题正文', // 11
  'S:市科技局', // 12
  'D:2024年7月1日', // 13
]);

describe('planShift', () => {
  it('demotes a heading with its subtree under its previous sibling', () => {
    const plan = accepted(planShift(DOC, 4, 1));
    expect(plan.span).toEqual({ start: 4, end: 7 });
    expect(outline(applyShift(DOC, plan.span, plan.delta))).toEqual(['一、完成情况', '（一）甲', '1.乙', '（1）乙一', '（二）丙', '二、其他工作', '三、存在的问题']);
  });

  it('refuses to demote the first child (no previous sibling: it would skip a level)', () => {
    expect(refused(planShift(DOC, 2, 1))).toContain('甲');
  });

  it('refuses to demote past level 4, counting the subtree', () => {
    const blocks = blocksOf(['T:t', 'H1:a', 'H2:b', 'H2:c', 'H3:d', 'H4:e', 'H3:f', 'H3:g']);
    expect(refused(planShift(blocks, 3, 1))).toContain('四级');
    // g has a previous sibling (f) and no children: level 3 → 4 is allowed
    const plan = accepted(planShift(blocks, 7, 1));
    expect(outline(applyShift(blocks, plan.span, plan.delta))).toEqual(['一、a', '（一）b', '（二）c', '1.d', '（1）e', '2.f', '（1）g']);
  });

  it('refuses required sections in both directions', () => {
    expect(refused(planShift(DOC, 10, 1))).toContain('必需章节');
    expect(refused(planShift(DOC, 10, -1))).toContain('必需章节');
  });

  it('refuses to promote a level-1 heading', () => {
    expect(refused(planShift(DOC, 8, -1))).toContain('一级');
  });

  it('promotes a heading with its subtree; later siblings become its children', () => {
    const plan = accepted(planShift(DOC, 4, -1));
    expect(plan.span).toEqual({ start: 4, end: 7 });
    expect(outline(applyShift(DOC, plan.span, plan.delta))).toEqual(['一、完成情况', '（一）甲', '二、乙', '（一）乙一', '（二）丙', '三、其他工作', '四、存在的问题']);
  });

  it('refuses non-headings', () => {
    refused(planShift(DOC, 3, 1));
    refused(planShift(DOC, 0, -1));
  });

  it('a span stops before signature and date', () => {
    const plan = accepted(planShift(DOC, 8, 1));
    expect(plan.span).toEqual({ start: 8, end: 10 });
    const blocks = blocksOf(['T:t', 'H1:a', 'H2:b', 'H2:c', 'P:x', 'S:s', 'D:d']);
    expect(accepted(planShift(blocks, 3, 1)).span).toEqual({ start: 3, end: 5 });
  });
});

describe('planSetLevel', () => {
  it('sets a paragraph to a heading one below the previous heading', () => {
    const plan = accepted(planSetLevel(DOC, 3, 3));
    expect(outline(applySetLevel(DOC, 3, plan.level))).toEqual(['一、完成情况', '（一）甲', '1.甲正文', '（二）乙', '1.乙一', '（三）丙', '二、其他工作', '三、存在的问题']);
  });

  it('refuses a level that skips past the heading before', () => {
    expect(refused(planSetLevel(DOC, 3, 4))).toContain('三级');
    expect(refused(planSetLevel(blocksOf(['T:t', 'P:x']), 1, 2))).toContain('一级');
  });

  it('refuses a level that makes the heading after skip', () => {
    // 乙 → level 1 would leave 乙一 (level 3) right under a level-1 heading
    expect(refused(planSetLevel(DOC, 4, 1))).toContain('乙一');
  });

  it('Ctrl+0 is refused on a heading whose children would then skip a level', () => {
    const blocks = blocksOf(['T:t', 'H1:a', 'H2:b', 'H3:c']);
    expect(refused(planSetLevel(blocks, 2, 0))).toContain('c');
  });

  it('Ctrl+0 is allowed where the children fall under the previous sibling', () => {
    // 乙 becomes text; 乙一 (level 3) now follows 甲 (level 2): no level is skipped
    const plan = accepted(planSetLevel(DOC, 4, 0));
    expect(outline(applySetLevel(DOC, 4, plan.level))).toEqual(['一、完成情况', '（一）甲', '1.乙一', '（二）丙', '二、其他工作', '三、存在的问题']);
  });

  it('Ctrl+0 turns a childless heading into body text', () => {
    const plan = accepted(planSetLevel(DOC, 2, 0));
    expect(outline(applySetLevel(DOC, 2, plan.level))).toEqual(['一、完成情况', '（一）乙', '1.乙一', '（二）丙', '二、其他工作', '三、存在的问题']);
  });

  it('refuses required sections except at level 1', () => {
    expect(refused(planSetLevel(DOC, 10, 2))).toContain('必需章节');
    expect(refused(planSetLevel(DOC, 10, 0))).toContain('必需章节');
    accepted(planSetLevel(DOC, 10, 1));
  });

  it('refuses title, signature and date (and addressee)', () => {
    refused(planSetLevel(DOC, 0, 1));
    refused(planSetLevel(DOC, 12, 1));
    refused(planSetLevel(DOC, 13, 0));
    refused(planSetLevel(blocksOf(['T:t', 'A:市政府办公厅：']), 1, 1));
    refused(planSetLevel(DOC, 99, 1));
  });
});

describe('planMove', () => {
  it('refuses to move the first sibling up and the last one down', () => {
    expect(refused(planMove(DOC, 2, -1))).toContain('第一个');
    expect(refused(planMove(DOC, 7, 1))).toContain('最后一个');
    expect(refused(planMove(DOC, 1, -1))).toContain('第一个');
  });

  it('moves a section with its subtree past its previous sibling', () => {
    const plan = accepted(planMove(DOC, 7, -1));
    expect(plan).toMatchObject({ span: { start: 7, end: 8 }, to: 4 });
    expect(outline(applyMove(DOC, plan.span, plan.to))).toEqual(['一、完成情况', '（一）甲', '（二）丙', '（三）乙', '1.乙一', '二、其他工作', '三、存在的问题']);
  });

  it('moves a section with its subtree past its next sibling', () => {
    const plan = accepted(planMove(DOC, 4, 1));
    expect(plan).toMatchObject({ span: { start: 4, end: 7 }, to: 8 });
    expect(outline(applyMove(DOC, plan.span, plan.to))).toEqual(['一、完成情况', '（一）甲', '（二）丙', '（三）乙', '1.乙一', '二、其他工作', '三、存在的问题']);
  });

  it('refuses to swap two required sections', () => {
    const blocks = blocksOf(['T:t', 'H1:a#done', 'P:x', 'H1:b#problems', 'P:y']);
    expect(refused(planMove(blocks, 3, -1))).toContain('必需章节');
    expect(refused(planMove(blocks, 1, 1))).toContain('必需章节');
  });

  it('lets a required and a free level-1 section swap', () => {
    const up = accepted(planMove(DOC, 8, -1));
    expect(up).toMatchObject({ span: { start: 8, end: 10 }, to: 1 });
    expect(outline(applyMove(DOC, up.span, up.to))).toEqual(['一、其他工作', '二、完成情况', '（一）甲', '（二）乙', '1.乙一', '（三）丙', '三、存在的问题']);
    const down = accepted(planMove(DOC, 8, 1));
    const moved = applyMove(DOC, down.span, down.to);
    // the span of 存在的问题 ends before signature and date, which stay last
    expect(down).toMatchObject({ span: { start: 8, end: 10 }, to: 12 });
    expect(moved.slice(-2).map((b) => b.type)).toEqual(['signature', 'date']);
    expect(outline(moved)).toEqual(['一、完成情况', '（一）甲', '（二）乙', '1.乙一', '（三）丙', '二、存在的问题', '三、其他工作']);
  });

  it('refuses non-headings', () => {
    refused(planMove(DOC, 3, 1));
  });
});

describe('isRequiredHeading', () => {
  it('is true only for headings with a section', () => {
    expect(isRequiredHeading(DOC[1])).toBe(true);
    expect(isRequiredHeading(DOC[2])).toBe(false);
    expect(isRequiredHeading(DOC[0])).toBe(false);
    expect(isRequiredHeading(undefined)).toBe(false);
  });
});
