import { FONT_PT } from '../../core/print/page-geometry.ts';
import type { JointMark, PrintedParagraph, PrintedRule } from '../../core/print/printed-paragraph.ts';
import { cellsOf, type Cell } from './line-break.ts';

/**
 * The 版头's parts placed by measure (core/print/banner.ts), as 预览 draws them: each at the height
 * the plan puts it from the top of the rows the 版头 takes, the 发文机关标志 in its own size and red,
 * the 发文字号 and 签发人 at their tab stops, the red rule at its weight.
 */

/** Text at a stop, in 字 from the 版心's left edge; a right stop ends the text there. */
export interface TabbedPart {
  cells: Cell[];
  at: number;
  /** Centred: across the 版心, `at` unused. */
  align: 'left' | 'right' | 'center';
}

export type BannerContent =
  | { kind: 'mark'; lines: string[]; beside?: string; sizePt: number; color: string; joint?: JointMark }
  | { kind: 'parts'; parts: TabbedPart[] }
  | { kind: 'rule'; rule: PrintedRule };

export interface BannerItem {
  /** From the top of the 版头's first row, in points. */
  topPt: number;
  heightPt: number;
  content: BannerContent;
}

/**
 * A paragraph's runs at their stops: the first run at the left indent (or centred), each run
 * marked tabBefore at the paragraph's next stop.
 */
export function tabbedParts(printed: PrintedParagraph): TabbedPart[] {
  const parts: TabbedPart[] = [];
  let stop = 0;
  for (const run of printed.runs) {
    // Off the grid (the 版头's rows, the 版记), characters are as wide as their size.
    const cells = cellsOf(run.text.replace(/\n/gu, ''), run.font, run.sizePt ?? (printed.offGrid ? FONT_PT.body : undefined));
    if (run.tabBefore) {
      const tab = printed.tabs?.[stop++];
      if (tab && cells.length > 0) parts.push({ cells, at: tab.at, align: tab.align });
    } else if (parts.length === 0) {
      if (printed.align === 'center') parts.push({ cells, at: 0, align: 'center' });
      else parts.push({ cells, at: printed.indent.left + printed.indent.firstLine, align: 'left' });
    } else parts[parts.length - 1]!.cells.push(...cells);
  }
  return parts.filter((part) => part.cells.length > 0);
}

function content(printed: PrintedParagraph): BannerContent | null {
  const rule = printed.rules?.[0];
  if (printed.role === 'banner-rule' && rule) return { kind: 'rule', rule };
  if (printed.role === 'organ-mark') {
    const run = printed.runs[0]!;
    const { besideLines, jointMark } = printed;
    return { kind: 'mark', lines: run.text.split('\n'), ...(besideLines ? { beside: besideLines.text } : {}), sizePt: run.sizePt ?? 22, color: run.color ?? '000000', ...(jointMark ? { joint: jointMark } : {}) };
  }
  const parts = tabbedParts(printed);
  return parts.length > 0 ? { kind: 'parts', parts } : null;
}

/** The 版头's off-grid paragraphs as items, and the height they take, in points. */
export function bannerItems(group: readonly PrintedParagraph[]): { items: BannerItem[]; heightPt: number } {
  const items: BannerItem[] = [];
  let y = 0;
  for (const printed of group) {
    const { lineHeightPt, spaceBeforePt, spaceAfterPt } = printed.offGrid!;
    const lines = printed.role === 'organ-mark' ? printed.runs[0]!.text.split('\n').length : 1;
    y += spaceBeforePt;
    const made = content(printed);
    if (made) items.push({ topPt: y, heightPt: lineHeightPt * lines, content: made });
    y += lineHeightPt * lines + spaceAfterPt;
  }
  return { items, heightPt: y };
}
