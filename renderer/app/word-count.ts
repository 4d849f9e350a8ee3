import { blockText, type Block } from '../../core/model.ts';

/**
 * Slate replaces only the blocks an edit touches, so caching by block object makes a recount
 * after a keystroke cost one block's text plus a sum over the rest.
 */
const perBlock = new WeakMap<Block, number>();

function countBlock(block: Block): number {
  let count = perBlock.get(block);
  if (count === undefined) {
    count = 0;
    for (const char of blockText(block)) if (char.trim() !== '') count++;
    perBlock.set(block, count);
  }
  return count;
}

/** 字数: non-whitespace characters of the text. Labels (一、) are not text, so they never count. */
export function countCharacters(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) total += countBlock(block);
  return total;
}
