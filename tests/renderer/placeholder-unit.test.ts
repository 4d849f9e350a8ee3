import fc from 'fast-check';
import { Editor, Transforms, type Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { blockText, type Block, type GongwenDocument } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { findPlaceholders } from '../../core/placeholder.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import { createGongwenEditor, type GongwenEditor } from '../../renderer/editor/create-editor.ts';

const HOLE = '【\u3000】';

/** A new half-year report whose first body paragraph (block 3) holds `text`, and a note after it. */
function open(text: string, note = ''): GongwenEditor {
  const document: GongwenDocument = newDocument(BUILTIN_TEMPLATES.find((t) => t.id === 'half-year')!, { organ: '宣城市科技局', year: 2023 });
  const template = BUILTIN_TEMPLATES.find((t) => t.id === document.meta.template);
  const editor = createGongwenEditor({ getContext: () => ({ template, meta: document.meta }), notify: () => undefined });
  const blocks = structuredClone(document.blocks) as Block[];
  expect(blocks[3]!.type).toBe('paragraph');
  blocks[3] = { type: 'paragraph', children: [{ text }] };
  if (note) blocks.splice(4, 0, { type: 'note', children: [{ text: note }] });
  editor.children = blocks as Descendant[];
  Editor.normalize(editor, { force: true });
  editor.history = { undos: [], redos: [] };
  return editor;
}

/** Lets Slate flush: onChange runs in a microtask after the operations. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const caret = (block: number, offset: number) => ({ path: [block, 0], offset });
const textAt = (editor: GongwenEditor, block: number) => blockText(editor.children[block] as Block);
const selectionOffsets = (editor: GongwenEditor) => {
  const { anchor, focus } = editor.selection!;
  return [anchor.path[0], anchor.offset, focus.offset];
};

describe('a placeholder is one unit', () => {
  it('a caret put inside a placeholder selects it whole; at its edge it stays a caret', async () => {
    const editor = open(`投资${HOLE}亿元，xx家`);
    Transforms.select(editor, caret(3, 3));
    await flush();
    expect(selectionOffsets(editor)).toEqual([3, 2, 5]);
    Transforms.select(editor, caret(3, 5));
    await flush();
    expect(selectionOffsets(editor)).toEqual([3, 5, 5]);
    Transforms.select(editor, caret(3, 9));
    await flush();
    expect(selectionOffsets(editor)).toEqual([3, 8, 10]);
  });

  it('a 参考 note is last period\'s text: no units there', async () => {
    const editor = open('正文', `上期投资${HOLE}亿元`);
    Transforms.select(editor, caret(4, 5));
    await flush();
    expect(selectionOffsets(editor)).toEqual([4, 5, 5]);
  });

  it('typing right after a caret lands inside (before the selection flush) replaces the whole placeholder', () => {
    const editor = open(`投资${HOLE}亿元`);
    Transforms.select(editor, caret(3, 3));
    editor.insertText('4');
    expect(textAt(editor, 3)).toBe('投资4亿元');
  });

  it('Backspace right after a placeholder selects it; the next removes it whole; Delete before it likewise', () => {
    const editor = open(`投资${HOLE}亿元`);
    Transforms.select(editor, caret(3, 5));
    editor.deleteBackward('character');
    expect(textAt(editor, 3)).toBe(`投资${HOLE}亿元`);
    expect(selectionOffsets(editor)).toEqual([3, 2, 5]);
    editor.deleteFragment({ direction: 'backward' });
    expect(textAt(editor, 3)).toBe('投资亿元');

    const other = open(`投资${HOLE}亿元`);
    Transforms.select(other, caret(3, 2));
    other.deleteForward('character');
    expect(selectionOffsets(other)).toEqual([3, 2, 5]);
    // A one-character placeholder (x) simply goes.
    const x = open('增长x%');
    Transforms.select(x, caret(3, 3));
    x.deleteBackward('character');
    expect(textAt(x, 3)).toBe('增长%');
  });

  it('removed at compositionstart, then committed later: one undo step brings the placeholder back', async () => {
    const editor = open(`投资${HOLE}亿元`);
    Transforms.select(editor, { anchor: caret(3, 2), focus: caret(3, 5) });
    editor.deleteFragment();
    await flush();
    editor.insertText('十一');
    expect(textAt(editor, 3)).toBe('投资十一亿元');
    HistoryEditor.undo(editor);
    expect(textAt(editor, 3)).toBe(`投资${HOLE}亿元`);
  });

  it('for any text with holes and any caret a click can put, typing there never leaves a stray bracket', async () => {
    const piece = fc.constantFrom(HOLE, '【】', '【待填】', '【典型案例】', 'x.xx', '___', '投资', '亿元', '，');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
        fc.nat(),
        async (text, n) => {
          const editor = open(text);
          const offset = n % (text.length + 1);
          Transforms.select(editor, caret(3, offset));
          await flush();
          editor.insertText('9');
          const after = textAt(editor, 3);
          expect(findPlaceholders(after).filter((p) => p.kind === 'stray-bracket')).toEqual([]);
          // Nothing was typed into a placeholder: the 9 stands outside every one left.
          const nine = after.indexOf('9');
          expect(findPlaceholders(after).some((p) => p.start < nine && nine < p.end - 1)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
