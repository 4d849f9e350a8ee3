import { Editor, Range, Transforms } from 'slate';
import { planSetLevel } from '../../core/structure.ts';
import { labelTypedAt } from '../../core/typed-label.ts';
import { asUndoStep, setHeading } from './block-transforms.ts';
import { blocksOf, blockAt } from './blocks.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * Typing an outline number (一、 （一） 1. （1） and the half-width forms) at the start of a body
 * paragraph turns the paragraph into a heading of that level and drops the typed number: numbers
 * are computed, never stored. At the start of a heading the number is dropped. Which text is a
 * number, and when the text has decided it (1. waits for the next key: 1.5 is a figure), is
 * core's rule (labelTypedAt); an IME commits `一、科技` in one insertText, so it looks at the text
 * before the caret, what is inserted and the text after. The text goes in first and the
 * conversion is its own undo step, so Ctrl+Z gives back what was typed.
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
    if (block?.type !== 'paragraph' && block?.type !== 'heading') {
      insertText(text, options);
      return;
    }
    const before = Editor.string(editor, { anchor: Editor.start(editor, [at]), focus: selection.anchor });
    const after = Editor.string(editor, { anchor: selection.anchor, focus: Editor.end(editor, [at]) });
    const typed = labelTypedAt(before, text, after);
    if (!typed) {
      insertText(text, options);
      return;
    }
    const plan = block.type === 'paragraph' ? planSetLevel(blocksOf(editor), at, typed.level) : null;
    insertText(text, options);
    if (plan && !plan.ok) {
      editor.gongwen.notify(plan.reason);
      return;
    }
    asUndoStep(editor, () => {
      const start = Editor.start(editor, [at]);
      const labelEnd = Editor.after(editor, start, { distance: typed.length, unit: 'offset' }) ?? Editor.end(editor, [at]);
      Transforms.delete(editor, { at: { anchor: start, focus: labelEnd } });
      if (plan) setHeading(editor, at, typed.level);
    });
  };

  return editor;
}
