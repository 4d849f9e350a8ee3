import fc from 'fast-check';
import { Editor, Node, Range, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { blockText, heading, textBlock, type GongwenDocument, type TableBlock } from '../../core/model.ts';
import { rowWidth } from '../../core/table/grid.ts';
import { tableProblem } from '../../core/table/table-rules.ts';
import { editTable, insertTable, moveToCell } from '../../renderer/editor/table-commands.ts';
import { editorCommands } from '../../renderer/editor/commands.ts';
import { findMatches } from '../../renderer/find/find-matches.ts';
import { blocksOf, openEditor } from './headless-editor.ts';
import type { GongwenEditor } from '../../renderer/editor/create-editor.ts';

/** Tables on the real editor without a DOM: the keys' commands, undo, the guards and the normalizer. */
const document: GongwenDocument = {
  meta: { template: '', organ: '某局', year: 2024, period: '全年', date: '2025年1月10日' },
  blocks: [textBlock('title', '某局2024年工作总结'), heading(1, '工作完成情况'), textBlock('paragraph', '表格如下：'), textBlock('paragraph'), textBlock('signature', '某局'), textBlock('date', '2025年1月10日')],
};

function withTable(rows = 2, columns = 3): { editor: GongwenEditor; notices: string[] } {
  const notices: string[] = [];
  const editor = openEditor(document, (message) => notices.push(message));
  Transforms.select(editor, Editor.start(editor, [3]));
  insertTable(editor, rows, columns);
  return { editor, notices };
}

const table = (editor: GongwenEditor, at = 3) => blocksOf(editor)[at] as TableBlock;
const cellTexts = (editor: GongwenEditor, at = 3) => table(editor, at).children.map((row) => row.children.map((cell) => cell.children.map((p) => Node.string(p)).join('|')));
const caret = (editor: GongwenEditor) => editor.selection!.anchor.path.slice(0, 3);

describe('tables in the editor', () => {
  it('inserts a rows × columns table in place of an empty paragraph, caret in the first cell, one undo step', () => {
    const { editor } = withTable(2, 3);
    expect(table(editor).type).toBe('table');
    expect(table(editor).children.map(rowWidth)).toEqual([3, 3]);
    expect(caret(editor)).toEqual([3, 0, 0]);
    expect(blocksOf(editor)[4]!.type).toBe('signature');
    editor.undo();
    expect(blocksOf(editor).map((b) => b.type)).toEqual(document.blocks.map((b) => b.type));
  });

  it('Tab and Shift+Tab move between cells; Tab in the last cell adds a row (one undo step)', () => {
    const { editor } = withTable(2, 2);
    moveToCell(editor, 1);
    expect(caret(editor)).toEqual([3, 0, 1]);
    moveToCell(editor, 1);
    expect(caret(editor)).toEqual([3, 1, 0]);
    moveToCell(editor, -1);
    expect(caret(editor)).toEqual([3, 0, 1]);
    Transforms.select(editor, Editor.end(editor, [3, 1, 1]));
    editor.insertText('末格');
    moveToCell(editor, 1);
    expect(table(editor).children).toHaveLength(3);
    expect(caret(editor)).toEqual([3, 2, 0]);
    editor.undo();
    expect(table(editor).children).toHaveLength(2);
    expect(cellTexts(editor)[1]![1]).toBe('末格');
  });

  it('Tab and Shift+Tab select the text of the cell they reach; typing replaces it within that cell, one undo step', () => {
    // Cells of one to three paragraphs, some empty; from a cell, Tab or Shift+Tab, then type.
    const paragraphs = fc.array(fc.constantFrom('', '单位', '13', '市科技局'), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.array(paragraphs, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 2 }), fc.nat(5), fc.constantFrom(1, -1), (grid, from, direction) => {
        fc.pre(from + direction >= 0 && from + direction <= 5);
        const filled: TableBlock = {
          type: 'table',
          children: grid.map((row) => ({ type: 'table-row', children: row.map((cell) => ({ type: 'table-cell', children: cell.map((text) => ({ type: 'cell-paragraph', children: [{ text }] })) })) })),
        };
        const editor = openEditor({ ...document, blocks: [...document.blocks.slice(0, 3), filled, ...document.blocks.slice(4)] });
        const before = cellTexts(editor);
        const to = from + direction;
        const [row, column] = [Math.floor(to / 3), to % 3];
        Transforms.select(editor, Editor.end(editor, [3, Math.floor(from / 3), from % 3]));
        moveToCell(editor, direction as 1 | -1);
        const target = grid[row]![column]!;
        const hasText = target.join('') !== '';
        expect(Range.isCollapsed(editor.selection!)).toBe(!hasText);
        expect(Editor.string(editor, editor.selection!)).toBe(target.join(''));
        editor.insertText('新');
        const expected = before.map((r) => [...r]);
        // A cell with text becomes the one paragraph typed (as in Word); an empty one takes it in its first.
        expected[row]![column] = hasText ? '新' : ['新', ...target.slice(1)].join('|');
        expect(cellTexts(editor)).toEqual(expected);
        expect(tableProblem(table(editor))).toBeNull();
        editor.undo();
        expect(cellTexts(editor)).toEqual(before);
      }),
    );
  });

  it('Enter makes a new paragraph in the cell; Backspace and Delete at a cell edge change nothing', () => {
    const { editor } = withTable(2, 2);
    editor.insertText('一、总体情况');
    editor.insertBreak();
    editor.insertText('第二行');
    expect(cellTexts(editor)[0]![0]).toBe('一、总体情况|第二行');
    expect(blocksOf(editor).filter((b) => b.type === 'heading')).toHaveLength(1);
    Transforms.select(editor, Editor.start(editor, [3, 0, 1]));
    const before = JSON.stringify(blocksOf(editor));
    editor.deleteBackward('character');
    editor.deleteForward('character');
    Transforms.select(editor, Editor.end(editor, [3, 0, 0]));
    editor.deleteForward('character');
    Transforms.select(editor, Editor.start(editor, [3, 0, 0]));
    editor.deleteBackward('character');
    expect(JSON.stringify(blocksOf(editor))).toBe(before);
  });

  it('Backspace after the table never pulls text into it', () => {
    const { editor } = withTable(1, 2);
    Transforms.insertNodes(editor, textBlock('paragraph', '表后文字'), { at: [4] });
    Transforms.select(editor, Editor.start(editor, [4]));
    editor.deleteBackward('character');
    expect(blockText(blocksOf(editor)[4]!)).toBe('表后文字');
    expect(cellTexts(editor).flat().join('')).toBe('');
  });

  it('a typed outline number in a cell stays text; 设为标题 is refused there', () => {
    const { editor, notices } = withTable(1, 2);
    editor.insertText('（一）');
    editor.insertText('加强领导');
    expect(cellTexts(editor)[0]![0]).toBe('（一）加强领导');
    const headings = blocksOf(editor).filter((b) => b.type === 'heading').length;
    expect(headings).toBe(1);
    expect(table(editor).type).toBe('table');
    void notices;
  });

  it('adds and deletes rows and columns, each one undo step; deleting the table too', () => {
    const { editor } = withTable(2, 2);
    editor.insertText('甲');
    const steps = ['rowAbove', 'rowBelow', 'columnLeft', 'columnRight', 'deleteRow', 'deleteColumn'] as const;
    for (const step of steps) {
      const before = JSON.stringify(table(editor));
      editTable(editor, step);
      expect(tableProblem(table(editor)), step).toBeNull();
      expect(JSON.stringify(table(editor)), step).not.toBe(before);
      editor.undo();
      expect(JSON.stringify(table(editor)), step).toBe(before);
      editor.redo();
      editor.undo();
    }
    editTable(editor, 'deleteTable');
    expect(blocksOf(editor).some((b) => b.type === 'table')).toBe(false);
    editor.undo();
    expect(cellTexts(editor)[0]![0]).toBe('甲');
  });

  it('deleting or typing over a selection across cells clears the rectangle of cells it makes, and only those', () => {
    const { editor } = withTable(2, 2);
    const texts = ['甲一', '乙二', '丙三', '丁四'];
    [[0, 0], [0, 1], [1, 0], [1, 1]].forEach(([r, c], i) => Transforms.insertText(editor, texts[i]!, { at: Editor.start(editor, [3, r!, c!]) }));
    // From the first cell down to the one below it: the left column, whole cells as in Word;
    // 乙二, which the reading order runs through, is not in the rectangle and stays.
    Transforms.select(editor, { anchor: { path: [3, 0, 0, 0, 0], offset: 1 }, focus: { path: [3, 1, 0, 0, 0], offset: 1 } });
    editor.deleteFragment();
    expect(cellTexts(editor)).toEqual([['', '乙二'], ['', '丁四']]);
    expect(caret(editor)).toEqual([3, 0, 0]);
    editor.undo();
    expect(cellTexts(editor)).toEqual([['甲一', '乙二'], ['丙三', '丁四']]);
    // Typing over the right column replaces it: the typed text in its first cell.
    Transforms.select(editor, { anchor: { path: [3, 0, 1, 0, 0], offset: 0 }, focus: { path: [3, 1, 1, 0, 0], offset: 2 } });
    editor.insertText('无');
    expect(cellTexts(editor)).toEqual([['甲一', '无'], ['丙三', '']]);
    // From the paragraph before the table into it: the paragraph's tail and the cells' text up to the end go, the table stays.
    Transforms.select(editor, { anchor: { path: [2, 0], offset: 2 }, focus: { path: [3, 1, 0, 0, 0], offset: 1 } });
    editor.deleteFragment();
    expect(blockText(blocksOf(editor)[2]!)).toBe('表格');
    expect(cellTexts(editor)).toEqual([['', ''], ['三', '']]);
    expect(tableProblem(table(editor))).toBeNull();
  });

  it('a table selected whole with the text around it is deleted with it', () => {
    const { editor } = withTable(2, 2);
    editor.insertText('表内');
    // From the start of 表格如下： to the start of the signature: the selection ends in the table's last cell.
    Transforms.select(editor, { anchor: Editor.start(editor, [2]), focus: Editor.start(editor, [4]) });
    editor.deleteFragment();
    expect(blocksOf(editor).some((b) => b.type === 'table')).toBe(false);
    expect(blocksOf(editor).map((b) => b.type)).toEqual(['title', 'heading', 'paragraph', 'signature', 'date']);
    editor.undo();
    expect(cellTexts(editor)[0]![0]).toBe('表内');
    // Starting at the table's first cell and running past it.
    Transforms.select(editor, { anchor: Editor.start(editor, [3]), focus: Editor.start(editor, [4]) });
    Transforms.select(editor, { anchor: Editor.start(editor, [3]), focus: { path: [4, 0], offset: 1 } });
    editor.deleteFragment();
    expect(blocksOf(editor).some((b) => b.type === 'table')).toBe(false);
  });

  it('find and replace reach the text of any cell', () => {
    const { editor } = withTable(2, 2);
    Transforms.insertText(editor, '第一行', { at: Editor.start(editor, [3, 0, 0]) });
    Transforms.insertText(editor, '甲乙', { at: Editor.start(editor, [3, 1, 1]) });
    Transforms.select(editor, Editor.end(editor, [3, 1, 1]));
    editor.insertBreak();
    editor.insertText('乙丙');
    const matches = findMatches(blocksOf(editor), '乙');
    expect(matches).toHaveLength(2);
    editorCommands(editor).replaceText(matches, '丁');
    expect(cellTexts(editor)).toEqual([['第一行', ''], ['', '甲丁|丁丙']]);
  });

  it('the normalizer makes a broken table valid without losing text', () => {
    const editor = openEditor(document);
    const broken = { type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [{ text: '散字' }] }, { type: 'table-cell', colSpan: 2, children: [{ type: 'cell-paragraph', children: [{ text: '宽格' }] }] }] }, { type: 'table-row', children: [{ type: 'table-cell', vMerge: 'continue', children: [] }] }] };
    Transforms.insertNodes(editor, broken as unknown as Descendant, { at: [3] });
    const fixed = table(editor);
    expect(tableProblem(fixed)).toBeNull();
    expect(blockText(fixed)).toContain('散字');
    expect(blockText(fixed)).toContain('宽格');
  });

  it('pastes tab-separated lines as a table, and text into a cell as its text', () => {
    const editor = openEditor(document);
    Transforms.select(editor, Editor.start(editor, [3]));
    editor.insertTextData(data({ 'text/plain': '项目\t金额\n科研\t1.5亿元\n人才\t2000万元' }));
    expect(table(editor).children.map((row) => row.children.length)).toEqual([2, 2, 2]);
    expect(cellTexts(editor)[1]).toEqual(['科研', '1.5亿元']);
    Transforms.select(editor, Editor.end(editor, [3, 1, 1]));
    editor.insertTextData(data({ 'text/plain': '（另计）\n第二段' }));
    expect(cellTexts(editor)[1]![1]).toBe('1.5亿元（另计）|第二段');
    expect(blocksOf(editor)[3]!.type).toBe('table');
  });
});

function data(items: Record<string, string>): DataTransfer {
  return { getData: (type: string) => items[type] ?? '', types: Object.keys(items) } as unknown as DataTransfer;
}
