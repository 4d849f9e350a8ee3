import { Element, Text, type DecoratedRange, type NodeEntry } from 'slate';
import { findPlaceholders } from '../../core/placeholder.ts';

/**
 * Marks unfilled placeholders (【 】, xx, x.xx亿元's x.xx …) so the clerk sees every hole still to
 * fill, in body text and in table cells. 参考 notes keep last period's text as it was and are not marked.
 */
export function decoratePlaceholders([node, path]: NodeEntry): DecoratedRange[] {
  // A block's text, or a table cell's paragraph.
  if (!Element.isElement(node) || (path.length !== 1 && node.type !== 'cell-paragraph') || node.type === 'note') return [];
  const ranges: DecoratedRange[] = [];
  node.children.forEach((child, i) => {
    if (!Text.isText(child)) return;
    for (const span of findPlaceholders(child.text)) {
      ranges.push({ anchor: { path: [...path, i], offset: span.start }, focus: { path: [...path, i], offset: span.end }, placeholder: true });
    }
  });
  return ranges;
}
