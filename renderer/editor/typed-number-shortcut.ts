import { Editor, Range, Transforms } from 'slate';
import { planSetLevel } from '../../core/structure.ts';
import { matchTypedLabel } from '../../core/typed-label.ts';
import { asUndoStep, setHeading } from './block-transforms.ts';
import { blocksOf, blockAt } from './blocks.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * Typing an outline number (一、 （一） 1. （1） and the half-width forms) at the start of a body
 * paragraph turns the paragraph into a heading of that level and drops the typed number: numbers
 * are computed, never stored. An IME commits `一、` in one insertText, so the check looks at the
 * whole text before the caret plus what is being inserted, and fires when this insertion
 * completes a label. The text goes in first and the conversion is its own undo step, so Ctrl+Z
 * gives back what was typed.
 */
export function withTypedNumbers(editor: GongwenEditor): GongwenEditor {
  const { insertText } = editor;

  editor.insertText = (text, options) => {
    const { selection } = editor;
    if (options?.at || !selection || Range.isExpanded(selection)) {
      insertText(text, options);
      return;
    }
    const at = selection.anchor.path[0]!;
    const block = blockAt(editor, at);
    if (block?.type !== 'paragraph') {
      insertText(text, options);
      return;
    }
    const before = Editor.string(editor, { anchor: Editor.start(editor, [at]), focus: selection.anchor });
    const typed = matchTypedLabel(before + text);
    if (!typed || typed.length <= before.length) {
      insertText(text, options);
      return;
    }
    const plan = planSetLevel(blocksOf(editor), at, typed.level);
    insertText(text, options);
    if (!plan.ok) {
      editor.gongwen.notify(plan.reason);
      return;
    }
    asUndoStep(editor, () => {
      const start = Editor.start(editor, [at]);
      const labelEnd = Editor.after(editor, start, { distance: typed.length, unit: 'offset' }) ?? Editor.end(editor, [at]);
      Transforms.delete(editor, { at: { anchor: start, focus: labelEnd } });
      setHeading(editor, at, typed.level);
    });
  };

  return editor;
}
