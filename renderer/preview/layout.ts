import { resolveFormat, type ExportFormat } from '../../core/print/format.ts';
import { CHARS_PER_LINE, LINE_PITCH_PT } from '../../core/print/page-geometry.ts';
import { printPlan } from '../../core/print/plan.ts';
import { TITLE_CHARS_PER_LINE } from '../../core/print/title-lines.ts';
import type { PrintedAlignment, PrintedParagraph, PrintedRule, PrintedRun } from '../../core/print/printed-paragraph.ts';
import type { PrintedTable } from '../../core/print/printed-table.ts';
import type { Block, DocumentMeta } from '../../core/model.ts';
import type { Template } from '../../core/template.ts';
import { bannerItems, tabbedParts, type BannerItem, type TabbedPart } from './banner-lines.ts';
import { breakCells, cellsOf, type Cell } from './line-break.ts';
import type { TableSlice } from './table-flow.ts';

/** One row of the page grid. */
export type PreviewLine =
  | { kind: 'blank' }
  /** A 2号 title line: centred, off the character grid (the export's snapToGrid="0"). */
  | { kind: 'title'; text: string }
  | {
      kind: 'text';
      cells: Cell[];
      align: PrintedAlignment;
      /** Cells left blank before the first character (the first-line indent). */
      indentStart: number;
      /** Cells left blank after the last character (署名/日期 right indents). */
      indentEnd: number;
      /** Justified and not the paragraph's last line: the leftover space is spread between characters. */
      stretch: boolean;
      /** The first line of a level-1 or level-2 heading: a bookmark of the printed PDF. */
      outline?: 1 | 2;
      /** A size of its own (the 版记's 4号), in points. */
      sizePt?: number;
      /** Rules on the line's edges (the 版记's, 7.4.1). */
      rules?: PrintedRule[];
    }
  /** A line of text at tab stops (印发机关 left, 印发日期 right). */
  | { kind: 'tabbed'; parts: TabbedPart[]; sizePt?: number; rules?: PrintedRule[] }
  /** The 版头's parts placed by measure, drawn from this row down over the blank rows after it. */
  | { kind: 'banner'; items: BannerItem[]; rows: number }
  /** A table's rows on one page (table-flow.ts), off the grid: as high as they are. */
  | { kind: 'table'; slice: TableSlice };

/** A paragraph as laid out: its rows, and whether it must share a page with the next one. */
export interface PreviewParagraph {
  lines: PreviewLine[];
  keepNext: boolean;
  /** A standalone heading: one that ends a page leaves its text to the next. */
  heading?: boolean;
  /** The 版记: it and what follows stand at the foot of the next even page (colophon.ts). */
  colophonStart?: boolean;
  /** An 附件's first paragraph: it starts a new page (GB/T 9704-2012 7.3.7). */
  pageBreakBefore?: boolean;
  /** A table, in place of lines: the paginator lays its rows over pages. */
  table?: PrintedTable;
}

/**
 * A paragraph of grid text: the first line `indent` cells in, the others `indentRest`. A typed
 * line break (\n, a w:br in the export) starts a new line without the first-line indent.
 */
