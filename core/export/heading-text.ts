/**
 * The text of a heading as it is printed: a standalone heading (独占一行) carries no closing
 * punctuation; a run-in heading (levels 2–4) is its first sentence, up to and including 。, followed
 * by body text in the same paragraph (see ../shared/docs/gbt9704.md §1.1).
 */

const CLOSING = /[\s。；：，．.;:,、]+$/u;

/** Drops a trailing 。；：， (and their half-width forms) from a standalone heading. */
export function standaloneHeadingText(text: string): string {
  return text.replace(CLOSING, '');
}

const OPEN = '“‘《（(〈【「『';
const CLOSE = '”’》）)〉】」』';

/**
 * Splits a run-in heading into its heading sentence (ending with 。) and the body text after it.
 * A 。 inside quotes or brackets does not end the sentence. Without a 。 the whole text is the
 * heading.
 */
export function splitRunIn(text: string): { heading: string; body: string } {
  let depth = 0;
  let index = 0;
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '。' && depth === 0) {
      const end = index + ch.length;
      return { heading: text.slice(0, end), body: text.slice(end) };
    }
    index += ch.length;
  }
  return { heading: text, body: '' };
}
