import { annexSpans, newAnnexAt } from './annex-zone.ts';
import { listState } from './annex-list.ts';
import { blockText, textBlock, type Block } from './model.ts';
import { annexLabel } from './numbering.ts';
import type { Span } from './outline.ts';
import type { Plan } from './structure.ts';

/**
 * The title a new attachment gets until the clerk writes one: a fill-in hole (core/placeholder.ts),
 * so it is selected whole, counted in 还有 N 处待填 and listed before an export, like any other.
 */
export const ANNEX_TITLE_PLACEHOLDER = '【请填写附件标题】';

/**
 * 添加附件: a title and an empty paragraph for its content, after the last attachment (after the
 * 成文日期 when there is none). Where the 附件说明 already names more attachments than the document
 * holds (they were listed first), the new one takes the next name; otherwise the placeholder.
 */
export function planAddAnnex(blocks: readonly Block[]): { at: number; blocks: Block[]; label: string; title: string } {
  const { titles, lines } = listState(blocks);
  const listed = lines.length > titles.length && titles.every((title, k) => title === lines[k]) ? lines[titles.length]! : '';
  const title = listed || ANNEX_TITLE_PLACEHOLDER;
  return { at: newAnnexAt(blocks), blocks: [textBlock('annex', title), textBlock('paragraph')], label: annexLabel(titles.length, titles.length + 1), title };
}

/** 删除附件: the attachment holding block `index`, title and content, or a refusal in Chinese. */
export function planRemoveAnnex(blocks: readonly Block[], index: number): Plan<{ span: Span; label: string; title: string }> {
  const spans = annexSpans(blocks);
  const k = spans.findIndex((span) => index >= span.start && index < span.end);
  if (k < 0) return { ok: false, reason: '请把光标放在要删除的附件（附件标题或其内容）中' };
  const span = spans[k]!;
  return { ok: true, span, label: annexLabel(k, spans.length), title: blockText(blocks[span.start]!).trim() };
}
