import { countPlaceholders } from '../../core/placeholder.ts';
import { blockText, type Block } from '../../core/model.ts';

/** Cached by block object: after a keystroke only the edited block is counted again. */
const perBlock = new WeakMap<Block, number>();

/** 待填: unfilled placeholders in the report's text (参考 notes are last period's and not counted). */
export function countOpenPlaceholders(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === 'note') continue;
    let count = perBlock.get(block);
    if (count === undefined) {
      count = countPlaceholders(blockText(block));
      perBlock.set(block, count);
    }
    total += count;
  }
  return total;
}
