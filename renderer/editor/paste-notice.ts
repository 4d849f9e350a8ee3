import { Editor, Node, Text, Transforms, type PathRef } from 'slate';
import { normalizePunctuation } from '../../core/import/punctuation.ts';
import { asUndoStep } from './block-transforms.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * What a paste did beyond inserting text, said in the status line: the web page's furniture it
 * left out (Ctrl+Z brings the page's text back whole), and the half-width marks standing in its
 * Chinese text, with the same choice 打开 offers (改为全角), applied to the pasted blocks only and
 * undoable on its own.
 */
export function tellPasted(editor: GongwenEditor, pasted: { dropped: readonly string[]; from: number; count: number; read?: readonly string[] }): void {
  const parts: string[] = [];
  if (pasted.read?.length) parts.push(`已识别${pasted.read.join('和')}，填入上方${pasted.read.join('、')}栏`);
  if (pasted.dropped.length > 0) parts.push(`已略去网页信息 ${pasted.dropped.length} 行（如「${shortQuote(pasted.dropped[0]!)}」），按 Ctrl+Z 可撤销粘贴`);
  const blocks = Array.from({ length: pasted.count }, (_, i) => pasted.from + i);
  // Counted as 改为全角 would change them: each mark of a bracket pair is one.
  const marks = blocks.reduce((sum, at) => sum + marksToFix(Node.string(editor.children[at]!)), 0);
  if (marks === 0) {
    if (parts.length) editor.gongwen.notify(parts.join('；'));
    return;
  }
  parts.push(`粘贴的文字中有 ${marks} 处半角标点（, : ; ( ) ? !）`);
  const refs = blocks.map((at) => Editor.pathRef(editor, [at]));
  editor.gongwen.notify(parts.join('；'), {
    label: '改为全角',
    run: () => {
      const count = toFullWidth(editor, refs);
      editor.gongwen.notify(count > 0 ? '已将粘贴文字中的半角标点改为全角（可撤销）' : '粘贴的段落已不在，未作修改');
    },
    // Path refs are kept up to date on every operation: none may outlive the notice.
    dispose: () => refs.forEach((ref) => ref.unref()),
  });
}

function marksToFix(text: string): number {
  const fixed = normalizePunctuation(text);
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== fixed[i]) count++;
  return count;
}

function shortQuote(line: string): string {
  const chars = [...line];
  return chars.length > 16 ? `${chars.slice(0, 16).join('')}…` : line;
}

/** Normalises the punctuation of the blocks still there; returns how many blocks changed. */
function toFullWidth(editor: GongwenEditor, refs: readonly PathRef[]): number {
  let changed = 0;
  asUndoStep(editor, () => {
    for (const ref of refs) {
      const path = ref.unref();
      if (!path) continue;
      const block = editor.children[path[0]!];
      if (!block) continue;
      const text = Node.string(block);
      const fixed = normalizePunctuation(text);
      if (fixed === text) continue;
      changed++;
      // The marks are replaced one code unit for one, so each leaf keeps its length and marks.
      let offset = 0;
      for (const [leaf, leafPath] of Node.texts(block)) {
        const end = offset + leaf.text.length;
        const replacement = fixed.slice(offset, end);
        if (replacement !== leaf.text && Text.isText(leaf)) {
          const at = [...path, ...leafPath];
          Transforms.insertText(editor, replacement, { at: { anchor: { path: at, offset: 0 }, focus: { path: at, offset: leaf.text.length } } });
        }
        offset = end;
      }
    }
  });
  return changed;
}