function textParagraph(runs: readonly PrintedRun[], options: { align: PrintedAlignment; indent: number; indentRest: number; indentEnd: number }): PreviewLine[] {
  const { indentEnd, indentRest } = options;
  const parts: Cell[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) parts.push([]);
      parts[parts.length - 1]!.push(...cellsOf(piece, run.font, run.sizePt));
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

/** The printed paragraph on the grid: the title on its own lines, the rest broken into cells. */
function gridLines(printed: PrintedParagraph): PreviewLine[] {
  if (printed.role === 'title') return printed.runs.flatMap((run) => run.text.split('\n')).map((text) => ({ kind: 'title', text }));
  // An 附件's title (7.3.7) is a title too: 2号, centred, 20 字 a line where it was not broken.
  if (printed.block >= 0 && printed.runs.length > 0 && printed.runs.every((run) => run.font === 'title')) return titleText(printed.runs);
  if (printed.block < 0) return withRules(printed, plainLines(printed));
  return plainLines(printed);
}

function titleText(runs: readonly PrintedRun[]): PreviewLine[] {
  const pieces = runs.flatMap((run) => run.text.split('\n'));
  return pieces.flatMap((piece) => breakCells(cellsOf(piece, 'title'), TITLE_CHARS_PER_LINE, TITLE_CHARS_PER_LINE).map((cells): PreviewLine => ({ kind: 'title', text: cells.map((cell) => cell.ch).join('') })));
}

/** The 版头's and 版记's own size and rules on their lines: the first line takes a top rule, the last a bottom one. */
function withRules(printed: PrintedParagraph, lines: PreviewLine[]): PreviewLine[] {
  const sizePt = printed.runs[0]?.sizePt;
  return lines.map((line, i) => {
    if (line.kind !== 'text' && line.kind !== 'tabbed') return line;
    const rules = (printed.rules ?? []).filter((rule) => (rule.edge === 'top' ? i === 0 : i === lines.length - 1));
    return { ...line, ...(sizePt ? { sizePt } : {}), ...(rules.length ? { rules } : {}) };
  });
}

function plainLines(printed: PrintedParagraph): PreviewLine[] {
  if (printed.runs.some((run) => run.tabBefore)) return [{ kind: 'tabbed', parts: tabbedParts(printed) }];
  const { left, firstLine, right } = printed.indent;
  const lines = textParagraph(printed.runs, { align: printed.align, indent: left + firstLine, indentRest: left, indentEnd: right });
  const level = printed.role === 'heading' ? printed.level : undefined;
  const first = lines[0];
  if ((level === 1 || level === 2) && first?.kind === 'text') lines[0] = { ...first, outline: level };
  return lines;
}

/**
 * Lines already broken, by block: after typing, the preview lays out the document again, and at
 * 1,000 pages breaking every paragraph anew took 120 ms where only the edited block changed. A
 * block object never changes (the editor replaces it), so its lines hold as long as what the plan
 * prints for it (its label, its indents) does.
 */
const linesOf = new WeakMap<Block, { printed: PrintedParagraph; lines: PreviewLine[] }>();

/** Whether two printed paragraphs lay out alike: the same runs, alignment and indents. */
function samePrint(a: PrintedParagraph, b: PrintedParagraph): boolean {
  if (a.align !== b.align || a.indent.left !== b.indent.left || a.indent.firstLine !== b.indent.firstLine || a.indent.right !== b.indent.right) return false;
  return a.runs.length === b.runs.length && a.runs.every((run, i) => run.font === b.runs[i]!.font && run.text === b.runs[i]!.text);
}

function cachedLines(block: Block | undefined, printed: PrintedParagraph): PreviewLine[] {
  if (!block) return gridLines(printed);
  const hit = linesOf.get(block);
  if (hit && samePrint(hit.printed, printed)) return hit.lines;
  const lines = gridLines(printed);
  linesOf.set(block, { printed, lines });
  return lines;
}

/**
 * A blank grid row: the export's space before or after a paragraph. Space after a paragraph that
 * keeps with the next is part of it in Word and LibreOffice, so the row keeps with the next too
 * (an 附件's label, its blank row and its title are one chain).
 */
const blank = (keepNext = false): PreviewParagraph => ({ lines: [{ kind: 'blank' }], keepNext });

/** The height a paragraph placed by measure takes (the 版头's parts), in points. */
function offGridHeight(printed: PrintedParagraph, lines: number): number {
  const { lineHeightPt, spaceBeforePt, spaceAfterPt } = printed.offGrid!;
  return spaceBeforePt + lineHeightPt * lines + spaceAfterPt;
}

/**
 * The print plan (core/print/plan.ts), which the export writes, broken into grid lines: blank
 * lines where it has them, and a standalone heading marked so a page that ends with it can say so.
 * The 版头's paragraphs, placed by measure off the grid, take the grid rows their height covers,
 * as the next paragraph on the grid starts on the row after them.
 */
export function layoutDocument(blocks: readonly Block[], meta: DocumentMeta, template: Template | undefined): { paragraphs: PreviewParagraph[]; format: ExportFormat } {
  const format = resolveFormat(template?.format);
  const out: PreviewParagraph[] = [];
  let offGrid: { lines: number; heightPt: number; group: PrintedParagraph[] } | null = null;
  const closeOffGrid = () => {
    if (!offGrid) return;
    // A hair under a whole row still fits it: the export's heights are rounded to twips.
    const rows = Math.max(offGrid.lines, Math.ceil(offGrid.heightPt / LINE_PITCH_PT - 0.01));
    const banner: PreviewLine = { kind: 'banner', items: bannerItems(offGrid.group).items, rows };
    out.push({ lines: [banner, ...Array.from({ length: rows - 1 }, (): PreviewLine => ({ kind: 'blank' }))], keepNext: true });
    offGrid = null;
  };
  for (const printed of printPlan({ meta, blocks }, template, { format })) {
    if (printed.role === 'table') {
      closeOffGrid();
      out.push({ lines: [], keepNext: false, table: printed });
      continue;
    }
    if (printed.offGrid) {
      const lines = gridLines(printed);
      offGrid ??= { lines: 0, heightPt: 0, group: [] };
      offGrid.lines += lines.filter((line) => line.kind !== 'text' || line.cells.length > 0).length;
      offGrid.heightPt += offGridHeight(printed, Math.max(1, lines.length));
      offGrid.group.push(printed);
      continue;
    }
    closeOffGrid();
    if (printed.blankBefore) out.push(blank());
    const lines = cachedLines(blocks[printed.block], printed);
    out.push({
      lines,
      keepNext: printed.keepNext,
      ...(printed.role === 'heading' && !printed.runIn ? { heading: true } : {}),
      ...(printed.colophonStart ? { colophonStart: true } : {}),
      ...(printed.pageBreakBefore ? { pageBreakBefore: true } : {}),
    });
    if (printed.blankAfter) out.push(blank(printed.keepNext));
  }
  closeOffGrid();
  return { paragraphs: out, format };
}
