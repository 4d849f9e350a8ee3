import { Element, Text, Transforms } from 'slate';
import { findBlockFix, findFix } from '../../core/normalize.ts';
import { applyFixToEditor } from './apply-fix.ts';
import { blockAt, blocksOf, normalizeContext } from './blocks.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * The document rules as a Slate normalizer, after the forced-layout example: every rule lives in
 * core (findFix / findBlockFix); this file only decides which of them a change can have broken and
 * applies ONE fix per pass (the fix dirties the tree again, so the next pass finds the next one).
 */
export function withOutlineRules(editor: GongwenEditor): GongwenEditor {
  const { normalizeNode } = editor;

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;

    if (path.length === 0) {
      const operation = options?.operation;
      // A text edit cannot change the outline; only the edited block can now break a rule
      // (a number typed at the start of a heading). Keeps typing O(1) in document size.
      if (operation && (operation.type === 'insert_text' || operation.type === 'remove_text')) {
        const at = operation.path[0]!;
        const block = blockAt(editor, at);
        const fix = block && findBlockFix(block, at, normalizeContext(editor));
        if (fix) applyFixToEditor(editor, fix);
        return;
      }
      const fix = findFix(blocksOf(editor), normalizeContext(editor));
      if (fix) {
        applyFixToEditor(editor, fix);
        return;
      }
      normalizeNode(entry, options);
      return;
    }

    if (Element.isElement(node)) {
      // The model is flat: a block nested in a block (a foreign fragment) is lifted out.
      if (node.children.length > 0 && Element.isElement(node.children[0])) {
        Transforms.unwrapNodes(editor, { at: path });
        return;
      }
      if (path.length === 1) {
        const fix = findBlockFix(node, path[0]!, normalizeContext(editor));
        if (fix) {
          applyFixToEditor(editor, fix);
          return;
        }
      }
    } else if (Text.isText(node)) {
      // Runs carry no formatting in this model; marks from a pasted fragment are dropped.
      const stray = Object.keys(node).filter((key) => key !== 'text');
      if (stray.length) {
        Transforms.unsetNodes(editor, stray, { at: path });
        return;
      }
    }
    normalizeNode(entry, options);
  };

  return editor;
}
