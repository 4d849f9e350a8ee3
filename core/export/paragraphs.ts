import { AlignmentType, HeadingLevel as DocxHeadingLevel, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { ExportFormat, FontRole } from '../print/format.ts';
import type { PrintedAlignment, PrintedParagraph, PrintedRun } from '../print/printed-paragraph.ts';
import { fontPieces, runFonts, xmlSafe } from './fonts.ts';
import { BODY_SIZE, TITLE_SIZE, chars } from './page.ts';
import { EXACT_LINE, NO_INDENT, TITLE_STYLE, firstLineIndent } from './styles.ts';

const HEADING_STYLES = { 1: DocxHeadingLevel.HEADING_1, 2: DocxHeadingLevel.HEADING_2, 3: DocxHeadingLevel.HEADING_3, 4: DocxHeadingLevel.HEADING_4 } as const;

const ALIGNMENT = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, justify: AlignmentType.JUSTIFIED, right: AlignmentType.RIGHT } as const satisfies Record<PrintedAlignment, unknown>;

/** Every paragraph: exact grid-row spacing, and no widow control (it would leave 21-line pages). */
const COMMON = { spacing: EXACT_LINE, widowControl: false } as const;

/**
 * Runs for a text in one role's font. Every run carries its rFonts (with the eastAsia hint) and
 * size itself, so a paragraph reads the same whatever style Word or WPS applies on top. A line
 * break typed into the text (or between the title's lines) becomes a w:br.
 */
function runs(text: string, role: FontRole, format: ExportFormat, extra: Partial<IRunOptions> = {}): TextRun[] {
  const level = role.startsWith('heading') ? (Number(role.slice(-1)) as 1 | 2 | 3 | 4) : 0;
  const base = {
    size: role === 'title' ? TITLE_SIZE : BODY_SIZE,
    ...(level && format.boldLevels.has(level) ? { bold: true } : {}),
    ...extra,
  };
  const out: TextRun[] = [];
  xmlSafe(text)
    .split('\n')
    .forEach((line, i) => {
      // A line break starts the line's first run (and an empty line is one run holding the break).
      const pieces = line === '' ? [{ text: '', font: format.fonts[role] }] : fontPieces(line, format.fonts[role]);
      pieces.forEach((piece, j) => out.push(new TextRun({ ...base, font: runFonts(piece.font, format), text: piece.text, ...(j === 0 && i > 0 ? { break: 1 } : {}) })));
    });
  return out;
}

const runsOf = (printed: readonly PrintedRun[], format: ExportFormat) => printed.flatMap((run) => runs(run.text, run.font, format));

function blank(): Paragraph {
  return new Paragraph({ ...COMMON, indent: NO_INDENT });
}

/**
 * The plan's indents in twips. A right-aligned line is placed by its right indent, so that one is
 * written even when it is 0; a paragraph with no first-line indent says so, or it would take the
 * two 字 of a heading style.
 */
function indentOf({ indent, align }: PrintedParagraph) {
  const { left, firstLine, right } = indent;
  const base = firstLine < 0 || left > 0 ? { left: chars(left), hanging: chars(-firstLine) } : firstLine > 0 ? firstLineIndent(firstLine) : NO_INDENT;
  return align === 'right' || right !== 0 ? { ...base, right: chars(right) } : base;
}

/**
 * A run-in heading is printed as a heading paragraph joined to the body on one line by a hidden
 * paragraph mark, the mechanism of Word's style separator (样式分隔符; ISO/IEC 29500-1 17.3.1.29
 * paragraph mark run properties, 17.3.2.41 vanish): its first sentence with the 。 in the heading
 * font is a HeadingN paragraph of its own whose mark is hidden, and the rest is a body paragraph
 * that Word, WPS and LibreOffice draw on the same line (hidden text is not shown in print layout
 * nor printed by default). So the navigation pane, a TOC, pandoc and mammoth see the heading
 * sentence alone as the heading, while the page is one paragraph. Both paragraphs have the same
 * indent, spacing and justification, so the joined line does not depend on which one a reader
 * takes its layout from. core/import/docx-reader.ts reads the pair back as one run-in heading.
 *
 * Word's style separator also sets w:specVanish (17.3.2.36), which keeps the mark hidden while
 * Word shows hidden text (¶ on). It is left out: LibreOffice 25.2 turns a specVanish paragraph
 * into an inline frame off the character grid, which cost the first line of every run-in heading
 * a character and reflowed 103 of seed 000's 138 lines; with w:vanish alone LibreOffice prints
 * the page exactly as before (pdftotext of both PDFs identical) and gbt-check passes 14/14.
 */
export const STYLE_SEPARATOR = { vanish: true } as const;

/**
 * One printed paragraph as Word paragraphs. A styled paragraph (the title, a heading) states its
 * keep-with-next, whatever its style says. A paragraph placed by measured widths gets no automatic
 * space between hanzi and digits or Latin (w:autoSpaceDN/DE; the DE half is added in package.ts):
 * Word and LibreOffice add about ⅕ 字 at each such boundary, five of them in 2023年6月28日, which
 * would leave the 7.3.5 offsets and the 附件 hanging indent a 字 out.
 */
function paragraphsOf(printed: PrintedParagraph, format: ExportFormat): Paragraph[] {
  const base = { ...COMMON, alignment: ALIGNMENT[printed.align], indent: indentOf(printed), ...(printed.measured ? { autoSpaceEastAsianText: false } : {}) };
  if (printed.role === 'title') {
    // The Title style makes it centred, not indented; its w:snapToGrid="0" is added to the
    // package afterwards (package.ts), as docx cannot write it on a paragraph.
    return [new Paragraph({ ...base, style: TITLE_STYLE, keepNext: printed.keepNext, children: runsOf(printed.runs, format) })];
  }
  if (printed.role !== 'heading' || printed.level === undefined) return [new Paragraph({ ...base, children: runsOf(printed.runs, format) })];
  const heading = { ...base, heading: HEADING_STYLES[printed.level], keepNext: printed.keepNext };
  const [sentence, ...rest] = printed.runs;
  if (!printed.runIn || !sentence || rest.length === 0) return [new Paragraph({ ...heading, children: runsOf(printed.runs, format) })];
  return [
    new Paragraph({ ...heading, run: STYLE_SEPARATOR, children: runsOf([sentence], format) }),
    // bold off explicitly: the body part must not take a bold heading style's weight.
    new Paragraph({ ...base, children: rest.flatMap((run) => runs(run.text, run.font, format, { bold: false })) }),
  ];
}

/** The print plan (../print/plan.ts) as the document's Word paragraphs, with its blank lines. */
export function docxParagraphs(plan: readonly PrintedParagraph[], format: ExportFormat): Paragraph[] {
  return plan.flatMap((printed) => [...(printed.blankBefore ? [blank()] : []), ...paragraphsOf(printed, format), ...(printed.blankAfter ? [blank()] : [])]);
}
