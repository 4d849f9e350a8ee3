import { blockText, type Block } from './model.ts';

/** How much of a block's text a message quotes: enough to recognise a heading, short enough for the status line. */
const QUOTED_CHARS = 12;

/**
 * A block as messages name it — the check, the structure refusals and the editor's: 「its text」,
 * cut with … past QUOTED_CHARS, 「（空标题）」 when it has none.
 */
export function quoteBlock(block: Block): string {
  const text = blockText(block).trim();
  return `「${text.length > QUOTED_CHARS ? text.slice(0, QUOTED_CHARS) + '…' : text || '（空标题）'}」`;
}
