// STUB — replaced by the editor implementation (keeps the exported signature).
import { createEditor, type BaseEditor } from 'slate';
import { withReact, type ReactEditor } from 'slate-react';
import { withHistory, type HistoryEditor } from 'slate-history';
import type { Block, TextRun } from '../../core/model.ts';
import type { EditorOptions } from './index.ts';

export type GongwenEditor = BaseEditor & ReactEditor & HistoryEditor & { gongwen: EditorOptions };

declare module 'slate' {
  interface CustomTypes {
    Editor: GongwenEditor;
    Element: Block;
    Text: TextRun;
  }
}

export function createGongwenEditor(options: EditorOptions): GongwenEditor {
  const editor = withHistory(withReact(createEditor())) as GongwenEditor;
  editor.gongwen = options;
  return editor;
}
