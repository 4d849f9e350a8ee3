import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bracketPairs, unmatchedBrackets } from '../../core/brackets.ts';

const pieces = fc.constantFrom('【', '】', '【\u3000】', '\u3000', '4', '10', '万元', '\n', '(', ')', 'x');
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

describe('bracket matching', () => {
  it('pairs nearest-first, leaves the rest unmatched, a line break ends an open bracket', () => {
    expect(bracketPairs('a【b【c】d】', '【', '】')).toEqual([[3, 5], [1, 7]]);
    expect(unmatchedBrackets('【\u300010万元', '【', '】')).toEqual([0]);
    expect(unmatchedBrackets('投资4】亿元，【\n】', '【', '】')).toEqual([3, 7, 9]);
    expect(bracketPairs('(a)(b')).toEqual([[0, 2]]);
  });

  it('every bracket is in exactly one matched pair or reported unmatched', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const pairs = bracketPairs(text, '【', '】');
        const unmatched = unmatchedBrackets(text, '【', '】');
        const seen = [...pairs.flat(), ...unmatched].sort((a, b) => a - b);
        const brackets = [...text].flatMap((ch, i) => (ch === '【' || ch === '】' ? [i] : []));
        expect(seen).toEqual(brackets);
        for (const [start, end] of pairs) {
          expect([text[start], text[end]]).toEqual(['【', '】']);
          expect(text.slice(start, end)).not.toContain('\n');
        }
      }),
    );
  });

  it('removing the unmatched brackets leaves a text in which every bracket is matched', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const unmatched = new Set(unmatchedBrackets(text, '【', '】'));
        const mended = [...text].filter((_, i) => !unmatched.has(i)).join('');
        expect(unmatchedBrackets(mended, '【', '】')).toEqual([]);
      }),
    );
  });
});
