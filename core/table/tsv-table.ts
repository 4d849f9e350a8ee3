import type { TableBlock, TableCell } from '../model.ts';
import { normalizeTable } from './table-rules.ts';

/**
 * Tab-separated text as a spreadsheet copies it (Excel, WPS 表格): a table when it has at least
 * two lines, each with the same number (≥ 2) of cells; otherwise null and the text is pasted as
 * text. A cell Excel quoted ("…", "" for a quote) may hold line breaks: they become paragraphs
 * of the cell. The trailing line break a spreadsheet adds is not a row.
 */
export function tsvTable(text: string): TableBlock | null {
  if (!text.includes('\t')) return null;
  const rows = parseTsv(text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''));
  if (rows.length < 2) return null;
  const width = rows[0]!.length;
  if (width < 2 || rows.some((row) => row.length !== width)) return null;
  return normalizeTable({
    type: 'table',
    children: rows.map((row) => ({ type: 'table-row', children: row.map((value): TableCell => ({ type: 'table-cell', children: value.split('\n').map((line) => ({ type: 'cell-paragraph', children: [{ text: line }] })) })) })),
  });
}

/** Rows of cells. */
function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell: string;
  let i = 0;
  while (i <= text.length) {
    const close = text[i] === '"' ? closingQuote(text, i + 1) : -1;
    const after = text[close + 1];
    if (close >= 0 && (after === undefined || after === '\t' || after === '\n')) {
      cell = text.slice(i + 1, close).replace(/""/g, '"');
      i = close + 1;
    } else {
      // Unquoted, or a quote that does not wrap the whole cell ("5" 寸): the text as it stands.
      const end = nextSeparator(text, i);
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= text.length || text[i] === '\n') {
      rows.push(row);
      row = [];
    }
    i++;
  }
  return rows;
}

function nextSeparator(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === '\t' || text[i] === '\n') return i;
  return text.length;
}

function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}
