import type { TableBlock } from '../model.ts';
import type { SourceHint } from './source.ts';

/**
 * Line breaks as text really comes: lost (a web page copied as one line, seed 003), or hard
 * (a PDF extraction breaks lines mid-sentence and glues page numbers `2、` into the text, seed
 * 004). These passes turn lines back into paragraphs; each is linear in the text's length:
 * page-markers.ts, hard-breaks.ts, lost-breaks.ts, then inner-spaces.ts in the lines they repaired.
 */
export interface Line {
  text: string;
  hint?: SourceHint | undefined;
  /** Made by joining or splitting: white space inside it is a PDF artefact, not the author's. */
  repaired?: boolean;
  /** Furniture was dropped right before it (a page header or number): a page may break mid-sentence here. */
  breakBefore?: boolean;
  /** The line stands for this table (its text is TABLE_LINE, hint.tableRow set: no pass reads or joins it). */
  table?: TableBlock;
}

/**
 * The text of a table's line: U+FFFC, the object replacement character, which no label, date,
 * title, addressee or signature pattern reads, and no sentence mark ends.
 */
export const TABLE_LINE = '\uFFFC';
