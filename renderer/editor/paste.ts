import { Editor, Element, Node, Range, Text, Transforms } from 'slate';
import { BLOCK_TYPES, HEADING_LEVELS, type Block, type HeadingLevel } from '../../core/model.ts';
import { asUndoStep, setBodyText } from './block-transforms.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * Paste. Plain text: the first line joins the current block, every further non-empty line becomes
 * a body paragraph (Slate's default would copy the current block — a heading — onto every line).
 * Slate fragments, possibly from another app, are rebuilt as flat known blocks and lose their
 * `section` keys, so a pasted copy of a required heading does not claim the section twice.
 */
export function withPaste(editor: GongwenEditor): GongwenEditor {
  const { insertFragment } = editor;

  editor.insertTextData = (data) => {
    const text = data.getData('text/plain');
    if (!text) return false;
    insertPlainText(editor, text);
    return true;
  };

  editor.insertFragment = (fragment, options) => {
    insertFragment(sanitizeFragment(fragment), options);
  };

  return editor;
}

export function insertPlainText(editor: GongwenEditor, text: string): void {
  const [first = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
  const lines = rest.filter((line) => line.trim() !== '');
  asUndoStep(editor, () => {
    if (first) Transforms.insertText(editor, first);
    const { selection } = editor;
    if (!lines.length || !selection || Range.isExpanded(selection)) return;
    const at = selection.anchor.path[0]!;
    // The text after the caret moves to the end of the last pasted line.
    Transforms.splitNodes(editor, { always: true });
    setBodyText(editor, at + 1);
    const middle = lines.slice(0, -1);
    Transforms.insertNodes(
      editor,
      middle.map((line) => ({ type: 'paragraph', children: [{ text: line }] }) as Block),
      { at: [at + 1] },
    );
    const tail = at + 1 + middle.length;
    Transforms.insertText(editor, lines[lines.length - 1]!, { at: Editor.start(editor, [tail]) });
    Transforms.select(editor, { path: [tail, 0], offset: lines[lines.length - 1]!.length });
  });
}

/** Flat, known blocks with plain text runs; anything else in a fragment is reduced to that. */
export function sanitizeFragment(fragment: readonly Node[]): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Node) => {
    if (Text.isText(node)) {
      blocks.push({ type: 'paragraph', children: [{ text: node.text }] });
      return;
    }
    if (!Element.isElement(node)) return;
    const children: readonly Node[] = node.children;
    if (children.some((child) => Element.isElement(child))) {
      children.forEach(visit);
      return;
    }
    blocks.push(cleanBlock(node, Node.string(node)));
  };
  fragment.forEach(visit);
  return blocks;
}

function cleanBlock(node: Element, text: string): Block {
  const raw = node as unknown as Record<string, unknown>;
  const type = BLOCK_TYPES.includes(raw.type as Block['type']) ? (raw.type as Block['type']) : 'paragraph';
  if (type === 'heading') {
    const level = HEADING_LEVELS.includes(raw.level as HeadingLevel) ? (raw.level as HeadingLevel) : 1;
    return raw.runIn === true && level > 1
      ? { type, level, runIn: true, children: [{ text }] }
      : { type, level, children: [{ text }] };
  }
  // A pasted title is body text: the document has one title, at the top.
  return { type: type === 'title' ? 'paragraph' : type, children: [{ text }] } as Block;
}
