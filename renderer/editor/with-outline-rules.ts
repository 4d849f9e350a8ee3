import { Element, Text, Transforms } from 'slate';
import { findBlockFix, findFix } from '../../core/normalize.ts';
import { applyFixToEditor } from './apply-fix.ts';
import { blocksOf, normalizeContext } from './blocks.ts';
import type { Block } from '../../core/model.ts';
import type { GongwenEditor } from './slate-types.ts';

/** The elements that hold elements: a table's rows and cells (every other block holds text). */
const HOLDS_ELEMENTS = new Set(['table', 'table-row', 'table-cell']);

/**
 * The document rules as a Slate normalizer, after the forced-layout example: every rule lives in
 * core (findFix / findBlockFix); this file only decides which of them a change can have broken and
 * applies ONE fix per pass (the fix dirties the tree again, so the next pass finds the next one).
 */
export function withOutlineRules(editor: GongwenEditor): GongwenEditor {
  const { apply, normalizeNode } = editor;
  // Whether an operation other than typing has happened since the document-wide rules last held.
  // Slate normalizes the root after every change, often without saying which operation caused
  // it (the end of withoutNormalizing passes none), so the editor keeps count itself.
  let outlineMayBeBroken = true;
  // Blocks whose text alone changed since the last normalization. A number at the start of their
  // text is the typing rule's to decide (typed-number-shortcut.ts), which knows where the caret
  // is: 1. typed or left by a deletion in front of 5亿元 is the start of a figure, not a label.
  const textOnly = new Set<number>();

  editor.apply = (operation) => {
    if (operation.type === 'insert_text' || operation.type === 'remove_text') textOnly.add(operation.path[0]!);
    else if (operation.type !== 'set_selection') {
      outlineMayBeBroken = true;
      textOnly.clear();
    }
    apply(operation);
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;

    if (path.length === 0) {
      textOnly.clear();
      // Typing cannot change the outline; the edited block's own rules (a number typed at the
      // start of a heading) are checked at its own path below. Keeps typing O(1) in document size.
      if (outlineMayBeBroken || options?.force) {
        // Block-local rules were checked at each changed block's own path, before this one.
        const fix = findFix(blocksOf(editor), { ...normalizeContext(editor), keepTypedLabels: true });
        if (fix) {
          applyFixToEditor(editor, fix);
          return;
        }
        outlineMayBeBroken = false;
      }
      normalizeNode(entry, options);
      return;
    }

    if (Element.isElement(node)) {
      // The model is flat: a block nested in a block (a foreign fragment) is lifted out.
      if (node.children.length > 0 && Element.isElement(node.children[0]) && !HOLDS_ELEMENTS.has(node.type)) {
        Transforms.unwrapNodes(editor, { at: path });
        return;
      }
      if (path.length === 1) {
        const fix = findBlockFix(node as Block, path[0]!, { ...normalizeContext(editor), keepTypedLabels: textOnly.has(path[0]!) });
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
