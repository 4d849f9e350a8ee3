import { describe, expect, it } from 'vitest';
import { parseLabel } from '../../core/import/labels.ts';
import { assignLevels, type LevelInput } from '../../core/import/levels.ts';

/** Headings given as their labels; a trailing ~ marks a run-in heading, =name a required section. */
function levels(...headings: string[]): number[] {
  const items: LevelInput[] = headings.map((h) => {
    const label = parseLabel(h.replace(/[~=].*$/u, '') + '甲')!;
    return { family: label.family, value: label.value, runIn: h.includes('~'), sectionLike: () => h.includes('=') };
  });
  return assignLevels(items);
}

describe('assignLevels', () => {
  it('gives each family its usual level in a regular outline', () => {
    expect(levels('一、', '（一）', '1.', '（1）', '（2）', '2.', '（二）', '二、')).toEqual([1, 2, 3, 4, 4, 3, 2, 1]);
  });

  it('puts 1. directly under 一、 at level 2', () => {
    expect(levels('一、', '1.', '2.', '二、', '1.', '（1）')).toEqual([1, 2, 2, 1, 2, 3]);
  });

  it('makes the top family level 1 whatever it is', () => {
    expect(levels('（一）', '1.', '2.', '（二）', '1.')).toEqual([1, 2, 2, 1, 2]);
    expect(levels('1.', '（1）', '2.')).toEqual([1, 2, 1]);
  });

  it('puts a family usually above the current path above it', () => {
    // 1. items in the opening, then the real outline starts.
    expect(levels('1.', '2.', '一、', '（一）', '1.')).toEqual([1, 1, 1, 2, 3]);
  });

  it('reads a level-3 sequence running on across level-2 parents as level 3', () => {
    expect(levels('三、', '（一）', '1.', '2.', '（二）', '3.', '4.', '（三）', '5.')).toEqual([1, 2, 3, 3, 2, 3, 3, 2, 3]);
  });

  it('moves （四） up where 四、 belongs when 五、 follows it', () => {
    expect(levels('一、', '（一）~', '（二）~', '二、', '（一）~', '三、', '（一）~', '（二）~', '（四）', '五、')).toEqual([1, 2, 2, 1, 2, 1, 2, 2, 1, 1]);
  });

  it('moves （四） up at the end when it has the shape of the level-1 headings', () => {
    expect(levels('一、', '（一）~', '（二）~', '二、', '（一）~', '三、', '（一）~', '（二）~', '（四）')).toEqual([1, 2, 2, 1, 2, 1, 2, 2, 1]);
  });

  it('moves （四） up at the end when its wording is a required section', () => {
    expect(levels('一、', '（一）', '（二）', '二、', '（一）', '三、', '（一）', '（二）', '（四）=存在的问题')).toEqual([1, 2, 2, 1, 2, 1, 2, 2, 1]);
  });

  it('keeps a skipped number at its level when its shape is its siblings’ (seed 001: （四） missing under 四、)', () => {
    expect(levels('一、', '二、', '（一）', '（二）', '三、', '四、', '（一）~', '（二）~', '（三）~', '（五）~', '（六）~')).toEqual([1, 1, 2, 2, 1, 1, 2, 2, 2, 2, 2]);
  });

  it('moves 四、 down where （四） belongs when 二、 follows', () => {
    expect(levels('一、', '（一）', '（二）', '（三）', '四、', '二、', '（一）')).toEqual([1, 2, 2, 2, 2, 1, 2]);
  });

  it('uses an outline level to place a heading without a label', () => {
    const items: LevelInput[] = [
      { family: 'cn', value: 1, runIn: false, sectionLike: () => false },
      { family: null, value: 0, hintLevel: 2, runIn: false, sectionLike: () => false },
      { family: 'num', value: 1, runIn: true, sectionLike: () => false },
      { family: null, value: 0, hintLevel: 4, runIn: false, sectionLike: () => false },
    ];
    expect(assignLevels(items)).toEqual([1, 2, 3, 4]);
    // A hint never skips a level.
    expect(assignLevels([{ family: null, value: 0, hintLevel: 3, runIn: false, sectionLike: () => false }])).toEqual([1]);
  });

  it('uses an outline level for a family new to the path', () => {
    const items: LevelInput[] = [
      { family: 'cn', value: 1, runIn: false, sectionLike: () => false },
      { family: 'num-paren', value: 1, hintLevel: 2, runIn: false, sectionLike: () => false },
    ];
    expect(assignLevels(items)).toEqual([1, 2]);
  });
});

describe('a text cut before its start', () => {
  it('keeps its first headings under the parent the cut took: (四) then 二、', () => {
    expect(levels('（四）', '（五）', '二、', '（一）')).toEqual([2, 2, 1, 2]);
    expect(levels('3.', '4.', '（二）', '1.')).toEqual([2, 2, 1, 2]);
  });

  it('leaves a text that starts at its own first heading, or whose higher family starts at 1, as it was', () => {
    expect(levels('（二）', '1.', '（三）')).toEqual([1, 2, 1]);
    expect(levels('（四）', '一、', '（一）')).toEqual([1, 1, 2]);
  });
});
