import { describe, expect, it } from 'vitest';
import { heading, textBlock, type Block, type HeadingLevel } from '../../core/model.ts';
import { computeLabels, formatLabel } from '../../core/numbering.ts';
import { blocksOf } from './compact.ts';

const labelsOf = (blocks: readonly Block[], continuousLevel3 = false) => computeLabels(blocks, { continuousLevel3 });
const headings = (levels: HeadingLevel[]) => levels.map((level) => heading(level, 'x'));

describe('formatLabel', () => {
  it('writes each level in its own form', () => {
    expect(formatLabel(1, 3)).toBe('三、');
    expect(formatLabel(2, 3)).toBe('（三）');
    expect(formatLabel(3, 3)).toBe('3.');
    expect(formatLabel(4, 3)).toBe('（3）');
  });
});

describe('computeLabels', () => {
  it('numbers 21+ level-1 headings in Chinese', () => {
    const labels = labelsOf(headings(Array<HeadingLevel>(23).fill(1)));
    expect(labels.slice(0, 12)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '十二、']);
    expect(labels.slice(18)).toEqual(['十九、', '二十、', '二十一、', '二十二、', '二十三、']);
  });

  it('numbers level 2 （一）…（十二）', () => {
    const labels = labelsOf(headings([1, ...Array<HeadingLevel>(12).fill(2)]));
    expect(labels).toEqual(['一、', '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）', '（十一）', '（十二）']);
  });

  it('numbers levels 3 and 4 in Arabic figures', () => {
    expect(labelsOf(headings([1, 2, 3, 3, 3, 4, 4]))).toEqual(['一、', '（一）', '1.', '2.', '3.', '（1）', '（2）']);
  });

  it('gives non-headings no label, and they do not interrupt a sequence', () => {
    const blocks = blocksOf(['T:标题', 'A:市政府办公厅：', 'P:开头', 'H1:甲', 'P:正文', 'H2:乙', 'P:正文', 'H2:丙', 'S:市科技局', 'D:2024年1月1日']);
    expect(labelsOf(blocks)).toEqual([undefined, undefined, undefined, '一、', undefined, '（一）', undefined, '（二）', undefined, undefined]);
    expect(labelsOf(blocks)).toHaveLength(blocks.length);
  });

  it('restarts under each parent at every level', () => {
    const levels: HeadingLevel[] = [1, 2, 3, 4, 4, 3, 4, 2, 3, 4, 1, 2, 3, 4];
    expect(labelsOf(headings(levels))).toEqual([
      '一、', '（一）', '1.', '（1）', '（2）', '2.', '（1）', '（二）', '1.', '（1）',
      '二、', '（一）', '1.', '（1）',
    ]);
  });

  it('is empty for an empty document', () => {
    expect(labelsOf([])).toEqual([]);
    expect(labelsOf([textBlock('title', 'x')])).toEqual([undefined]);
  });

  // Seed 002 (2022年全市科技工作要点): 1. … 19. run on across （一）…（七） under 三、重点任务.
  it('continuousLevel3 runs level 3 on across level-2 parents, like seed 002', () => {
    const perParent = [3, 3, 3, 2, 3, 2, 3]; // 19 items under （一）…（七）
    const levels: HeadingLevel[] = [1, 1, 1];
    for (const count of perParent) levels.push(2, ...Array<HeadingLevel>(count).fill(3));
    const labels = labelsOf(headings(levels), true);
    const level3 = labels.filter((label) => label && /^\d+\.$/.test(label));
    expect(level3).toEqual(Array.from({ length: 19 }, (_, i) => `${i + 1}.`));
    expect(labels.filter((label) => label?.startsWith('（') && !/\d/.test(label))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）']);
    expect(labels[3]).toBe('（一）');
    expect(labels[4]).toBe('1.');
    expect(labels.at(-1)).toBe('19.');
  });

  it('continuousLevel3 restarts under a new level 1, and level 4 still restarts', () => {
    const levels: HeadingLevel[] = [1, 2, 3, 4, 4, 3, 4, 2, 3, 4, 4, 2, 4, 1, 2, 3, 3, 2, 3, 4];
    expect(labelsOf(headings(levels), true)).toEqual([
      '一、', '（一）', '1.', '（1）', '（2）', '2.', '（1）',
      '（二）', '3.', '（1）', '（2）',
      // level 4 directly under a level 2 heading restarts with it (not after the last 3.)
      '（三）', '（1）',
      '二、', '（一）', '1.', '2.', '（二）', '3.', '（1）',
    ]);
  });

  it('without continuousLevel3 the same outline restarts level 3 under each level 2', () => {
    const levels: HeadingLevel[] = [1, 2, 3, 3, 2, 3];
    expect(labelsOf(headings(levels))).toEqual(['一、', '（一）', '1.', '2.', '（二）', '1.']);
    expect(labelsOf(headings(levels), true)).toEqual(['一、', '（一）', '1.', '2.', '（二）', '3.']);
  });
});
