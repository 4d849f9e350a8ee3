import { headingRole, resolveFormat, type ExportFormat, type FontRole } from '../../core/export/format.ts';
import { printedLabels } from '../../core/export/labels.ts';
import { splitRunIn } from '../../core/run-in.ts';
import { signatureIndents } from '../../core/export/signature.ts';
import { measureByTable } from '../../core/export/text-width.ts';
import { titleLines } from '../../core/export/title-lines.ts';
import { blockText, type Block, type DocumentMeta } from '../../core/model.ts';
import { ATTACHMENT_LEAD } from '../../core/numbering.ts';
import type { Template } from '../../core/template.ts';
import { breakCells, cellsOf, CHARS_PER_LINE, type Cell } from './line-break.ts';

/** One row of the page grid. */
export type PreviewLine =
  | { kind: 'blank' }
  /** A 2号 title line: centred, off the character grid (the export's snapToGrid="0"). */
  | { kind: 'title'; text: string }
  | {
      kind: 'text';
      cells: Cell[];
      align: 'justify' | 'left' | 'right';
      /** Cells left blank before the first character (the first-line indent). */
      indentStart: number;
      /** Cells left blank after the last character (署名/日期 right indents). */
      indentEnd: number;
      /** Justified and not the paragraph's last line: the leftover space is spread between characters. */
      stretch: boolean;
    };

/** A paragraph as laid out: its rows, and whether it must share a page with the next one. */
export interface PreviewParagraph {
  lines: PreviewLine[];
  keepNext: boolean;
  /** A standalone heading: one that ends a page leaves its text to the next. */
  heading?: boolean;
  /** One name of the 附件说明. */
  attachment?: boolean;
}

const FIRST_LINE_INDENT = 2;

/**
 * A paragraph of grid text. A typed line break (\n, a w:br in the export) starts a new line
 * without the first-line indent.
 */
function textParagraph(runs: readonly { text: string; role: FontRole }[], options: { align: 'justify' | 'left' | 'right'; indent: number; indentRest?: number; indentEnd?: number }): PreviewLine[] {
  const indentEnd = options.indentEnd ?? 0;
  const indentRest = options.indentRest ?? 0;
  const parts: Cell[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) parts.push([]);
      parts[parts.length - 1]!.push(...cellsOf(piece, run.role));
    });
  }
  // A line ended by a typed break is not stretched either: Word leaves it ragged, like the last.
  return parts.flatMap((cells, i) => {
    const lines = breakCells(cells, CHARS_PER_LINE - indentEnd - (i === 0 ? options.indent : indentRest), CHARS_PER_LINE - indentEnd - indentRest);
    return lines.map(
      (line, k): PreviewLine => ({
        kind: 'text',
        cells: line,
        align: options.align,
        indentStart: i === 0 && k === 0 ? options.indent : indentRest,
        indentEnd,
        stretch: options.align === 'justify' && k < lines.length - 1,
      }),
    );
  });
}

/**
 * Lines already broken, by block: after typing, the preview lays out the document again, and at
 * 1,000 pages breaking every paragraph anew took 120 ms where only the edited block changed. A
 * block object never changes (the editor replaces it), so its lines hold as long as its label does.
 */
const linesOf = new WeakMap<Block, { label: string; lines: PreviewLine[] }>();

function cachedLines(block: Block, label: string, lay: () => PreviewLine[]): PreviewLine[] {
  const hit = linesOf.get(block);
  if (hit && hit.label === label) return hit.lines;
  const lines = lay();
  linesOf.set(block, { label, lines });
  return lines;
}

function isEmpty(block: Block): boolean {
  return blockText(block).trim() === '';
}

