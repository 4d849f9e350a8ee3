import { blockText, type Block, type DocumentMeta, type HeadingBlock } from '../model.ts';
import { ANNEX_WORD, ATTACHMENT_LEAD } from '../numbering.ts';
import { splitRunIn } from '../run-in.ts';
import type { Template } from '../template.ts';
import { annexParagraphs } from './annex.ts';
import { bannerParagraphs } from './banner.ts';
import { measureByTable, type MeasureText } from './char-width.ts';
import { colophonParagraphs } from './colophon.ts';
import { headingRole, resolveFormat, type ExportFormat } from './format.ts';
import { PARAGRAPH_INDENT } from './indents.ts';
import { isPrinted, printedLabels } from './labels.ts';
import type { PrintedIndent, PrintedParagraph, PrintedRun } from './printed-paragraph.ts';
import type { PrintedTable } from './printed-table.ts';
import { aloneIndent, signatureIndents } from './signature.ts';
import { printedTable } from './table-plan.ts';
import { titleLines } from './title-lines.ts';

/** What the plan prints, in order: paragraphs and tables. */
export type PrintedItem = PrintedParagraph | PrintedTable;

export function isPrintedParagraph(item: PrintedItem): item is PrintedParagraph {
  return item.role !== 'table';
}

export interface PrintOptions {
  /** The format printed; by default the template's over the standard's (resolveFormat). */
  format?: ExportFormat;
  /** Widths in 字 for the placements measured from text; by default the grid's table. */
  measure?: MeasureText;
}

const FLUSH: PrintedIndent = { left: 0, firstLine: 0, right: 0 };
const INDENTED: PrintedIndent = { left: 0, firstLine: PARAGRAPH_INDENT, right: 0 };

type Fields = Pick<PrintedParagraph, 'role' | 'block' | 'runs' | 'align' | 'indent'> & Partial<PrintedParagraph>;

// Every field written out, one shape for all: spreading the fields in cost 5 ms a layout at
// 3,000 headings, which the preview pays after every pause in typing.
function paragraph(fields: Fields): PrintedParagraph {
  return {
    role: fields.role,
    block: fields.block,
    runs: fields.runs,
    align: fields.align,
    indent: fields.indent,
    blankBefore: fields.blankBefore ?? false,
    blankAfter: fields.blankAfter ?? false,
    keepNext: fields.keepNext ?? false,
    pageBreakBefore: fields.pageBreakBefore,
    level: fields.level,
    runIn: fields.runIn,
    measured: fields.measured,
  };
}

/** 标题 (7.3.1): centred 2号 lines, broken into a 梯形/菱形 by titleLines; one blank line after. */
function title(block: number, text: string, organ: string): PrintedParagraph[] {
  const lines = titleLines(text, organ);
  if (lines.length === 0) return [];
  return [paragraph({ role: 'title', block, runs: [{ text: lines.join('\n'), font: 'title' }], align: 'center', indent: FLUSH, blankAfter: true, keepNext: true })];
}

/**
 * 一、（一）1.（1） headings (7.3.3): the label from the numbering in the heading's own font. A
 * standalone heading is printed as written (检查 asks for its closing punctuation to go, in the
 * document, where the clerk sees it) and keeps with the next paragraph where the format says so.
 * A run-in heading (levels 2–4) is its first sentence in the heading font and the rest in the
 * body's, on one line; it keeps with nothing.
 */
function heading(block: number, source: HeadingBlock, label: string, format: ExportFormat): PrintedParagraph {
  const text = blockText(source);
  const font = headingRole(source.level);
  const { level } = source;
  if (!(source.runIn === true && level > 1)) return paragraph({ role: 'heading', block, runs: [{ text: label + text, font }], align: 'justify', indent: INDENTED, level, keepNext: format.keepHeadingsWithNext });
  const split = splitRunIn(text);
  const runs: PrintedRun[] = [{ text: label + split.heading, font }];
  if (split.body) runs.push({ text: split.body, font: 'body' });
  return paragraph({ role: 'heading', block, runs, align: 'justify', indent: INDENTED, level, runIn: true });
}

/**
 * 附件说明 (7.3.4): 左空二字 附件：名称, or 附件：1.名称 and 2.名称 … with each number under the
 * first one; a name that wraps goes on under its own first character (a hanging indent the width
 * of what precedes the name). Names are printed as written (检查 flags a closing punctuation mark).
 */
function attachment(block: number, text: string, label: string, blankBefore: boolean, measure: MeasureText): PrintedParagraph {
  const lead = label.startsWith(ATTACHMENT_LEAD) ? PARAGRAPH_INDENT : PARAGRAPH_INDENT + measure(ATTACHMENT_LEAD, 'body');
  const hanging = measure(label, 'body');
  const indent = { left: lead + hanging, firstLine: -hanging, right: 0 };
  return paragraph({ role: 'attachment', block, runs: [{ text: label + text, font: 'body' }], align: 'left', indent, blankBefore, measured: true });
}

