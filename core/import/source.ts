/**
 * What a reader (.txt, .docx, pasted HTML or text) hands to the recogniser: the document's
 * paragraphs in order, before any outline is known. Readers never decide structure; they only
 * pass on what the source itself states (Word's list numbering, outline levels, alignment).
 */
export interface SourceParagraph {
  text: string;
  hint?: SourceHint;
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
