import type { PrintedParagraph } from './printed-paragraph.ts';
import { TABLE_LAYOUT } from './table-layout.ts';
import { titleLines } from './title-lines.ts';

const FLUSH = { left: 0, firstLine: 0, right: 0 };

/**
 * An attachment's first page (GB/T 9704-2012 7.3.7): 附件应当另面编排 — the label (附件, or 附件2
 * among several: numbering.ts) in 3号黑体 顶格 on the 版心's first row, a blank row, and the title
 * centred on the third row (templates/table-layout.json annexTitleRow) in the 标题's 2号小标宋, broken into a 梯形/菱形 like the 标题 (7.3.1).
 * The title is printed as written; an attachment without one prints its label alone (检查 asks
 * for the title). Both keep with what follows, so a label never ends a page by itself.
 */
export function annexParagraphs(block: number, label: string, title: string): PrintedParagraph[] {
  const lines = titleLines(title, '');
  const out: PrintedParagraph[] = [
    {
      role: 'annex-label',
      block,
      runs: [{ text: label, font: 'annexLabel' }],
      align: 'left',
      indent: FLUSH,
      blankBefore: false,
      blankAfter: lines.length > 0 && TABLE_LAYOUT.annexTitleRow === 3,
      keepNext: true,
      pageBreakBefore: true,
      level: undefined,
      runIn: undefined,
      // 附件2 set tight: no automatic space between the hanzi and the digit.
      measured: true,
    },
  ];
  if (lines.length > 0) {
    out.push({ role: 'annex-title', block, runs: [{ text: lines.join('\n'), font: 'title' }], align: 'center', indent: FLUSH, blankBefore: false, blankAfter: false, keepNext: true, pageBreakBefore: undefined, level: undefined, runIn: undefined, measured: undefined });
  }
  return out;
}
