import { blockText, type Block } from '../model.ts';

/** Block types that are printed; anything else (a reference note, say) is not checked. */
export const PRINTED = new Set<string>(['title', 'addressee', 'paragraph', 'heading', 'attachment', 'signature', 'date', 'caption', 'annex']);

export interface PrintedBlock {
  block: Block;
  index: number;
  text: string;
}

/** The printed blocks with their indices and text: what the rules that read one block at a time read. */
export function printedBlocks(blocks: readonly Block[]): PrintedBlock[] {
  const printed: PrintedBlock[] = [];
  blocks.forEach((block, index) => {
    if (PRINTED.has(block.type)) printed.push({ block, index, text: blockText(block) });
  });
  return printed;
}
