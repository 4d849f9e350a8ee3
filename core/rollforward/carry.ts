import { blockText, cellText, heading, textBlock, type Block, type TableBlock } from '../model.ts';
import { splitRunIn } from '../run-in.ts';
import { maskFigures, type PlaceholderStyle } from './figures.ts';
import type { LabelledBlock } from './last-report.ts';
import type { CarryMode } from './rules.ts';

/**
 * One of last period's sections carried into a section of this period's report, in one of the
 * modes of the rules (rules.ts): headings, notes, text, outline. Figures are masked only in what
 * will be exported (headings, text); 参考 notes keep last period's wording and figures, which the
 * clerk consults (同比, 全年 = 上半年 + 下半年) and which are never exported or counted.
 */

export interface Carried {
  /** What comes before the first carried heading: it belongs to the section itself. */
  lead: Block[];
  /** The first carried heading and everything after it. */
  body: Block[];
  /** Headings carried as headings. */
  headings: number;
}

export const note = (text: string): Block => textBlock('note', text);

/** A heading or paragraph of last period's report as a 参考 note: headings keep their number. */
export function asNote({ block, label }: LabelledBlock): Block {
  return note(`${block.type === 'heading' && label ? label : ''}${blockText(block).trim()}`);
}

export function carry(content: readonly LabelledBlock[], mode: CarryMode, style: PlaceholderStyle): Carried {
  const out: Carried = { lead: [], body: [], headings: 0 };
  const push = (block: Block) => (out.body.length === 0 && block.type !== 'heading' ? out.lead : out.body).push(block);
  const mask = (text: string) => maskFigures(text, style).text;
  for (const item of content) {
    const { block } = item;
    const text = blockText(block).trim();
    // Last period's own notes are older still; empty blocks carry nothing.
    if (!text || block.type === 'note') continue;
    if (block.type === 'table') {
      // A table keeps its rows and cells with its figures masked where the text is carried;
      // where only notes are, each row is one (cells apart by a full-width space).
      const rows = block.children.map((row) => row.children.map(cellText).join('\u3000').trim());
      if (mode === 'text') {
        const masked = maskTable(block, mask);
        push(masked);
        // Last period's figures beside it, row by row, where a row lost some.
        masked.children.forEach((row, r) => row.children.map(cellText).join('\u3000').trim() !== rows[r] && push(note(rows[r]!)));
      } else if (mode !== 'outline') {
        for (const row of rows) if (row) push(note(row));
      }
      continue;
    }
    if (mode === 'notes') {
      push(asNote(item));
      continue;
    }
    if (block.type === 'heading') {
      if (mode === 'text') {
        const masked = mask(text);
        push(heading(block.level, masked, block.runIn ? { runIn: true } : {}));
        if (masked !== text) push(note(text));
      } else {
        // The heading sentence of a run-in heading; the body after it is last period's text.
        const { heading: sentence, body } = block.runIn ? splitRunIn(text) : { heading: text, body: '' };
        push(heading(block.level, mask(sentence.trim()), block.runIn ? { runIn: true } : {}));
        if (mode === 'headings' && body.trim()) push(note(body.trim()));
      }
      out.headings++;
      continue;
    }
    if (mode === 'outline') continue;
    if (mode === 'headings') {
      push(note(text));
      continue;
    }
    // A 表题 stays one, as written, right above its table: its 表1 numbers the table, not a figure.
    if (block.type === 'caption') {
      push(textBlock('caption', text));
      continue;
    }
    const masked = mask(text);
    push(textBlock('paragraph', masked));
    if (masked !== text) push(note(text));
  }
  return out;
}

/**
 * The table with the figures of every cell masked as body text's are; header cells are names,
 * masked too only where they hold a figure (2023年 stays: years are not figures).
 */
export function maskTable(table: TableBlock, mask: (text: string) => string): TableBlock {
  const copy = structuredClone(table);
  for (const row of copy.children) {
    for (const cell of row.children) {
      for (const paragraph of cell.children) paragraph.children = [{ text: mask(paragraph.children.map((run) => run.text).join('')) }];
    }
  }
  return copy;
}
