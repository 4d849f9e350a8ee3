import { describe, expect, it } from 'vitest';
import { applyListEdits, followAnnexes, inStep, listEdits, listState } from '../../core/annex-list.ts';
import { textBlock, type Block } from '../../core/model.ts';
import { prng } from './random-blocks.ts';
import { randomAnnexReport, reportWithAnnexes } from './annex-docs.ts';

const state = (titles: string[], lines: string[]) => ({ titles, lines });

describe('followAnnexes: the 附件说明 follows the attachments only where it named them', () => {
  it('follows an added, removed, renamed or reordered attachment when it was in step', () => {
    expect(followAnnexes(state([], []), state(['甲'], []))).toEqual(['甲']);
    expect(followAnnexes(state(['甲', '乙'], ['甲', '乙']), state(['甲'], ['甲', '乙']))).toEqual(['甲']);
    expect(followAnnexes(state(['甲', '乙'], ['甲', '乙']), state(['甲', '丙'], ['甲', '乙']))).toEqual(['甲', '丙']);
    expect(followAnnexes(state(['甲', '乙'], ['甲', '乙']), state(['乙', '甲'], ['甲', '乙']))).toEqual(['乙', '甲']);
  });

  it('never rewrites a list the clerk wrote differently, except a line that named a renamed attachment', () => {
    expect(followAnnexes(state(['甲'], ['自己写的']), state(['甲', '乙'], ['自己写的']))).toBeNull();
    expect(followAnnexes(state(['甲'], ['自己写的']), state(['丙'], ['自己写的']))).toBeNull();
    expect(followAnnexes(state(['甲', '乙'], ['甲', '另写']), state(['丙', '乙'], ['甲', '另写']))).toEqual(['丙', '另写']);
    // Attachments sent apart (lines, no attachment in the document): adding one does not touch the list.
    expect(followAnnexes(state([], ['方案', '清单']), state(['方案'], ['方案', '清单']))).toBeNull();
  });

  it('leaves the list alone when the same change edited it (the clerk typing in it, an undo)', () => {
    expect(followAnnexes(state(['甲'], ['甲']), state(['乙'], ['乙']))).toBeNull();
    expect(followAnnexes(state(['甲'], ['甲']), state(['甲'], ['甲乙']))).toBeNull();
  });
});

describe('listEdits: the 附件说明 rewritten, nothing else', () => {
  it('adds lines after the last one, or before the 署名 when there was none', () => {
    const doc = reportWithAnnexes([{ title: '甲' }], []);
    const next = applyListEdits(doc.blocks, listEdits(doc.blocks, ['甲', '乙']));
    const signature = next.findIndex((b) => b.type === 'signature');
    expect(next.slice(signature - 2, signature)).toEqual([textBlock('attachment', '甲'), textBlock('attachment', '乙')]);
  });

  it('random reports: after the edits the list reads the names, and every other block is the same object in the same order', () => {
    const NAMES = ['甲', '乙', '丙', '丁', '项目清单'];
    for (let seed = 1; seed <= 300; seed++) {
      const random = prng(seed * 7);
      const { blocks } = randomAnnexReport(seed);
      const names = Array.from({ length: Math.floor(random() * 5) }, () => NAMES[Math.floor(random() * NAMES.length)]!);
      const next = applyListEdits(blocks, listEdits(blocks, names));
      expect(listState(next).lines, `seed ${seed}`).toEqual(names);
      const others = (list: readonly Block[]) => list.filter((b) => b.type !== 'attachment');
      const before = others(blocks);
      const after = others(next);
      expect(after.length).toBe(before.length);
      after.forEach((block, i) => expect(block).toBe(before[i]));
      // No needless edits: a list already in step takes none.
      expect(listEdits(next, names)).toEqual([]);
    }
  });

  it('in step: the lines read the titles', () => {
    expect(inStep(listState(reportWithAnnexes([{ title: '甲' }, { title: '乙' }]).blocks))).toBe(true);
    expect(inStep(listState(reportWithAnnexes([{ title: '甲' }], ['乙']).blocks))).toBe(false);
  });
});
