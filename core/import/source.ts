import type { TableBlock } from '../model.ts';

/**
 * What a reader (.txt, .docx, pasted HTML or text) hands to the recogniser: the document's
 * paragraphs in order, before any outline is known. Readers never decide structure; they only
 * pass on what the source itself states (Word's list numbering, outline levels, alignment).
 */
export interface SourceParagraph {
  /** A table's: its cells' text (model.ts blockText), for a reader of text only. */
  text: string;
  hint?: SourceHint;
  /**
   * A table, as the source shapes it (a .docx's w:tbl): carried through the recogniser as one
   * line it never reads (not a heading, title, addressee, signature or date), and imported as it is.
   */
  table?: TableBlock;
}

export interface SourceHint {
  /** Word's outline level (w:outlineLvl, from the paragraph or its style): 0 is 一级. */
  outlineLevel?: number;
  /** The label Word's list numbering shows before the text (numbering.xml), e.g. 一、 or (1). */
  listLabel?: string;
  /** Paragraph alignment as written in the source. */
  alignment?: 'left' | 'center' | 'right' | 'both';
  /** A table row flattened to text (cells joined by a tab), kept rather than dropped. */
  tableRow?: boolean;
}
