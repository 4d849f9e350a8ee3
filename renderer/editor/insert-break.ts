import { Editor, Element, Range, Transforms } from 'slate';
import { textBlock } from '../../core/model.ts';
import { asUndoStep, setBodyText } from './block-transforms.ts';
import { isAtBlockEnd, isAtBlockStart, blockAt } from './blocks.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * Enter by block type. A heading never continues as another heading (its tail becomes body
 * text), the title never splits into a second title, and the addressee line is followed by body.
 * In a table cell it starts a new paragraph of the cell.
 */
export function withBreakRules(editor: GongwenEditor): GongwenEditor {
  const { insertBreak } = editor;

  editor.insertBreak = () => {
    const { selection } = editor;
    if (!selection || Range.isExpanded(selection)) {
      insertBreak();
      return;
    }
    const at = selection.anchor.path[0]!;
    const block = blockAt(editor, at);
    switch (block?.type) {
      case 'title':
        leaveTitle(editor);
        return;
      // An attachment's title, like a heading, never continues as a second one: what follows is its content.
      case 'annex':
      case 'heading':
        if (isAtBlockEnd(editor, at)) {
          insertParagraph(editor, at + 1);
        } else if (isAtBlockStart(editor, at)) {
          // Enter before a heading opens an empty paragraph above it; the caret stays put.
          asUndoStep(editor, () => Transforms.insertNodes(editor, textBlock('paragraph'), { at: [at], select: false }));
        } else {
          splitIntoBody(editor, at);
        }
        return;
      case 'attachment':
        // Enter on an empty name ends the list, as in a word processor's numbered list.
        if (Editor.string(editor, [at]) === '') asUndoStep(editor, () => setBodyText(editor, at));
        else insertBreak();
        return;
      case 'addressee':
        splitIntoBody(editor, at);
        return;
      case 'table':
        // A new paragraph inside the cell: the table is never split and nothing becomes a heading.
        Transforms.splitNodes(editor, { always: true, match: (node) => Element.isElement(node) && node.type === 'cell-paragraph' });
        return;
      default:
        insertBreak();
    }
  };

  editor.insertSoftBreak = () => {
    const at = editor.selection?.anchor.path[0];
    // A long title may be broken by hand (GB/T 9704 lets it run over two or three lines).
    if (at !== undefined && blockAt(editor, at)?.type === 'title') {
      editor.insertText('\n');
      return;
    }
    editor.insertBreak();
  };

  return editor;
}

function insertParagraph(editor: GongwenEditor, at: number): void {
  asUndoStep(editor, () => {
    Transforms.insertNodes(editor, textBlock('paragraph'), { at: [at] });
    Transforms.select(editor, Editor.start(editor, [at]));
  });
}

/** Enter in the title goes to the block after it (addressee or an empty paragraph), creating one if needed. */
function leaveTitle(editor: GongwenEditor): void {
  const next = blockAt(editor, 1);
  if (next && (next.type === 'addressee' || (next.type === 'paragraph' && Editor.string(editor, [1]) === ''))) {
    Transforms.select(editor, Editor.start(editor, [1]));
    return;
  }
  insertParagraph(editor, 1);
}

/** Splits block `at` at the caret; what follows the caret becomes body text (one undo step). */
function splitIntoBody(editor: GongwenEditor, at: number): void {
  asUndoStep(editor, () => {
    Transforms.splitNodes(editor, { always: true });
    setBodyText(editor, at + 1);
  });
}