/** 署名 and 成文日期 (7.3.5): one blank line above, right indents from the measured widths. */
function closing(signature: { block: number; text: string }, date: { block: number; text: string }, format: ExportFormat, measure: MeasureText): PrintedParagraph[] {
  const line = (role: 'signature' | 'date', { block, text }: { block: number; text: string }, right: number, blankBefore: boolean) =>
    paragraph({ role, block, runs: [{ text, font: 'body' }], align: 'right', indent: { ...FLUSH, right }, blankBefore, measured: true });
  const mode = format.signatureMode;
  if (signature.text && date.text) {
    const indents = signatureIndents(measure(signature.text, 'body'), measure(date.text, 'body'), mode);
    return [line('signature', signature, indents.signature, true), line('date', date, indents.date, false)];
  }
  if (signature.text) return [line('signature', signature, aloneIndent('signature', mode), true)];
  if (date.text) return [line('date', date, aloneIndent('date', mode), true)];
  return [];
}

/** Whether a printed attachment precedes block `at` with only empty blocks between. */
function previousAttachment(blocks: readonly Block[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (isPrinted(block)) return block.type === 'attachment';
  }
  return false;
}

/** The text of the last block of a type, trimmed, and where it stands ('' and -1 without one). */
function lastOf(blocks: readonly Block[], type: 'signature' | 'date'): { block: number; text: string } {
  const block = blocks.findLastIndex((b) => b.type === type);
  return { block, text: block < 0 ? '' : blockText(blocks[block]!).trim() };
}

/**
 * The printed page of a document, paragraph by paragraph: what the export writes and the preview
 * draws. Empty blocks (an editor's unfilled placeholders) are left out and not numbered: a blank
 * line in the body is not part of a 公文. 参考 notes are never printed. 署名 and 成文日期 are laid out
 * together where the first of them stands. Every text is printed as written: 检查 asks for the
 * standard's forms (the addressee's ：, the date), in the document. A 版头 (banner.ts) comes
 * before the title and a 版记 (colophon.ts) after everything, where the document has them. A table
 * is a PrintedTable (table-plan.ts) with its 表题 centred above it in 黑体; each attachment starts
 * a page with its label and title (annex.ts), its content after.
 */
export function printPlan(document: { readonly meta: DocumentMeta; readonly blocks: readonly Block[] }, template: Template | undefined, options: PrintOptions = {}): PrintedItem[] {
  const { blocks, meta } = document;
  const format = options.format ?? resolveFormat(template?.format);
  const measure = options.measure ?? measureByTable;
  const labels = printedLabels(blocks, template?.numbering);
  const out: PrintedItem[] = meta.banner ? bannerParagraphs(meta.banner, template?.banner.upward ?? false, measure) : [];
  let closingDone = false;
  blocks.forEach((block, i) => {
    if (block.type === 'signature' || block.type === 'date') {
      if (closingDone) return;
      closingDone = true;
      out.push(...closing(lastOf(blocks, 'signature'), lastOf(blocks, 'date'), format, measure));
      return;
    }
    if (!isPrinted(block)) return;
    const text = blockText(block);
    switch (block.type) {
      case 'title':
        out.push(...title(i, text, meta.organ));
        return;
      case 'addressee':
        out.push(paragraph({ role: 'addressee', block: i, runs: [{ text: text.trim(), font: 'body' }], align: 'left', indent: FLUSH }));
        return;
      case 'paragraph':
        out.push(paragraph({ role: 'body', block: i, runs: [{ text, font: 'body' }], align: 'justify', indent: INDENTED }));
        return;
      case 'heading':
        out.push(heading(i, block, labels[i] ?? '', format));
        return;
      case 'attachment':
        // 正文下空一行 before the first name.
        out.push(attachment(i, text.trim(), labels[i] ?? ATTACHMENT_LEAD, !previousAttachment(blocks, i), measure));
        return;
      case 'caption':
        out.push(paragraph({ role: 'caption', block: i, runs: [{ text: text.trim(), font: 'caption' }], align: 'center', indent: FLUSH, keepNext: true }));
        return;
      case 'annex':
        out.push(...annexParagraphs(i, labels[i] ?? ANNEX_WORD, text.trim()));
        return;
      case 'table':
        if (block.children.length === 0) return;
        // Two tables back to back are one table to Word and LibreOffice (adjacent w:tbl merge): an
        // empty row of the grid keeps them apart, as Word itself keeps a paragraph mark between them.
        if (out[out.length - 1]?.role === 'table') out.push(paragraph({ role: 'body', block: i, runs: [{ text: '', font: 'body' }], align: 'justify', indent: FLUSH }));
        out.push(printedTable(i, block, format, measure));
        return;
    }
  });
  if (meta.colophon) out.push(...colophonParagraphs(meta.colophon, measure));
  return out;
}
