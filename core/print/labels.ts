import type { Block } from '../model.ts';
import { blockText } from '../model.ts';
import { computeLabels, type NumberingOptions } from '../numbering.ts';

/** Whether a block is left out of the printed document (an editor's unfilled placeholder). */
export function isPrinted(block: Block): boolean {
  return blockText(block).trim() !== '';
}

/**
 * The labels as printed: the empty blocks the export leaves out are not counted either, so the
 * printed numbers run without a gap (（一） （二）, not （一） （三） around an unfilled heading).
 * Indexed like `blocks`; undefined for blocks without a label and for the ones left out.
 */
export function printedLabels(blocks: readonly Block[], options: NumberingOptions = {}): (string | undefined)[] {
  // An attachment without a title (检查 blocks its export) still starts one: the next is 附件3,
  // not 附件2, and its headings are not counted on from the one before.
  const counted = (block: Block) => isPrinted(block) || block.type === 'annex';
  const labels = computeLabels(blocks.filter(counted), options);
  let k = 0;
  return blocks.map((block) => (counted(block) ? labels[k++] : undefined));
}
