import type { ExportFormat } from '../print/format.ts';
import type { PrintedAlignment, PrintedParagraph, PrintedRun } from '../print/printed-paragraph.ts';
import { PT_PER_MM } from '../print/page-geometry.ts';
import { chars } from './page.ts';
import { runsOf } from './printed-runs.ts';
import type { PrintedItem } from '../print/plan.ts';
import type { JointMarkSpec } from './mark-table.ts';
import type { Alignment, BodySpec, Indent, ParagraphSpec } from './paragraph-xml.ts';
import { tableSpec } from './table-spec.ts';
import { NO_INDENT, TITLE_STYLE, firstLineIndent } from './styles.ts';

const ALIGNMENT = { center: 'center', left: 'left', justify: 'both', right: 'right' } as const satisfies Record<PrintedAlignment, Alignment>;

const twipsOfPt = (pt: number) => Math.round(pt * 20);
/** A rule's weight as a border's w:sz, in eighths of a point. */
const eighths = (mm: number) => Math.max(2, Math.round(mm * PT_PER_MM * 8));

/** What the 版头 and 版记 add to a paragraph: off-grid spacing, tab stops, rules. */
function placement(printed: PrintedParagraph): Partial<ParagraphSpec> {
  const out: Partial<ParagraphSpec> = {};
  const { offGrid, tabs, rules } = printed;
  if (offGrid) out.exact = { line: twipsOfPt(offGrid.lineHeightPt), before: twipsOfPt(offGrid.spaceBeforePt), after: twipsOfPt(offGrid.spaceAfterPt) };
  if (tabs) out.tabs = tabs.map((tab) => ({ pos: chars(tab.at), val: tab.align }));
  if (rules) out.borders = rules.map((rule) => ({ edge: rule.edge, size: eighths(rule.weightMm), color: rule.color }));
  return out;
}

const BLANK: ParagraphSpec = { indent: NO_INDENT, runs: [] };

/**
 * A joint 发文机关标志's table (mark-table.ts): a paragraph a name, spread over the longest name's
 * width (a twip more, so the longest is never pushed onto two lines by rounding), 文件 beside.
 */
function jointMarkSpec(printed: PrintedParagraph, base: ParagraphSpec, format: ExportFormat): JointMarkSpec {
  const { namesWidthPt, gapPt, besideWidthPt } = printed.jointMark!;
  const line = (run: PrintedRun, alignment: Alignment): ParagraphSpec => ({ alignment, indent: NO_INDENT, ...(base.exact ? { exact: { ...base.exact, before: 0 } } : {}), runs: runsOf([run], format) });
  const run = printed.runs[0]!;
  return {
    names: run.text.split('\n').map((name) => line({ ...run, text: name }, 'distribute')),
    namesWidth: Math.ceil(namesWidthPt * 20) + 1,
    ...(printed.besideLines ? { beside: line(printed.besideLines, 'right') } : {}),
    besideWidth: Math.ceil((gapPt + besideWidthPt) * 20),
  };
}

/**
 * The plan's indents in twips. A right-aligned line is placed by its right indent, so that one is
 * written even when it is 0; a paragraph with no first-line indent says so, or it would take the
 * two 字 of a heading style.
 */
function indentOf({ indent, align }: PrintedParagraph): Indent {
  const { left, firstLine, right } = indent;
  const base = firstLine < 0 || left > 0 ? { left: chars(left), hanging: chars(-firstLine) } : firstLine > 0 ? firstLineIndent(firstLine) : NO_INDENT;
  return align === 'right' || right !== 0 ? { ...base, right: chars(right) } : base;
}

/**
 * One printed paragraph as Word paragraphs. The title and a heading state their keep-with-next,
 * whatever their style says. A paragraph placed by measured widths gets no automatic space between
 * hanzi and digits or Latin (paragraph-xml.ts noAutoSpace).
 *
 * A run-in heading is printed as a heading paragraph joined to the body on one line by a hidden
 * paragraph mark, the mechanism of Word's style separator (样式分隔符; ISO/IEC 29500-1 17.3.1.29
 * paragraph mark run properties, 17.3.2.41 vanish): its first sentence with the 。 in the heading
 * font is a HeadingN paragraph of its own whose mark is hidden, and the rest is a body paragraph
 * that Word, WPS and LibreOffice draw on the same line (hidden text is not shown in print layout
 * nor printed by default). So the navigation pane, a TOC, pandoc and mammoth see the heading
 * sentence alone as the heading, while the page is one paragraph. Both paragraphs have the same
 * indent, spacing and justification, so the joined line does not depend on which one a reader
 * takes its layout from. core/import/docx-body.ts reads the pair back as one run-in heading.
 *
 * Word's style separator also sets w:specVanish (17.3.2.36), which keeps the mark hidden while
 * Word shows hidden text (¶ on). It is left out: LibreOffice 25.2 turns a specVanish paragraph
 * into an inline frame off the character grid, which cost the first line of every run-in heading
 * a character and reflowed 103 of seed 000's 138 lines; with w:vanish alone LibreOffice prints
 * the page exactly as before (pdftotext of both PDFs identical) and gbt-check passes 14/14.
 */
function paragraphsOf(printed: PrintedParagraph, format: ExportFormat): ParagraphSpec[] {
  const base: ParagraphSpec = { alignment: ALIGNMENT[printed.align], indent: indentOf(printed), runs: [], ...placement(printed) };
  if (printed.measured) base.noAutoSpace = true;
  if (printed.jointMark) return [{ ...base, runs: [], jointMark: jointMarkSpec(printed, base, format) }];
  if (printed.pageBreakBefore) base.pageBreakBefore = true;
  if (printed.role === 'title') return [{ ...base, style: TITLE_STYLE, keepNext: printed.keepNext, runs: runsOf(printed.runs, format) }];
  if (printed.role === 'annex-title' || printed.role === 'annex-label' || printed.role === 'caption') return [{ ...base, keepNext: printed.keepNext, ...(printed.role === 'annex-title' ? { noSnap: true } : {}), runs: runsOf(printed.runs, format) }];
  if (printed.role !== 'heading' || printed.level === undefined) return [{ ...base, runs: runsOf(printed.runs, format) }];
  const heading = { ...base, style: `Heading${printed.level}`, keepNext: printed.keepNext };
  const [sentence, ...rest] = printed.runs;
  if (!printed.runIn || !sentence || rest.length === 0) return [{ ...heading, runs: runsOf(printed.runs, format) }];
  return [
    { ...heading, hiddenMark: true, runs: runsOf([sentence], format) },
    // bold off explicitly: the body part must not take a bold heading style's weight.
    { ...base, runs: runsOf(rest, format, false) },
  ];
}

/**
 * The print plan (../print/plan.ts) as the document's Word paragraphs and tables, with its blank
 * lines. `colophon` is the index of the 版记's first paragraph (a section of its own, docx.ts), if any.
 */
export function paragraphSpecs(plan: readonly PrintedItem[], format: ExportFormat): { paragraphs: BodySpec[]; colophon: number | undefined } {
  const out: BodySpec[] = [];
  let colophon: number | undefined;
  for (const printed of plan) {
    if (printed.role === 'table') {
      out.push(tableSpec(printed, format));
      continue;
    }
    if (printed.colophonStart) colophon = out.length;
    if (colophon !== undefined) {
      out.push({ ...paragraphsOf(printed, format)[0]!, atFoot: true });
      continue;
    }
    if (printed.blankBefore) out.push(BLANK);
    out.push(...paragraphsOf(printed, format));
    if (printed.blankAfter) out.push(BLANK);
  }
  return { paragraphs: out, colophon };
}
