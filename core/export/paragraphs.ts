import { blockText, type Block, type GongwenDocument, type HeadingBlock } from '../model.ts';
import { ATTACHMENT_LEAD } from '../numbering.ts';
import { headingRole, type ExportFormat, type FontRole } from './format.ts';
import { fontPieces, xmlSafe } from './fonts.ts';
import type { ParagraphSpec, RunSpec } from './paragraph-xml.ts';
import { splitRunIn } from '../run-in.ts';
import { BODY_SIZE, TITLE_SIZE, chars } from './page.ts';
import { signatureIndents } from './signature.ts';
import { FIRST_LINE_INDENT, NO_INDENT, TITLE_STYLE } from './styles.ts';
import type { MeasureText } from './text-width.ts';
import { titleLines } from './title-lines.ts';

export interface ParagraphContext {
  format: ExportFormat;
  /** printedLabels of the document's blocks (labels.ts): empty blocks are not counted. */
  labels: readonly (string | undefined)[];
  measure: MeasureText;
}

/**
 * Runs for a text in one role's font. Every run carries its rFonts (with the eastAsia hint) and
 * size itself, so a paragraph reads the same whatever style Word or WPS applies on top. A line
 * break typed into the text becomes a w:br.
 */
function runs(text: string, role: FontRole, context: ParagraphContext, extra: { breakBefore?: boolean; bold?: boolean } = {}): RunSpec[] {
  const { format } = context;
  const level = role.startsWith('heading') ? (Number(role.slice(-1)) as 1 | 2 | 3 | 4) : 0;
  const { breakBefore: leadingBreak, ...rest } = extra;
  const base = {
    size: role === 'title' ? TITLE_SIZE : BODY_SIZE,
    ...(level && format.boldLevels.has(level) ? { bold: true } : {}),
    ...rest,
  };
  const out: RunSpec[] = [];
  xmlSafe(text)
    .split('\n')
    .forEach((line, i) => {
      // A line break starts the line's first run (and an empty line is one run holding the break).
      const pieces = line === '' ? [{ text: '', font: format.fonts[role] }] : fontPieces(line, format.fonts[role]);
      pieces.forEach((piece, j) => out.push({ ...base, font: piece.font, text: piece.text, ...(j === 0 && (i > 0 || leadingBreak) ? { breakBefore: true } : {}) }));
    });
  return out;
}

function blank(): ParagraphSpec {
  return { indent: NO_INDENT, runs: [] };
}

/** 标题 (7.3.1): centred 2号 lines, broken into a 梯形/菱形 by titleLines; one blank line after. */
function title(text: string, organ: string, context: ParagraphContext): ParagraphSpec[] {
  const lines = titleLines(xmlSafe(text), organ);
  if (lines.length === 0) return [];
  const children = lines.flatMap((line, i) => runs(line, 'title', context, i > 0 ? { breakBefore: true } : {}));
  // Centred and not indented, as the Title style is (paragraph-xml.ts takes it off the grid).
  return [{ style: TITLE_STYLE, alignment: 'center', indent: NO_INDENT, keepNext: true, runs: children }, blank()];
}

/** 主送机关 (7.3.2): 居左顶格, ending in a full-width colon. */
/** 主送机关 as written; its closing ：is 检查's to ask for (addressee-colon), in the document. */
function addressee(text: string, context: ParagraphContext): ParagraphSpec {
  return { alignment: 'left', indent: NO_INDENT, runs: runs(text.trim(), 'body', context) };
}

function body(text: string, context: ParagraphContext): ParagraphSpec {
  return { alignment: 'both', indent: FIRST_LINE_INDENT, runs: runs(text, 'body', context) };
}

/**
 * 一、（一）1.（1） headings (7.3.3): the label from the numbering in the heading's own font. A
 * standalone heading is printed as written (检查 asks for its closing punctuation to go, in the
 * document, where the clerk sees it) and keeps with the next paragraph.
 *
 * A run-in heading (levels 2–4) is printed as a heading paragraph joined to the body on one line
 * by a hidden paragraph mark, the mechanism of Word's style separator (样式分隔符; ISO/IEC 29500-1
 * 17.3.1.29 paragraph mark run properties, 17.3.2.41 vanish): its first sentence with the 。 in
 * the heading font is a HeadingN paragraph of its own whose mark is hidden, and the rest is a body
 * paragraph that Word, WPS and LibreOffice draw on the same line (hidden text is not shown in print
 * layout nor printed by default). So the navigation pane, a TOC, pandoc and mammoth see the
 * heading sentence alone as the heading, while the page is one paragraph. Both paragraphs have the
 * same indent, spacing and justification, so the joined line does not depend on which one a reader
 * takes its layout from. core/import/docx-reader.ts reads the pair back as one run-in heading.
 *
 * Word's style separator also sets w:specVanish (17.3.2.36), which keeps the mark hidden while
 * Word shows hidden text (¶ on). It is left out: LibreOffice 25.2 turns a specVanish paragraph
 * into an inline frame off the character grid, which cost the first line of every run-in heading
 * a character and reflowed 103 of seed 000's 138 lines; with w:vanish alone LibreOffice prints
 * the page exactly as before (pdftotext of both PDFs identical) and gbt-check passes 14/14.
 */
