import type { CellParagraph, TableBlock, TableCell, TableRow, TextRun } from '../model.ts';
import { emptyParagraph } from './grid.ts';
import { normalizeTable } from './table-rules.ts';

type Loose = { type?: unknown; children?: unknown; text?: unknown; colSpan?: unknown; vMerge?: unknown; header?: unknown };

/**
 * A table from a loosely shaped one (a pasted fragment, a tree an edit left half-built): stray
 * texts are gathered into paragraphs, paragraphs into cells, cells into rows, and the result made
 * valid by normalizeTable. Every character of the input is kept; unknown properties are dropped.
 */
export function coerceTable(node: unknown): TableBlock {
  const rows: TableRow[] = [];
  let loose: TableCell[] = [];
  const flush = () => {
    if (loose.length) rows.push({ type: 'table-row', children: loose });
    loose = [];
  };
  for (const child of childrenOf(node)) {
    if (child.type === 'table-row') {
      flush();
      const cells = coerceCells(childrenOf(child));
      if (cells.length) rows.push(child.header === true ? { type: 'table-row', header: true, children: cells } : { type: 'table-row', children: cells });
    } else loose.push(...coerceCells([child]));
  }
  flush();
  return normalizeTable({ type: 'table', children: rows });
}

function coerceCells(nodes: readonly Loose[]): TableCell[] {
  const cells: TableCell[] = [];
  let loose: Loose[] = [];
  const flush = () => {
    if (loose.length) cells.push({ type: 'table-cell', children: coerceParagraphs(loose) });
    loose = [];
  };
  for (const node of nodes) {
    if (node.type === 'table-cell') {
      flush();
      const cell: TableCell = { type: 'table-cell', children: coerceParagraphs(childrenOf(node)) };
      if (typeof node.colSpan === 'number' && Number.isInteger(node.colSpan) && node.colSpan > 1) cell.colSpan = Math.min(63, node.colSpan);
      if (node.vMerge === 'restart' || node.vMerge === 'continue') cell.vMerge = node.vMerge;
      cells.push(cell);
    } else if (node.type === 'table-row') {
      flush();
      cells.push(...coerceCells(childrenOf(node)));
    } else loose.push(node);
  }
  flush();
  return cells;
}

function coerceParagraphs(nodes: readonly Loose[]): CellParagraph[] {
  const paragraphs: CellParagraph[] = [];
  let runs: TextRun[] = [];
  const flush = () => {
    if (runs.length) paragraphs.push({ type: 'cell-paragraph', children: runs });
    runs = [];
  };
  const visit = (node: Loose) => {
    if (typeof node.text === 'string') {
      runs.push({ text: node.text });
      return;
    }
    const children = childrenOf(node);
    // An element holding text is a paragraph of its own; one holding elements is looked into.
    if (children.some((child) => typeof child.text !== 'string')) {
      flush();
      children.forEach(visit);
      flush();
      return;
    }
    flush();
    runs = children.map((child) => ({ text: child.text as string }));
    flush();
  };
  nodes.forEach(visit);
  flush();
  return paragraphs.length ? paragraphs.map(joinRuns) : [emptyParagraph()];
}

/** One run per paragraph: runs carry no formatting in this model. */
function joinRuns(paragraph: CellParagraph): CellParagraph {
  if (paragraph.children.length === 1) return paragraph;
  return { type: 'cell-paragraph', children: [{ text: paragraph.children.map((run) => run.text).join('') }] };
}

function childrenOf(node: unknown): Loose[] {
  const children = (node as Loose | null)?.children;
  return Array.isArray(children) ? children.filter((child): child is Loose => typeof child === 'object' && child !== null) : [];
}
