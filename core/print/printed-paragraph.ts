import type { HeadingLevel } from '../model.ts';
import type { FontRole } from './format.ts';

/** What a printed paragraph is, by the part of the 公文 it prints. */
export type PrintedRole =
  | 'title'
  | 'addressee'
  | 'body'
  | 'heading'
  | 'attachment'
  | 'signature'
  | 'date'
  // 版头 (7.2), in the order printed: 份号, 密级和保密期限, 紧急程度, 发文机关标志, 发文字号 (with the
  // 签发人 of a 上行文), the red rule.
  | 'copy-number'
  | 'secrecy'
  | 'urgency'
  | 'organ-mark'
  | 'doc-number'
  | 'banner-rule'
  // 版记 (7.4): 抄送机关, 印发机关和印发日期.
  | 'copy-to'
  | 'printed-by'
  // 表题 (centred above its table), and an attachment's 附件 label and title (7.3.7).
  | 'caption'
  | 'annex-label'
  | 'annex-title';

/** A stretch of text in one role's font. A \n in it is a line break inside the paragraph. */
export interface PrintedRun {
  text: string;
  font: FontRole;
  /** A size of its own in points (the 发文机关标志, the 版记's 4号); absent: its role's. */
  sizePt?: number;
  /** RGB hex, e.g. FF0000 (the red of the 版头); absent: black. */
  color?: string;
  /** Moves to the paragraph's next tab stop first (a \t typed into a text is only a space). */
  tabBefore?: boolean;
}

/**
 * A paragraph placed off the grid by measure (the 版头's parts): exactly `lineHeightPt` high,
 * `spaceBeforePt` below the line above it and `spaceAfterPt` above the next.
 */
export interface OffGrid {
  lineHeightPt: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
}

export interface JointMark {
  namesWidthPt: number;
  gapPt: number;
  /** 文件's width, 0 without it. */
  besideWidthPt: number;
}

/** A tab stop, in 字 from the 版心's left edge; a \t in a run moves to the next one. */
export interface PrintedTab {
  at: number;
  align: 'left' | 'right';
}

/** A line across the 版心 on the paragraph's top or bottom edge (版头 7.2.7, 版记 7.4.1). */
export interface PrintedRule {
  edge: 'top' | 'bottom';
  weightMm: number;
  color: string;
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
  /** Starts a new page (an attachment's label: 附件应当另面编排, 7.3.7). */
  pageBreakBefore?: boolean;
  /** A heading's level. */
  level?: HeadingLevel;
  /**
   * A run-in heading (（一）标题句。正文…): runs[0] is the heading sentence with its label, the rest
   * its body, on the same line.
   */
  runIn?: boolean;
  /** Its indents come from measured text widths: nothing may widen the text (automatic spacing). */
  measured?: boolean;
  offGrid?: OffGrid;
  tabs?: PrintedTab[];
  rules?: PrintedRule[];
  /**
   * The 发文机关标志 of a joint 发文 with 文件 (7.2.4): the runs are the organs, one a line, and
   * this word stands right of them, centred on them.
   */
  besideLines?: PrintedRun;
  /**
   * A joint 发文机关标志 (7.2.4): each organ's line spread (分散对齐) over `namesWidthPt`, the
   * longest name's width, and besideLines `gapPt` right of them; the whole centred in the 版心.
   */
  jointMark?: JointMark;
  /** The first paragraph of the 版记: it and what follows stand at the foot of the next even page. */
  colophonStart?: boolean;
}
