import { describe, expect, it } from 'vitest';
import { findNumberingProblems, hasContinuousLevel3 } from '../../core/import/numbering-problems.ts';
import { recognise } from '../../core/import/recognise.ts';
import type { RecognisedBlock } from '../../core/import/recognised.ts';

/** "2 （三）" is a level-2 heading numbered （三）. */
function blocks(...headings: string[]): RecognisedBlock[] {
  return headings.map((h) => {
    const [level, number] = h.split(' ');
    return { kind: 'heading', level: Number(level) as 1 | 2 | 3 | 4, number: number!, text: '标题', runIn: false, body: '' };
  });
}

const problems = (...headings: string[]) => findNumberingProblems(blocks(...headings)).map(({ code, block, found, expected, message }) => ({ code, block, found, expected, message }));

describe('findNumberingProblems', () => {
  it('finds nothing in a regular outline', () => {
    expect(problems('1 一、', '2 （一）', '3 1.', '3 2.', '2 （二）', '1 二、')).toEqual([]);
  });

  it('reports a skipped number with the one missing (seed 001)', () => {
    expect(problems('1 一、', '1 二、', '1 三、', '1 四、', '2 (一)', '2 (二)', '2 (三)', '2 (五)', '2 (六)')).toEqual([
      { code: 'skipped', block: 7, found: '(五)', expected: '（四）', message: '「（三）」之后是「（五）」，缺少「（四）」' },
    ]);
  });

  it('names a range when several are missing, and a missing first one', () => {
    expect(problems('1 一、', '1 四、')[0]!.message).toBe('「一、」之后是「四、」，缺少「二、」至「三、」');
    expect(problems('1 一、', '2 （二）')[0]).toMatchObject({ code: 'skipped', message: '「一、」下的第一个标题是「（二）」，缺少「（一）」' });
    expect(problems('1 二、')[0]).toMatchObject({ code: 'skipped', message: '第一个一级标题是「二、」，缺少「一、」' });
  });

  it('reports duplicates and numbers out of order', () => {
    expect(problems('1 一、', '2 （一）', '2 （二）', '2 （二）', '2 （三）')).toEqual([
      { code: 'duplicate', block: 3, found: '（二）', expected: '（三）', message: '「（二）」重复出现，后一个按顺序编号为「（三）」' },
    ]);
    expect(problems('1 一、', '1 三、', '1 二、').map((p) => p.code)).toEqual(['skipped', 'out-of-order']);
    expect(problems('1 一、', '1 三、', '1 二、')[1]!.message).toBe('「三、」之后是「二、」，序号顺序颠倒');
  });

  it('reports a family used at another level than usual once', () => {
    expect(problems('1 一、', '2 1.', '2 2.', '1 二、', '2 1.')).toEqual([
      { code: 'level-jump', block: 1, found: '1.', expected: '（一）', message: '「1.」直接用在「一、」之下，按二级标题编号为「（一）」' },
    ]);
    expect(problems('1 （一）', '1 （二）')).toEqual([
      { code: 'level-jump', block: 0, found: '（一）', expected: '一、', message: '「（一）」是全文最高一级的序号，按一级标题编号为「一、」' },
    ]);
  });

  it('reports a style change where it happens, not a return to the level’s style', () => {
    expect(problems('1 一、', '1 二、', '1 （三）', '1 四、').map(({ code, block, message }) => ({ code, block, message }))).toEqual([
      { code: 'style-change', block: 2, message: '「（三）」与同级的「二、」序号样式不同，按一级标题编号为「三、」' },
    ]);
    // Level 2 switches from （一） to 1. under 二、: one report, and 2. continues the new style.
    expect(problems('1 一、', '2 （一）', '2 （二）', '1 二、', '2 1.', '2 2.').map((p) => [p.code, p.block])).toEqual([['style-change', 4]]);
  });

  it('takes a level-3 sequence running on across parents for the document’s style', () => {
    const continuous = blocks('1 一、', '2 （一）', '3 1.', '3 2.', '2 （二）', '3 3.', '3 4.');
    expect(hasContinuousLevel3(continuous)).toBe(true);
    expect(findNumberingProblems(continuous)).toEqual([]);
    expect(hasContinuousLevel3(blocks('1 一、', '2 （一）', '3 1.', '2 （二）', '3 1.'))).toBe(false);
  });

  it('gives the label derived numbering gives, with continuous level 3 where the source has it', () => {
    const found = findNumberingProblems(blocks('1 一、', '2 （一）', '3 1.', '3 2.', '2 （二）', '3 3.', '3 5.'));
    expect(found).toMatchObject([{ code: 'skipped', found: '5.', expected: '4.' }]);
  });

  it('skips headings without a label', () => {
    expect(problems('1 一、', '2 ', '2 ')).toEqual([]);
  });
});

describe('numbering problems in recognise', () => {
  it('reports a skipped （四） and points at its block', () => {
    const r = recognise(['某局2023年工作总结', '一、工作情况', '（一）加强领导。召开会议。', '（二）完善制度。出台办法。', '（三）强化督查。开展督查。', '（五）注重宣传。印发资料。', '二、下一步打算', '继续努力。'].map((text) => ({ text })));
    expect(r.numberingProblems).toHaveLength(1);
    const problem = r.numberingProblems[0]!;
    expect(problem.message).toBe('「（三）」之后是「（五）」，缺少「（四）」');
    expect(r.blocks[problem.block]).toMatchObject({ kind: 'heading', number: '（五）', text: '注重宣传。' });
  });
});
