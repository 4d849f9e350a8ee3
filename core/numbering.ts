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

/** 附件说明's lead-in (7.3.4): one attachment is 附件：名称, several are 附件：1.名称 then 2.名称 … */
export const ATTACHMENT_LEAD = '附件：';

/** The label of the `index`-th (0-based) of `count` attachment names. */
function attachmentLabel(index: number, count: number): string {
  if (index > 0) return `${index + 1}.`;
  return count > 1 ? `${ATTACHMENT_LEAD}1.` : ATTACHMENT_LEAD;
}

/**
 * An attachment's own label (7.3.7): 附件 alone when the document has one attachment, 附件1 附件2 …
 * when it has several, in the order the attachments stand — the numbers of the 附件说明 (7.3.4:
 * 附件顺序号…应当与附件说明的表述一致).
 */
export const ANNEX_WORD = '附件';

function annexLabel(index: number, count: number): string {
  return count > 1 ? `${ANNEX_WORD}${index + 1}` : ANNEX_WORD;
}

/**
 * The label of every block, by index: headings' 一、（一）1.（1）, the 附件说明's 附件： / 附件：1. /
 * 2., and the attachments' own 附件 / 附件1 (undefined for other blocks). A pure function of the
 * block sequence: it is the only place numbers come from.
 */
export function computeLabels(blocks: readonly Block[], options: NumberingOptions = {}): (string | undefined)[] {
  const labels: (string | undefined)[] = new Array(blocks.length);
  const counters = [0, 0, 0, 0, 0];
  const attachmentCount = blocks.reduce((n, block) => (block.type === 'attachment' ? n + 1 : n), 0);
  const annexCount = blocks.reduce((n, block) => (block.type === 'annex' ? n + 1 : n), 0);
  let attachments = 0;
  let annexes = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'annex') {
      labels[i] = annexLabel(annexes++, annexCount);
      continue;
    }
    if (block.type === 'attachment') {
      labels[i] = attachmentLabel(attachments++, attachmentCount);
      continue;
    }
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
