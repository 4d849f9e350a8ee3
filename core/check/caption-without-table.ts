import { blockText } from '../model.ts';
import type { CheckContext, Draft } from './finding.ts';
import { clip, where } from './message.ts';

/** A 表题 stands right above its table; one with no table after it would print as a stray centred line. */
export function captionWithoutTableFindings({ document }: CheckContext): Draft<'caption-without-table'>[] {
  const { blocks } = document;
  return blocks.flatMap((block, index) =>
    block.type === 'caption' && blocks[index + 1]?.type !== 'table'
      ? [{ code: 'caption-without-table' as const, block: index, message: `${where(index)}表题「${clip(blockText(block), 24)}」后面没有表格：表题应紧接在表格上方` }]
      : [],
  );
}
