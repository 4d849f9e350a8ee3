import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compatibleFixes, type PlacedFix } from '../../../core/check/fixes.ts';
import { blockText, textBlock, type Block, type GongwenDocument } from '../../../core/model.ts';
import { newDocument } from '../../../core/new-document.ts';
import { checkSubmission } from '../../../core/check/index.ts';
import { getTemplate } from '../../../core/templates.ts';

/** The fixes applied to the blocks, as the editor's replaceSpans does (from the end). */
function applied(blocks: readonly Block[], fixes: readonly PlacedFix[]): Block[] {
  const next = blocks.map((b) => ({ ...b, children: [{ text: blockText(b) }] }) as Block);
  for (const fix of [...fixes].reverse()) {
    const text = blockText(next[fix.block]!);
    next[fix.block] = { ...next[fix.block]!, children: [{ text: text.slice(0, fix.start) + fix.text + text.slice(fix.end) }] } as Block;
  }
  return next;
}

function withParagraph(text: string): GongwenDocument {
  const document = newDocument(getTemplate('half-year'), { organ: '宣城市科技局', year: 2023, date: '2023年7月10日' });
  const at = document.blocks.findIndex((b) => b.type === 'paragraph' && blockText(b) === '');
  document.blocks[at] = textBlock('paragraph', text);
  return document;
}

const MARKS = /[,:;()?!，：；（）？！]/gu;

describe('compatibleFixes (检查 → 全部改正)', () => {
  it('keeps the first of two fixes that touch the same characters', () => {
    const fixes = compatibleFixes([
      { code: 'half-width-punctuation', severity: 'warning', block: 3, message: '', fix: { start: 2, end: 9, text: '（甲,乙）' } },
      { code: 'half-width-punctuation', severity: 'warning', block: 3, message: '', fix: { start: 4, end: 5, text: '，' } },
      { code: 'heading-punctuation', severity: 'warning', block: 1, message: '', fix: { start: 5, end: 6, text: '' } },
      { code: 'placeholder', severity: 'blocking', block: 2, message: '' },
    ]);
    expect(fixes).toEqual([
      { block: 1, start: 5, end: 6, text: '' },
      { block: 3, start: 2, end: 9, text: '（甲,乙）' },
    ]);
  });

  // Half-width marks in Chinese text, brackets nested or not: applying every compatible fix, round
  // after round, ends with nothing left to fix, and only the marks changed — every hanzi and digit
  // is where it was.
  it('converges, and changes nothing but the marks', () => {
    const unit = fc.constantFrom(...'科技创新发展工作12,:;()?!。');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 30 }), (text) => {
        let document = withParagraph(`推进${text}完成`);
        const before = document.blocks.map(blockText);
        for (let round = 0; round < 4; round++) {
          const fixes = compatibleFixes(checkSubmission(document).filter((f) => f.code === 'half-width-punctuation'));
          if (fixes.length === 0) break;
          document = { ...document, blocks: applied(document.blocks, fixes) };
        }
        expect(compatibleFixes(checkSubmission(document).filter((f) => f.code === 'half-width-punctuation'))).toEqual([]);
        const after = document.blocks.map(blockText);
        expect(after.map((t) => t.replace(MARKS, ''))).toEqual(before.map((t) => t.replace(MARKS, '')));
      }),
      { numRuns: 500, seed: 20261204 },
    );
  });
});
