import type { Block } from '../model.ts';
import { blockText } from '../model.ts';
import { computeLabels, type NumberingOptions } from '../numbering.ts';

/**
 * Whether a block is printed: an empty one is left out (an editor's unfilled placeholder), but a
 * table and an attachment always print (an attachment without a title still starts its page with
 * its label; 检查 asks for the title).
 */
export function isPrinted(block: Block): boolean {
  return block.type === 'table' || block.type === 'annex' || blockText(block).trim() !== '';
}

/**
 * The labels as printed: the empty blocks the export leaves out are not counted either, so the
 * printed numbers run without a gap (（一） （二）, not （一） （三） around an unfilled heading).
 * Indexed like `blocks`; undefined for blocks without a label and for the ones left out.
 */
export function printedLabels(blocks: readonly Block[], options: NumberingOptions = {}): (string | undefined)[] {
  const printed = blocks.filter(isPrinted);
  const labels = computeLabels(printed, options);
  let k = 0;
  return blocks.map((block) => (isPrinted(block) ? labels[k++] : undefined));
}
