import { Transforms } from 'slate';
import { describe, expect, it, vi } from 'vitest';
import { newDocument } from '../../core/new-document.ts';
import { getTemplate } from '../../core/templates.ts';
import { documentMeta, initDocumentMeta, setDocumentMeta } from '../../renderer/editor/document-meta.ts';
import { editorCommands } from '../../renderer/editor/commands.ts';
import { blocksOf, openEditor } from './headless-editor.ts';
import { blockText } from '../../core/model.ts';

function open() {
  const document = newDocument(getTemplate('report'), { organ: '市科技局', year: 2023 });
  const editor = openEditor(document);
  const edited = vi.fn();
  initDocumentMeta(editor, document.meta, edited);
  return { editor, edited, document };
}

const signers = (editor: ReturnType<typeof open>['editor']) => documentMeta(editor).banner?.signers;
const withSigner = (editor: ReturnType<typeof open>['editor'], name: string) => ({ ...documentMeta(editor), banner: { ...documentMeta(editor).banner!, signers: [name] } });

describe('the document\'s meta in the editor', () => {
  it('takes a change as an undo step among the text edits, in order, and tells the session of each', () => {
    const { editor, edited } = open();
    setDocumentMeta(editor, withSigner(editor, '王'), 'signers.0');
    setDocumentMeta(editor, withSigner(editor, '王明'), 'signers.0');
    Transforms.insertText(editor, '甲', { at: { path: [0, 0], offset: 0 } });
    expect(edited).toHaveBeenCalledTimes(2);

    editor.undo();
    expect(blockText(blocksOf(editor)[0]!).startsWith('甲')).toBe(false);
    expect(signers(editor)).toEqual(['王明']);
    // Typing into one field is one step.
    editor.undo();
    expect(signers(editor)).toEqual([]);
    expect(edited).toHaveBeenCalledTimes(3);
    editor.redo();
    expect(signers(editor)).toEqual(['王明']);
    editor.redo();
    expect(blockText(blocksOf(editor)[0]!).startsWith('甲')).toBe(true);
  });

  it('drops the redo of a meta change when the text is edited, as for any edit', () => {
    const { editor } = open();
    setDocumentMeta(editor, withSigner(editor, '王明'));
    editor.undo();
    Transforms.insertText(editor, '甲', { at: { path: [0, 0], offset: 0 } });
    editor.redo();
    expect(signers(editor)).toEqual([]);
  });

  it('adds and removes the 版头 and 版记 from the commands, each one undo step', () => {
    const { editor } = open();
    const commands = editorCommands(editor);
    commands.toggleBanner();
    commands.toggleColophon();
    expect(documentMeta(editor).banner).toBeUndefined();
    expect(documentMeta(editor).colophon).toBeUndefined();
    commands.undo();
    expect(documentMeta(editor).colophon).toEqual({ copyTo: [], printer: '市科技局', printDate: '' });
    expect(documentMeta(editor).banner).toBeUndefined();
    commands.undo();
    expect(documentMeta(editor).banner?.organs).toEqual(['市科技局']);
  });
});
