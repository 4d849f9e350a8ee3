import { Editor, Transforms, type Descendant, type Operation } from 'slate';
import { describe, expect, it } from 'vitest';
import { blockText, heading, textBlock, type Block, type GongwenDocument } from '../../core/model.ts';
import { blocksOf } from '../../renderer/editor/blocks.ts';
import { editorCommands } from '../../renderer/editor/commands.ts';
import { createGongwenEditor, type GongwenEditor } from '../../renderer/editor/create-editor.ts';

/**
 * Moving a section (Alt+Shift+↑/↓) on the real editor: the two sections trade places exactly,
 * the caret stays on the moved heading, one undo puts everything back, and of the two runs of
 * blocks the one holding less text is the one Slate moves (the browser re-lays out moved blocks).
 */
function section(title: string, paragraphs: number, sentence: string): Block[] {
  const blocks: Block[] = [heading(1, title)];
  for (let i = 0; i < paragraphs; i++) blocks.push(heading(2, `${title}第${i + 1}项`), textBlock('paragraph', sentence.repeat(3)));
  return blocks;
}

const SMALL = section('甲项工作', 1, '简短。');
const BIG = section('乙项工作', 6, '坚持把产业科技创新作为主战场，推动良性循环。');
const document: GongwenDocument = {
  meta: { template: '', organ: '某局', year: 2024, period: '全年', date: '2025年1月10日' },
  blocks: [textBlock('title', '某局2024年工作总结'), ...SMALL, ...BIG, textBlock('signature', '某局'), textBlock('date', '2025年1月10日')],
};

function open(): { editor: GongwenEditor; moves: () => number } {
  const editor = createGongwenEditor({ getContext: () => ({ template: undefined, meta: document.meta }), notify: () => undefined });
  editor.children = structuredClone(document.blocks) as Descendant[];
  Editor.normalize(editor, { force: true });
  editor.history = { undos: [], redos: [] };
  const applied: Operation[] = [];
  const { apply } = editor;
  editor.apply = (operation) => {
    applied.push(operation);
    apply(operation);
  };
  return { editor, moves: () => applied.filter((op) => op.type === 'move_node').length };
}

const texts = (editor: GongwenEditor) => blocksOf(editor).map(blockText);
const caretBlock = (editor: GongwenEditor) => editor.selection?.anchor.path[0];

describe('moving a section', () => {
  const start = 1;
  const bigAt = start + SMALL.length;
  const swapped = [blockText(document.blocks[0]!), ...BIG.map(blockText), ...SMALL.map(blockText), '某局', '2025年1月10日'];

  it('moves the big section up by moving the small one down, caret on the big heading', () => {
    const { editor, moves } = open();
    Transforms.select(editor, Editor.start(editor, [bigAt]));
    editorCommands(editor).moveSection(-1);
    expect(texts(editor)).toEqual(swapped);
    expect(moves()).toBe(SMALL.length);
    expect(caretBlock(editor)).toBe(start);
    editor.undo();
    expect(texts(editor)).toEqual(document.blocks.map(blockText));
  });

  it('moves the small section down by moving it (it holds less text), caret on the small heading', () => {
    const { editor, moves } = open();
    Transforms.select(editor, Editor.start(editor, [start]));
    editorCommands(editor).moveSection(1);
    expect(texts(editor)).toEqual(swapped);
    expect(moves()).toBe(SMALL.length);
    expect(caretBlock(editor)).toBe(start + BIG.length);
    editor.undo();
    expect(texts(editor)).toEqual(document.blocks.map(blockText));
  });

  it('moves the big section back down: the same exchange, in the other direction', () => {
    const { editor, moves } = open();
    Transforms.select(editor, Editor.start(editor, [bigAt]));
    editorCommands(editor).moveSection(-1);
    editorCommands(editor).moveSection(1);
    expect(texts(editor)).toEqual(document.blocks.map(blockText));
    expect(moves()).toBe(2 * SMALL.length);
    expect(caretBlock(editor)).toBe(bigAt);
  });
});
