import { findTemplate } from '../templates.ts';
import type { GongwenDocument } from '../model.ts';
import { addresseeColonFindings } from './addressee-colon.ts';
import { annexListFindings } from './annex-list-mismatch.ts';
import { annexUntitledFindings } from './annex-untitled.ts';
import { captionWithoutTableFindings } from './caption-without-table.ts';
import { bannerFindings } from './banner.ts';
import { dateFindings } from './date.ts';
import { enumerationFindings } from './enumeration.ts';
import type { CheckContext, Draft, Finding, FindingCode, Severity, SubmissionCheckOptions } from './finding.ts';
import { halfWidthFindings } from './half-width-punctuation.ts';
import { headingPunctuationFindings } from './heading-punctuation.ts';
import { numberingFindings } from './numbering.ts';
import { placeholderFindings } from './placeholders.ts';
import { structureFindings } from './structure.ts';
import { tableEmptyHeaderFindings } from './table-empty-header.ts';
import { titleLengthFindings } from './title-length.ts';
import { yearFindings } from './years.ts';

export type { Finding, FindingCode, Severity, SubmissionCheckOptions, TextFix } from './finding.ts';

/**
 * The pre-submission check (检查): everything a reviewer sends a report back for that a program
 * can see. `gongwen check` exits 1 while any blocking finding remains; the app's 检查 panel lists
 * every finding and jumps to its block and offset. Each rule is a file of this folder; this table
 * says how much each of its findings weighs.
 *
 * Blocking (必须修改): the document is incomplete or wrong for certain. Warning: worth a look, but
 * the program can be wrong (year consistency is a heuristic) or the clerk may mean it.
 *
 * Offsets (start, end) are UTF-16 indices into the block's text, end exclusive.
 */

type Weight = Severity | ((finding: Draft) => Severity);

export interface Rule {
  check: (context: CheckContext) => Draft[];
  /** The severity of each code the rule reports. */
  severity: Readonly<Partial<Record<FindingCode, Weight>>>;
}

/** A rule with a severity for every code it reports, and none for a code it does not, checked by the compiler. */
const rule = <C extends FindingCode>(check: (context: CheckContext) => Draft<C>[], severity: Readonly<Record<NoInfer<C>, Weight>>): Rule => ({ check, severity });

/**
 * The rules, each with the severity of every finding it reports. Their order is the order of
 * findings that fall on the same place (a half-width ， before the heading's closing mark).
 */
export const RULES: readonly Rule[] = [
  rule(structureFindings, {
    'missing-title': 'blocking',
    'missing-section': 'blocking',
    'duplicate-section': 'blocking',
    'section-order': 'blocking',
    'empty-section': 'blocking',
    'level-jump': 'blocking',
    'empty-heading': 'blocking',
    // A wording the template does not list may still be right; an unknown template cannot be checked.
    'section-wording': 'warning',
    'unknown-template': 'warning',
  }),
  // Numbering faults the importer found in the source.
  rule(numberingFindings, { numbering: 'blocking' }),
  // An unfilled 【 】 / x / xx.x, or a 【 or 】 left unmatched: it would go into the export.
  rule(placeholderFindings, { placeholder: 'blocking' }),
  rule(halfWidthFindings, { 'half-width-punctuation': 'warning' }),
  rule(headingPunctuationFindings, { 'heading-punctuation': 'warning' }),
  rule(titleLengthFindings, { 'title-too-long': 'warning' }),
  rule(addresseeColonFindings, { 'addressee-colon': 'warning' }),
  rule(enumerationFindings, { enumeration: 'warning' }),
  rule(dateFindings, {
    'date-missing': 'blocking',
    // A date the rule can read (2023年06月08日, 二〇二三年六月八日) has its standard form as the fix;
    // one it cannot (23年6月8日) would be printed as written.
    'date-format': (finding) => (finding.fix ? 'warning' : 'blocking'),
    // The 成文日期 is in a year the report cannot be dated in.
    'date-year': 'blocking',
  }),
  rule(bannerFindings, {
    // 7.2.6: a 上行文 is returned without its 签发人.
    'signer-missing': 'blocking',
    // A 发文字号 in another form is still readable; the standard's form is the clerk's to type.
    'doc-number-form': 'warning',
    // 【序号】 left by roll forward: the registry's number is still to come.
    'doc-number-placeholder': 'blocking',
    'print-date-early': 'blocking',
  }),
  // 附件 (GB/T 9704 §8): the 附件说明 names them as they are, and each has a title.
  rule(annexListFindings, { 'annex-list-mismatch': 'blocking' }),
  rule(annexUntitledFindings, { 'annex-untitled': 'blocking' }),
  // Tables read by their header; a 表题 stands above its table. The clerk may mean either.
  rule(tableEmptyHeaderFindings, { 'table-empty-header': 'warning' }),
  rule(captionWithoutTableFindings, { 'caption-without-table': 'warning' }),
  rule(yearFindings, { 'title-year': 'warning', 'section-year': 'warning', 'stale-year': 'warning', 'future-year': 'warning' }),
];

/** Every finding of the pre-submission check, sorted by block, then by offset. */
export function checkSubmission(document: GongwenDocument, options: SubmissionCheckOptions = {}): Finding[] {
  const context: CheckContext = { document, template: findTemplate(document.meta.template), options };
  const findings: Finding[] = [];
  for (const { check, severity } of RULES) {
    for (const { code, ...rest } of check(context)) {
      // rule() gave every code the rule reports its weight.
      const weight = severity[code]!;
      findings.push({ code, severity: typeof weight === 'function' ? weight({ code, ...rest }) : weight, ...rest });
    }
  }
  return sortFindings(findings);
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => (a.finding.block ?? -1) - (b.finding.block ?? -1) || (a.finding.start ?? -1) - (b.finding.start ?? -1) || a.i - b.i)
    .map(({ finding }) => finding);
}

/** Whether any finding blocks submission (`gongwen check` exits 1). */
export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'blocking');
}
