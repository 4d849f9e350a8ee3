/**
 * The text of a heading as it is printed: a standalone heading (独占一行) carries no closing
 * punctuation; a run-in heading (levels 2–4) is its first sentence, up to and including 。, followed
 * by body text in the same paragraph (see ../shared/docs/gbt9704.md §1.1; the split is in core/run-in.ts).
 */

export { splitRunIn } from '../run-in.ts';

const CLOSING = /[\s。；：，．.;:,、]+$/u;

/** Drops a trailing 。；：， (and their half-width forms) from a standalone heading. */
export function standaloneHeadingText(text: string): string {
  return text.replace(CLOSING, '');
}
