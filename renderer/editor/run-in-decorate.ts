import { Element, type DecoratedRange, type NodeEntry } from 'slate';
import { runInHeadEnd } from './run-in.ts';

/**
 * Marks the heading sentence of a run-in heading. Decorating the element (not its text) means
 * toggling `runIn` — which replaces only the element object — recomputes the range.
 */
export function decorateRunIn([node, path]: NodeEntry): DecoratedRange[] {
  if (!Element.isElement(node) || node.type !== 'heading' || !node.runIn || path.length !== 1) return [];
  const text = node.children[0]?.text ?? '';
  const end = runInHeadEnd(text);
  if (end === 0) return [];
  return [{ anchor: { path: [...path, 0], offset: 0 }, focus: { path: [...path, 0], offset: end }, runInHead: true }];
}
