import type { Banner, Colophon, HeadingLevel, TableBlock } from '../model.ts';

/**
 * The recogniser's result, in the shape `gongwen import --json` prints (scripts depend on it):
 * null where a part is absent, headings with the number as found in the source.
 */
export interface RecognisedHeading {
  kind: 'heading';
  level: HeadingLevel;
  /** The label as written in the source, e.g. (一) or 1 . ; empty when the source had none. */
  number: string;
  /** Heading text without its label (a run-in heading: the heading sentence, with its 。). */
  text: string;
  runIn: boolean;
  /** Text after the heading sentence of a run-in heading; "" otherwise. */
  body: string;
}

export interface RecognisedParagraph {
  kind: 'paragraph';
  text: string;
}

/** A table of the source (a .docx's), as it was: its text is content, never read for structure. */
export interface RecognisedTable {
  kind: 'table';
  /** Its cells' text (model.ts blockText), for a reader of text only. */
  text: string;
  table: TableBlock;
}

/** 表题: the short line right before a table that names it (表1 …, …情况表). */
export interface RecognisedCaption {
  kind: 'caption';
  text: string;
}

/** 附件 after the 成文日期: its title (the 附件 / 附件2 line before it is derived, not kept). */
export interface RecognisedAnnex {
  kind: 'annex';
  text: string;
}

export type RecognisedBlock = RecognisedHeading | RecognisedParagraph | RecognisedTable | RecognisedCaption;
/** What an attachment holds: its title first, then paragraphs, captions and tables. */
export type RecognisedAnnexBlock = RecognisedAnnex | RecognisedParagraph | RecognisedTable | RecognisedCaption;

export type NumberingProblemCode = 'skipped' | 'duplicate' | 'out-of-order' | 'style-change' | 'level-jump';

/** A numbering fault of the source, reported to the user before derived numbering repairs it. */
export interface NumberingProblem {
  code: NumberingProblemCode;
  /** Index into `blocks` of the heading concerned. */
  block: number;
  /** The label as found, and the label derived numbering gives it. */
  found: string;
  expected: string;
  /** One sentence in Chinese, e.g. 「（三）」之后是「（五）」，缺少「（四）」. */
  message: string;
}

export interface Recognised {
  title: string | null;
  addressee: string | null;
  signature: string | null;
  date: string | null;
  blocks: RecognisedBlock[];
  /** The attachments after the 成文日期, in order: each an annex block and its content. */
  annexes?: RecognisedAnnexBlock[];
  numberingProblems: NumberingProblem[];
  /** Lines dropped as site furniture (breadcrumbs, metadata, page markers), for the import report. */
  dropped: string[];
  /** 版头 before the title (banner.ts), as written; null without one. */
  banner?: Banner | null;
  /** 版记 at the end (colophon.ts); null without one. */
  colophon?: Colophon | null;
  /** The 抄送 list was written otherwise than the 版记 prints it (，between names, 。 at the end). */
  copyToRewritten?: boolean;
}
