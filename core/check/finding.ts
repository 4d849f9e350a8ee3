import type { GongwenDocument } from '../model.ts';
import type { Template } from '../template.ts';

export type Severity = 'blocking' | 'warning';

/** What the structure rule reports (structure.ts). */
export type ProblemCode = 'missing-title' | 'missing-section' | 'duplicate-section' | 'section-order' | 'empty-section' | 'section-wording' | 'level-jump' | 'empty-heading' | 'unknown-template';

export type FindingCode =
  | ProblemCode
  | 'numbering'
  | 'placeholder'
  | 'half-width-punctuation'
  | 'date-missing'
  | 'date-format'
  | 'date-year'
  | 'title-year'
  | 'section-year'
  | 'stale-year'
  | 'future-year'
  | 'heading-punctuation'
  | 'addressee-colon'
  | 'enumeration'
  | 'title-too-long'
  | 'signer-missing'
  | 'doc-number-form'
  | 'doc-number-placeholder'
  | 'print-date-early'
  | 'annex-list-mismatch'
  | 'annex-untitled'
  | 'table-empty-header'
  | 'caption-without-table';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Index of the block in document.blocks; absent for a finding about the whole document. */
  block?: number;
  /** Offsets in the block's text; absent for a finding about the whole block. */
  start?: number;
  end?: number;
  /** In Chinese: what and where, e.g. 第 12 段「…」：半角逗号「,」应为全角「，」. */
  message: string;
  /**
   * The correction the rule asks for, made in the document where the clerk sees it and can undo
   * it (never only in the export): characters start…end of the finding's block become `text`.
   */
  fix?: TextFix;
  /**
   * A correction no text edit of one block can make (lines added to or removed from the 附件说明):
   * the names the 附件说明 is to read, one line each, applied by core/annex-list.ts's listEdits.
   */
  listFix?: readonly string[];
}

export interface TextFix {
  start: number;
  end: number;
  text: string;
}

export interface SubmissionCheckOptions {
  /** Numbering faults of the imported source, with indices into document.blocks. */
  numberingProblems?: readonly { block: number; message: string }[];
}

/** A finding as a rule reports it: how much it weighs is the RULES table's to say (index.ts). */
export type Draft<C extends FindingCode = FindingCode> = Omit<Finding, 'code' | 'severity'> & { code: C };

/** What every rule is given. */
export interface CheckContext {
  document: GongwenDocument;
  /** The document's template, when it is a known one. */
  template: Template | undefined;
  options: SubmissionCheckOptions;
}
