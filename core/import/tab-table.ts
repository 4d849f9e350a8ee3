import type { TableBlock } from '../model.ts';
import { ATTACHMENT_NOTE } from './attachment-note.ts';
import { isDateLine } from './date-line.ts';
import { cellParagraph } from './docx-table.ts';
import { parseLabel } from './labels.ts';
import type { SourceParagraph } from './source.ts';
import { textToParagraphs } from './text-source.ts';
import { trimEdges } from './trim-edges.ts';

/**
 * Tab-separated rows in a .txt (a table copied from Word, WPS or Excel into a text file) as a
 * table. Read only where nothing else is likely: a run of two or more adjacent lines with the same
 * number of tabs, each line with at least two non-empty cells (tabs that indent or trail are not
 * columns), no cell longer than a table's (MAX_CELL) or ending a sentence, and no line a heading
 * (一、\t…, 1.\t… — a 附件说明 typed with tabs too), a 附件： or a date. Anything else stays the
 * lines it was; a cell's text is trimmed at its ends like every line of a .txt.
 */
const MAX_CELL = 40;
const SENTENCE_END = /[。！？!?]$/u;

function rowCells(line: string): string[] | null {
  if (!line.includes('\t')) return null;
  const trimmed = trimEdges(line);
  if (!trimmed || parseLabel(trimmed) || ATTACHMENT_NOTE.test(trimmed) || isDateLine(trimmed)) return null;
  const cells = line.split('\t').map(trimEdges);
  if (cells.filter((cell) => cell !== '').length < 2) return null;
  if (cells.some((cell) => cell.length > MAX_CELL || SENTENCE_END.test(cell))) return null;
  return cells;
}

function tableOf(rows: string[][]): TableBlock {
  return { type: 'table', children: rows.map((cells) => ({ type: 'table-row', children: cells.map((text) => ({ type: 'table-cell', children: [cellParagraph(text)] })) })) };
}

/** Plain text → source paragraphs (text-source.ts), with runs of tab-separated rows as tables. */
export function textWithTables(text: string): SourceParagraph[] {
  const lines = text.split(/\r\n|\r|\n/u);
  const out: SourceParagraph[] = [];
  let plain: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = rowCells(lines[i]!);
    const rows = first ? [first] : [];
    while (first && i + rows.length < lines.length) {
      const next = rowCells(lines[i + rows.length]!);
      if (!next || next.length !== first.length) break;
      rows.push(next);
    }
    if (rows.length < 2) {
      plain.push(lines[i]!);
      i++;
      continue;
    }
    out.push(...textToParagraphs(plain.join('\n')));
    plain = [];
    const table = tableOf(rows);
    out.push({ text: rows.map((cells) => cells.join('\t')).join('\n'), table });
    i += rows.length;
  }
  out.push(...textToParagraphs(plain.join('\n')));
  return out;
}