function heading(block: HeadingBlock, label: string, context: ParagraphContext): ParagraphSpec[] {
  const text = blockText(block);
  const role = headingRole(block.level);
  const runIn = block.runIn === true && block.level > 1;
  const base = { style: `Heading${block.level}`, alignment: 'both', indent: FIRST_LINE_INDENT } as const;
  if (!runIn) return [{ ...base, keepNext: context.format.keepHeadingsWithNext, runs: runs(label + text, role, context) }];
  const split = splitRunIn(text);
  if (!split.body) return [{ ...base, keepNext: false, runs: runs(label + split.heading, role, context) }];
  return [
    { ...base, keepNext: false, hiddenMark: true, runs: runs(label + split.heading, role, context) },
    // bold off explicitly: the body part must not take a bold heading style's weight.
    { alignment: 'both', indent: FIRST_LINE_INDENT, runs: runs(split.body, 'body', context, { bold: false }) },
  ];
}

/**
 * 附件说明 (7.3.4): 左空二字 附件：名称, or 附件：1.名称 and 2.名称 … with each number under the
 * first one; a name that wraps goes on under its own first character (a hanging indent the width
 * of what precedes the name). Names are printed as written (检查 flags a closing punctuation mark).
 */
function attachment(text: string, label: string, context: ParagraphContext): ParagraphSpec {
  const lead = label.startsWith(ATTACHMENT_LEAD) ? 2 : 2 + context.measure(ATTACHMENT_LEAD, 'body');
  const hanging = context.measure(label, 'body');
  return {
    alignment: 'left',
    indent: { left: chars(lead + hanging), hanging: chars(hanging) },
    // No automatic space after 1. before the name: the hanging indent is measured without it.
    noAutoSpace: true,
    runs: runs(label + text, 'body', context),
  };
}

/** 署名 and 成文日期 (7.3.5): one blank line above, right indents from the measured widths. */
function signatureBlock(signature: string, date: string, context: ParagraphContext): ParagraphSpec[] {
  const { measure, format } = context;
  // No automatic space between hanzi and digits or Latin: Word and LibreOffice add about ⅕ 字 at
  // each such boundary, five of them in 2023年6月28日, which would leave the measured widths and
  // the 7.3.5 offsets a 字 out.
  const line = (text: string, rightChars: number): ParagraphSpec => ({
    alignment: 'right',
    indent: { ...NO_INDENT, right: chars(rightChars) },
    noAutoSpace: true,
    runs: runs(text, 'body', context),
  });
  if (signature && date) {
    const indents = signatureIndents(measure(signature, 'body'), measure(date, 'body'), format.signatureMode);
    return [blank(), line(signature, indents.signature), line(date, indents.date)];
  }
  // One of the two alone: 右空二字 (四字 for a dated line under a seal).
  if (signature) return [blank(), line(signature, 2)];
  if (date) return [blank(), line(date, format.signatureMode === 'seal' ? 4 : 2)];
  return [];
}

function isEmpty(block: Block): boolean {
  return blockText(block).trim() === '';
}

/** Whether a non-empty attachment precedes block `at` with only empty blocks between. */
function previousAttachment(blocks: readonly Block[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (isEmpty(block)) continue;
    return block.type === 'attachment';
  }
  return false;
}

/**
 * The document's paragraphs in order. Empty blocks (an editor's unfilled placeholders) are left
 * out: a blank line in the body is not part of a 公文.
 */
export function documentParagraphs(document: GongwenDocument, context: ParagraphContext): ParagraphSpec[] {
  const { blocks, meta } = document;
  const out: ParagraphSpec[] = [];
  const signature = blocks.findLast((b) => b.type === 'signature');
  const date = blocks.findLast((b) => b.type === 'date');
  let closingDone = false;
  blocks.forEach((block, i) => {
    switch (block.type) {
      case 'title':
        if (!isEmpty(block)) out.push(...title(blockText(block), meta.organ, context));
        break;
      case 'addressee':
        if (!isEmpty(block)) out.push(addressee(blockText(block).trim(), context));
        break;
      case 'paragraph':
        if (!isEmpty(block)) out.push(body(blockText(block), context));
        break;
      case 'heading':
        if (!isEmpty(block)) out.push(...heading(block, context.labels[i] ?? '', context));
        break;
      case 'attachment':
        if (isEmpty(block)) break;
        // 正文下空一行 before the first name.
        if (!previousAttachment(blocks, i)) out.push(blank());
        out.push(attachment(blockText(block).trim(), context.labels[i] ?? ATTACHMENT_LEAD, context));
        break;
      case 'signature':
      case 'date':
        // Both are laid out together where the first of them stands.
        if (closingDone) break;
        closingDone = true;
        out.push(
          ...signatureBlock(
            signature ? blockText(signature).trim() : '',
            // As written: 检查 asks for the standard's form and an empty line to be filled, in the document.
            date ? blockText(date).trim() : '',
            context,
          ),
        );
        break;
    }
  });
  return out;
}
