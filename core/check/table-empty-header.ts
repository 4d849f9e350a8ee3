import { cellText, type TableBlock } from '../model.ts';
import type { CheckContext, Draft } from './finding.ts';
import { where } from './message.ts';

/**
 * The header rows of a table (w:tblHeader), or its first row where none is marked: a table is
 * read by its header, and Word repeats it on each page.
 */
function headerRows(table: TableBlock): TableBlock['children'] {
  const marked = table.children.filter((row) => row.header);
  return marked.length > 0 ? marked : table.children.slice(0, 1);
}

/** A header cell left empty: the column it heads says nothing (a cell merged from above is not empty). */
export function tableEmptyHeaderFindings({ document }: CheckContext): Draft<'table-empty-header'>[] {
  const findings: Draft<'table-empty-header'>[] = [];
  document.blocks.forEach((block, index) => {
    if (block.type !== 'table') return;
    headerRows(block).forEach((row, r) => {
      let column = 1;
      for (const cell of row.children) {
        if (cell.vMerge !== 'continue' && cellText(cell).trim() === '') {
          findings.push({ code: 'table-empty-header', block: index, message: `${where(index)}表格：表头第 ${r + 1} 行第 ${column} 列是空的，请填写列名` });
        }
        column += cell.colSpan ?? 1;
      }
    });
  });
  return findings;
}
