import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { inStep, listState } from '../../core/annex-list.ts';
import { annexSpans } from '../../core/annex-zone.ts';
import { blockText, textBlock, type Block } from '../../core/model.ts';
import { editorCommands } from '../../renderer/editor/commands.ts';
import { prng } from '../core/random-blocks.ts';
import { randomAnnexReport, reportWithAnnexes } from '../core/annex-docs.ts';
import { blocksOf, openEditor } from './headless-editor.ts';

const others = (blocks: readonly Block[]) => blocks.filter((b) => b.type !== 'attachment');
const endOf = (editor: Editor, at: number) => Editor.end(editor, [at]);

describe('the 附件说明 follows the attachments in the editor (with-annex-list.ts)', () => {
  it('a rename rewrites the line in the same undo step; undo and redo take both', () => {
    const notices: string[] = [];
    const editor = openEditor(reportWithAnnexes([{ title: '项目清单' }, { title: '资金表' }]), (m) => notices.push(m));
    const title = annexSpans(blocksOf(editor))[1]!.start;
    Transforms.insertText(editor, '明细', { at: endOf(editor, title) });
    expect(listState(blocksOf(editor))).toEqual({ titles: ['项目清单', '资金表明细'], lines: ['项目清单', '资金表明细'] });
    expect(notices.at(-1)).toContain('附件说明已随附件更新');
    editor.undo();
    expect(listState(blocksOf(editor))).toEqual({ titles: ['项目清单', '资金表'], lines: ['项目清单', '资金表'] });
    editor.redo();
    expect(listState(blocksOf(editor)).lines).toEqual(['项目清单', '资金表明细']);
    expect(editor.history.undos).toHaveLength(1);
  });

  it('Backspace at the start of a title joins nothing: the attachment and its list stay, the clerk is told', () => {
    const notices: string[] = [];
    const editor = openEditor(reportWithAnnexes([{ title: '项目清单' }, { title: '资金表' }]), (m) => notices.push(m));
    const before = structuredClone(blocksOf(editor));
    const title = annexSpans(blocksOf(editor))[1]!.start;
    Transforms.select(editor, Editor.start(editor, [title]));
    editor.deleteBackward('character');
    expect(blocksOf(editor)).toEqual(before);
    expect(editor.selection?.anchor.path[0]).toBe(title - 1);
    expect(notices.at(-1)).toContain('删除附件');
  });

  it('typing a title character by character is one undo step, the list’s edits included', async () => {
    const editor = openEditor(reportWithAnnexes([{ title: '项目' }]));
    // Each key press is its own change, as in the browser: Slate flushes the operations between them.
    const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
    Transforms.select(editor, endOf(editor, annexSpans(blocksOf(editor))[0]!.start));
    await flush();
    for (const char of '清单表') {
      editor.insertText(char);
      await flush();
    }
    expect(listState(blocksOf(editor))).toEqual({ titles: ['项目清单表'], lines: ['项目清单表'] });
    editor.deleteBackward('character');
    await flush();
    expect(listState(blocksOf(editor)).lines).toEqual(['项目清单']);
    editor.undo();
    expect(listState(blocksOf(editor))).toEqual({ titles: ['项目清单表'], lines: ['项目清单表'] });
    editor.undo();
    expect(listState(blocksOf(editor))).toEqual({ titles: ['项目'], lines: ['项目'] });
  });

  it('a list written differently is left as the clerk wrote it', () => {
    const editor = openEditor(reportWithAnnexes([{ title: '项目清单' }], ['另行报送的清单']));
    Transforms.insertText(editor, '汇总', { at: endOf(editor, annexSpans(blocksOf(editor))[0]!.start) });
    expect(listState(blocksOf(editor))).toEqual({ titles: ['项目清单汇总'], lines: ['另行报送的清单'] });
  });

  it('添加附件 and 删除附件: one undo step each, the list included', () => {
    const editor = openEditor(reportWithAnnexes([]));
    const commands = editorCommands(editor);
    const plain = structuredClone(blocksOf(editor));
    commands.addAnnex();
    expect(listState(blocksOf(editor))).toEqual({ titles: ['【请填写附件标题】'], lines: ['【请填写附件标题】'] });
    Transforms.select(editor, endOf(editor, blocksOf(editor).length - 1));
    commands.removeAnnex();
    expect(blocksOf(editor)).toEqual(plain);
    editor.undo();
    expect(listState(blocksOf(editor)).lines).toEqual(['【请填写附件标题】']);
    editor.undo();
    expect(blocksOf(editor)).toEqual(plain);
  });

  it('random reports and changes: the list stays in step where it was, and no other block changes', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = prng(seed * 13);
      const document = randomAnnexReport(seed);
      const editor = openEditor(document);
      const before = structuredClone(blocksOf(editor));
      const wasInStep = inStep(listState(before));
      const spans = annexSpans(before);
      // The same change on the array, for what every other block must look like after.
      let expected = before.slice();
      const kind = spans.length === 0 ? 'add' : (['add', 'remove', 'rename', 'reorder'] as const)[Math.floor(random() * 4)]!;
      Editor.withoutNormalizing(editor, () => {
        if (kind === 'add') {
          Transforms.insertNodes(editor, [textBlock('annex', '新附件'), textBlock('paragraph', '内容')], { at: [before.length] });
          expected.push(textBlock('annex', '新附件'), textBlock('paragraph', '内容'));
        } else {
          const span = spans[Math.floor(random() * spans.length)]!;
          if (kind === 'remove') {
            for (let i = span.end - 1; i >= span.start; i--) Transforms.removeNodes(editor, { at: [i] });
            expected.splice(span.start, span.end - span.start);
          } else if (kind === 'rename') {
            Transforms.insertText(editor, '新', { at: endOf(editor, span.start) });
            expected[span.start] = textBlock('annex', `${blockText(before[span.start]!)}新`);
          } else {
            const first = spans[0]!;
            const last = spans.at(-1)!;
            for (let k = 0; k < last.end - last.start; k++) Transforms.moveNodes(editor, { at: [last.start + k], to: [first.start + k] });
            expected = [...before.slice(0, first.start), ...before.slice(last.start, last.end), ...before.slice(first.start, last.start)];
          }
        }
      });
      const after = blocksOf(editor);
      expect(others(after), `seed ${seed} ${kind}`).toEqual(others(expected));
      const state = listState(after);
      if (wasInStep) expect(inStep(state), `seed ${seed} ${kind}`).toBe(true);
      else if (kind !== 'rename') expect(state.lines, `seed ${seed} ${kind}`).toEqual(listState(before).lines);
    }
  });
});
