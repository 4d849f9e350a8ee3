import { annexLabel } from '../numbering.ts';
import { blockText } from '../model.ts';
import type { CheckContext, Draft } from './finding.ts';
import { where } from './message.ts';

/** An attachment without a title: GB/T 9704 §8 prints its title centred under 附件N, and the 附件说明 names it. */
export function annexUntitledFindings({ document }: CheckContext): Draft<'annex-untitled'>[] {
  const annexes = document.blocks.flatMap((b, i) => (b.type === 'annex' ? [i] : []));
  return annexes.flatMap((block, k) =>
    blockText(document.blocks[block]!).trim() === '' ? [{ code: 'annex-untitled' as const, block, message: `${where(block)}：${annexLabel(k, annexes.length)}没有标题，请填写附件标题` }] : [],
  );
}
