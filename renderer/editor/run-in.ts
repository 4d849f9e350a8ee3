import { Editor, Transforms } from 'slate';
import { blockText, isHeading } from '../../core/model.ts';
import { splitRunIn } from '../../core/run-in.ts';
import { asUndoStep, setBodyText } from './block-transforms.ts';
import type { GongwenEditor } from './slate-types.ts';
import { blockAt } from './blocks.ts';

/** The end of the heading sentence of a run-in heading: through its first 。, else the whole text. */
export function runInHeadEnd(text: string): number {
  return splitRunIn(text).heading.length;
}

/**
 * Run-in ⇄ standalone for a level 2–4 heading. Standalone → run-in: a heading that is only a
 * heading sentence gets its 。 and pulls up the body paragraph after it. Run-in → standalone: the
 * body after the first 。 moves to a paragraph of its own and the heading drops the 。, so a round
 * trip gives back the same text.
 */
export function toggleRunIn(editor: GongwenEditor, at: number): void {
  const block = blockAt(editor, at);
  if (!isHeading(block) || block.level === 1) return editor.gongwen.notify('只有二、三、四级标题可以设为段首标题');
  if (block.section !== undefined) return editor.gongwen.notify('模板规定的必需章节不能作段首标题');
  const text = blockText(block);
  const headEnd = runInHeadEnd(text);
  const stop = text[headEnd - 1] === '。' ? headEnd - 1 : -1;

  if (block.runIn) {
    asUndoStep(editor, () => {
      Transforms.unsetNodes(editor, ['runIn'], { at: [at] });
      if (stop < 0) return;
      const afterStop = { path: [at, 0], offset: stop + 1 };
      if (stop + 1 < text.length) {
        Transforms.splitNodes(editor, { at: afterStop, always: true });
        setBodyText(editor, at + 1);
      }
      Transforms.delete(editor, { at: { anchor: { path: [at, 0], offset: stop }, focus: { path: [at, 0], offset: stop + 1 } } });
    });
    return;
  }

  asUndoStep(editor, () => {
    Transforms.setNodes(editor, { runIn: true }, { at: [at] });
    if (stop >= 0) return;
    Transforms.insertText(editor, '。', { at: Editor.end(editor, [at]) });
    if (blockAt(editor, at + 1)?.type === 'paragraph') Transforms.mergeNodes(editor, { at: [at + 1] });
  });
}
