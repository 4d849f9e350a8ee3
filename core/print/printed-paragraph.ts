import type { HeadingLevel } from '../model.ts';
import type { FontRole } from './format.ts';

/** What a printed paragraph is, by the part of the 公文 it prints. */
export type PrintedRole = 'title' | 'addressee' | 'body' | 'heading' | 'attachment' | 'signature' | 'date';

/** A stretch of text in one role's font. A \n in it is a line break inside the paragraph. */
export interface PrintedRun {
  text: string;
  font: FontRole;
}

export type PrintedAlignment = 'center' | 'left' | 'justify' | 'right';

/**
 * Indents in 字, as a word processor holds them: `left` for every line, `firstLine` added to the
 * first (negative: a hanging indent, the later lines further in), `right` for every line.
 */
export interface PrintedIndent {
  left: number;
  firstLine: number;
  right: number;
}

/**
 * One paragraph of the printed page, as the export writes it and the preview draws it. The text is
 * the document's as written: nothing added, rewritten or dropped (labels are the numbering's).
 */
export interface PrintedParagraph {
  role: PrintedRole;
  /** The index of the block printed here, in the document's blocks. */
  block: number;
  runs: PrintedRun[];
  align: PrintedAlignment;
  indent: PrintedIndent;
  /** An empty line of the grid above it (附件说明, 署名) or below it (the title). */
  blankBefore: boolean;
  blankAfter: boolean;
  /** Kept on one page with the paragraph after it. */
  keepNext: boolean;
  /** A heading's level. */
  level?: HeadingLevel;
  /**
   * A run-in heading (（一）标题句。正文…): runs[0] is the heading sentence with its label, the rest
   * its body, on the same line.
   */
  runIn?: boolean;
  /** Its indents come from measured text widths: nothing may widen the text (automatic spacing). */
  measured?: boolean;
}
