// STUB — replaced by the editor implementation (keeps the exported signature).
import type { GongwenEditor } from './create-editor.ts';
import type { EditorCommands } from './index.ts';

export function editorCommands(editor: GongwenEditor): EditorCommands {
  const refuse = () => editor.gongwen.notify('尚未实现');
  return { setLevel: refuse, shift: refuse, moveSection: refuse, toggleRunIn: refuse, undo: () => editor.undo(), redo: () => editor.redo(), focusBlock: refuse };
}
