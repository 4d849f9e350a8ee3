/**
 * Bracket matching, one rule for every bracket kind: the check's half-width ( ) and the
 * placeholder holes' 【 】. A closing bracket pairs with the nearest opening one still open; a line
 * break ends any open one.
 */

/** The matched pairs of `open` … `close` in a text, innermost first. */
export function bracketPairs(text: string, open = '(', close = ')'): [start: number, end: number][] {
  return matchBrackets(text, open, close).pairs;
}

/** The brackets of a text that pair with nothing (an `open` never closed, a `close` never opened), in text order. */
export function unmatchedBrackets(text: string, open: string, close: string): number[] {
  return matchBrackets(text, open, close).unmatched;
}

function matchBrackets(text: string, open: string, close: string): { pairs: [number, number][]; unmatched: number[] } {
  const pairs: [number, number][] = [];
  const unmatched: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      unmatched.push(...stack);
      stack.length = 0;
    } else if (ch === open) stack.push(i);
    else if (ch === close) {
      if (stack.length) pairs.push([stack.pop()!, i]);
      else unmatched.push(i);
    }
  }
  unmatched.push(...stack);
  return { pairs, unmatched: unmatched.sort((a, b) => a - b) };
}
