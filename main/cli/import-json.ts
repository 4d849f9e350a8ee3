import type { Recognised, RecognisedAnnexBlock, RecognisedBlock } from '../../core/import/recognised.ts';
import { cellText, type TableBlock } from '../../core/model.ts';

/**
 * `gongwen import --json`'s shape for tables: rows of cells by their text (a cell's paragraphs
 * joined by \n), with the header flag and merges where the source has them; every other block
 * as the recogniser gives it.
 */
export interface TableJson {
  kind: 'table';
  rows: { header?: true; cells: { text: string; colSpan?: number; vMerge?: 'restart' | 'continue' }[] }[];
}

export function tableJson(table: TableBlock): TableJson {
  return {
    kind: 'table',
    rows: table.children.map((row) => ({
      ...(row.header ? { header: true as const } : {}),
      cells: row.children.map((cell) => ({
        text: cellText(cell),
        ...(cell.colSpan ? { colSpan: cell.colSpan } : {}),
        ...(cell.vMerge ? { vMerge: cell.vMerge } : {}),
      })),
    })),
  };
}

function blockJson<T extends RecognisedBlock | RecognisedAnnexBlock>(block: T): Exclude<T, { kind: 'table' }> | TableJson {
  return block.kind === 'table' ? tableJson(block.table) : (block as Exclude<T, { kind: 'table' }>);
}

/** The recognised outline as printed: title, addressee, signature, date, body blocks, attachments, numbering faults. */
export function importJson(recognised: Omit<Recognised, 'dropped'>): string {
  const { title, addressee, signature, date, blocks, annexes, numberingProblems } = recognised;
  const banner = recognised.banner ?? null;
  const colophon = recognised.colophon ?? null;
  return JSON.stringify({ title, addressee, signature, date, banner, colophon, blocks: blocks.map(blockJson), annexes: (annexes ?? []).map(blockJson), numberingProblems }, null, 2) + '\n';
}