/** 署名 and 成文日期 by 7.3.5 (core/export/signature.ts), after one blank line. */
function closing(signature: string, date: string, format: ExportFormat): PreviewParagraph[] {
  const line = (text: string, indentEnd: number): PreviewParagraph => ({ lines: textParagraph([{ text, role: 'body' }], { align: 'right', indent: 0, indentEnd }), keepNext: false });
  const blank = { lines: [{ kind: 'blank' } as const], keepNext: false };
  if (signature && date) {
    const indents = signatureIndents(measureByTable(signature, 'body'), measureByTable(date, 'body'), format.signatureMode);
    return [blank, line(signature, indents.signature), line(date, indents.date)];
  }
  if (signature) return [blank, line(signature, 2)];
  if (date) return [blank, line(date, format.signatureMode === 'seal' ? 4 : 2)];
  return [];
}

/**
 * The document's paragraphs as the export writes them (core/export/paragraphs.ts), broken into
 * grid lines: the title on its titleLines, a blank line after it, the addressee flush left with a
 * full-width colon, body and headings indented two 字 with their labels, run-in headings split,
 * empty blocks left out, and 署名/日期 where the first of them stands.
 */
export function layoutDocument(blocks: readonly Block[], meta: DocumentMeta, template: Template | undefined): { paragraphs: PreviewParagraph[]; format: ExportFormat } {
  const format = resolveFormat(template?.format);
  // As the export: empty headings and 附件说明 names are neither printed nor counted.
  const labels = printedLabels(blocks, template?.numbering);
  const out: PreviewParagraph[] = [];
  const signature = blocks.findLast((b) => b.type === 'signature');
  const date = blocks.findLast((b) => b.type === 'date');
  let closingDone = false;
  blocks.forEach((block, i) => {
    if (block.type === 'signature' || block.type === 'date') {
      if (closingDone) return;
      closingDone = true;
      out.push(...closing(signature ? blockText(signature).trim() : '', date ? blockText(date).trim() : '', format));
      return;
    }
    if (isEmpty(block)) return;
    const text = blockText(block);
    switch (block.type) {
      case 'title': {
        const lines = titleLines(text, meta.organ);
        if (lines.length === 0) return;
        out.push({ lines: lines.map((line) => ({ kind: 'title', text: line })), keepNext: true }, { lines: [{ kind: 'blank' }], keepNext: false });
        return;
      }
      case 'addressee':
        out.push({ lines: textParagraph([{ text: text.trim(), role: 'body' }], { align: 'left', indent: 0 }), keepNext: false });
        return;
      case 'attachment': {
        // As core/export/paragraphs.ts: 附件：1.名称 左空二字, later numbers under the first, wrapped
        // lines under the name; a blank line before the first.
        const label = labels[i] ?? ATTACHMENT_LEAD;
        const lead = label.startsWith(ATTACHMENT_LEAD) ? FIRST_LINE_INDENT : FIRST_LINE_INDENT + measureByTable(ATTACHMENT_LEAD, 'body');
        const hanging = measureByTable(label, 'body');
        if (out.at(-1)?.attachment !== true) out.push({ lines: [{ kind: 'blank' }], keepNext: false });
        out.push({ lines: textParagraph([{ text: label + text.trim(), role: 'body' }], { align: 'left', indent: lead, indentRest: lead + hanging }), keepNext: false, attachment: true });
        return;
      }
      case 'paragraph':
        out.push({ lines: cachedLines(block, '', () => textParagraph([{ text, role: 'body' }], { align: 'justify', indent: FIRST_LINE_INDENT })), keepNext: false });
        return;
      case 'heading': {
        const role = headingRole(block.level);
        const label = labels[i] ?? '';
        if (block.runIn === true && block.level > 1) {
          const lines = cachedLines(block, label, () => {
            const split = splitRunIn(text);
            return textParagraph([{ text: label + split.heading, role }, { text: split.body, role: 'body' }], { align: 'justify', indent: FIRST_LINE_INDENT });
          });
          out.push({ lines, keepNext: false });
        } else {
          const lines = cachedLines(block, label, () => textParagraph([{ text: label + text, role }], { align: 'justify', indent: FIRST_LINE_INDENT }));
          out.push({ lines, keepNext: format.keepHeadingsWithNext, heading: true });
        }
        return;
      }
    }
  });
  return { paragraphs: out, format };
}
