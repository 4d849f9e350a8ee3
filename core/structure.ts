import { isHeading, type Block, type HeadingBlock, type HeadingLevel } from './model.ts';
import { quoteBlock } from './quote-block.ts';
import { deepestLevel, nextHeading, nextSibling, previousHeading, previousSibling, sectionSpan, type Span } from './outline.ts';

/**
 * Structural edits, planned without touching the document: the editor asks first, applies the
 * plan as Slate operations, or shows the refusal (in Chinese) in the status line.
 */
export type Plan<T> = ({ ok: true } & T) | { ok: false; reason: string };

const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'];

function requiredRefusal(block: HeadingBlock): string {
  return `${quoteBlock(block)}是模板规定的必需章节，必须保持为一级标题`;
}

/** Tab / Shift+Tab: the heading and its whole subtree go one level down (+1) or up (−1). */
export function planShift(blocks: readonly Block[], index: number, delta: 1 | -1): Plan<{ span: Span; delta: 1 | -1 }> {
  const head = blocks[index];
  if (!isHeading(head)) return { ok: false, reason: '只有标题可以升级或降级' };
  if (head.section !== undefined) return { ok: false, reason: requiredRefusal(head) };
  const span = sectionSpan(blocks, index);
  if (delta === -1) {
    if (head.level === 1) return { ok: false, reason: '一级标题不能再升级' };
    return { ok: true, span, delta };
  }
  if (deepestLevel(blocks, span) >= 4) return { ok: false, reason: '最多四级标题，不能再降级' };
  if (previousSibling(blocks, index) < 0) {
    return { ok: false, reason: `${quoteBlock(head)}前面没有同级标题，降级会跳过一级` };
  }
  return { ok: true, span, delta };
}

/**
 * Ctrl+1…4 (level) and Ctrl+0 (0: body text) on one block. Refused where the heading before or
 * after would then skip a level.
 */
export function planSetLevel(blocks: readonly Block[], index: number, level: 0 | HeadingLevel): Plan<{ level: 0 | HeadingLevel }> {
  const block = blocks[index];
  if (!block) return { ok: false, reason: '没有选中段落' };
  if (block.type === 'table') return { ok: false, reason: '表格中的文字不能设为标题' };
  if (block.type !== 'heading' && block.type !== 'paragraph' && block.type !== 'attachment' && block.type !== 'note') {
    return { ok: false, reason: '标题、主送机关、署名和日期不能改为章节标题' };
  }
  if (isHeading(block) && block.section !== undefined && level !== 1) return { ok: false, reason: requiredRefusal(block) };
  const before = previousHeading(blocks, index);
  const previousLevel = before < 0 ? 0 : (blocks[before] as HeadingBlock).level;
  if (level > previousLevel + 1) {
    const allowed = previousLevel + 1;
    return {
      ok: false,
      reason: previousLevel === 0 ? '第一个章节标题必须是一级标题' : `上一个标题是${LEVEL_NAMES[previousLevel]}，这里最多设为${LEVEL_NAMES[allowed]}标题`,
    };
  }
  const after = nextHeading(blocks, index);
  if (after >= 0) {
    const effective = level === 0 ? previousLevel : level;
    const following = blocks[after] as HeadingBlock;
    if (following.level > effective + 1) {
      return { ok: false, reason: `这样后面的${quoteBlock(following)}会跳级，请先调整它的级别` };
    }
  }
  return { ok: true, level };
}

/** Alt+Shift+↑/↓: the section with its subtree swaps places with its previous / next sibling. */
export function planMove(blocks: readonly Block[], index: number, direction: -1 | 1): Plan<{ span: Span; to: number }> {
  const head = blocks[index];
  if (!isHeading(head)) return { ok: false, reason: '把光标放在章节标题上才能移动章节' };
  const span = sectionSpan(blocks, index);
  const other = direction < 0 ? previousSibling(blocks, index) : nextSibling(blocks, index);
  if (other < 0) return { ok: false, reason: direction < 0 ? '已经是同级的第一个章节' : '已经是同级的最后一个章节' };
  const otherHead = blocks[other] as HeadingBlock;
  if (head.section !== undefined && otherHead.section !== undefined) {
    return { ok: false, reason: `${quoteBlock(head)}和${quoteBlock(otherHead)}都是必需章节，顺序由模板规定` };
  }
  const to = direction < 0 ? other : sectionSpan(blocks, other).end;
  return { ok: true, span, to };
}

/** Whether removing the block (or merging it into its neighbour) would lose a required section. */
export function isRequiredHeading(block: Block | undefined): block is HeadingBlock & { section: string } {
  return isHeading(block) && block.section !== undefined;
}
