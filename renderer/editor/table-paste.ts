import { Element, Transforms } from 'slate';
import type { Block, TableBlock } from '../../core/model.ts';
import { asUndoStep } from './block-transforms.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * A pasted table goes through the recogniser (paste.ts) as one line standing for it, so the text
 * around it is recognised as usual and the table keeps its place among it; the line is made of
 * private-use characters no pasted text holds, and is put back as the table afterwards.
 */
export function tableMark(index: number): string {
  return `\uE000表格${index}\uE000`;
}

const MARK = /\uE000表格(\d+)\uE000/g;

export function isTableMark(text: string): boolean {
  return /^\uE000表格\d+\uE000$/.test(text);
}

/** The blocks with each table's line replaced by the table (text around a mark stays, as body text). */
export function restoreTables(blocks: readonly Block[], tables: readonly TableBlock[]): Block[] {
  if (tables.length === 0) return [...blocks];
  const out: Block[] = [];
  for (const block of blocks) {
    const text = block.type === 'table' ? '' : block.children.map((run) => run.text).join('');
    if (!text.includes('\uE000')) {
      out.push(block);
      continue;
    }
    let last = 0;
    let kept = false;
    for (const match of text.matchAll(MARK)) {
      const before = text.slice(last, match.index).trim();
      if (before) out.push(kept ? { type: 'paragraph', children: [{ text: before }] } : ({ ...block, children: [{ text: before }] } as Block));
      kept ||= before !== '';
      const table = tables[Number(match[1])];
      if (table) out.push(table);
      last = match.index + match[0].length;
    }
    const after = text.slice(last).trim();
    if (after) out.push({ type: 'paragraph', children: [{ text: after }] });
  }
  return out;
}

/**
 * Text pasted into a table cell stays in the cell: its first line at the caret, each further
 * line a new paragraph of the cell (as Enter there makes), one undo step.
 */
export function insertCellText(editor: GongwenEditor, text: string): void {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  asUndoStep(editor, () => {
    lines.forEach((line, i) => {
      if (i > 0) Transforms.splitNodes(editor, { always: true, match: (node) => Element.isElement(node) && node.type === 'cell-paragraph' });
      if (line) Transforms.insertText(editor, line);
    });
  });
}
