/**
 * The text of a heading as it is printed: a standalone heading (独占一行) as written; a run-in
 * heading (levels 2–4) is its first sentence, up to and including 。, followed by body text in the
 * same paragraph (see ../shared/docs/gbt9704.md §1.1; the split is in core/run-in.ts). A standalone
 * heading's closing punctuation, which GB/T 9704 leaves out, is 检查's to point at (heading-
 * punctuation), never the printer's to drop: what is printed is what the clerk sees.
 */

export { splitRunIn } from '../run-in.ts';
