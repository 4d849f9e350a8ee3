import { chineseNumeral } from './chinese-numeral.ts';
import type { Block, HeadingLevel } from './model.ts';

export interface NumberingOptions {
  /** Level 3 (1. 2. …) runs on across level-2 parents, restarting only under a new level 1. */
  continuousLevel3?: boolean;
}

export function formatLabel(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * The label of every block, by index (undefined for non-headings). A pure function of the block
 * sequence: it is the only place numbers come from.
 */
export function computeLabels(blocks: readonly Block[], options: NumberingOptions = {}): (string | undefined)[] {
  const labels: (string | undefined)[] = new Array(blocks.length);
  const counters = [0, 0, 0, 0, 0];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'heading') continue;
    const level = block.level;
    counters[level]!++;
    for (let deeper = level + 1; deeper <= 4; deeper++) {
      if (options.continuousLevel3 && level === 2 && deeper === 3) continue;
      counters[deeper] = 0;
    }
    labels[i] = formatLabel(level, counters[level]!);
  }
  return labels;
}
