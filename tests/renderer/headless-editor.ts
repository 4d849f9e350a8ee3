import { Editor, type Descendant } from 'slate';
import type { GongwenDocument } from '../../core/model.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import { createGongwenEditor, type GongwenEditor } from '../../renderer/editor/create-editor.ts';

/** The real Slate editor with our plugins, without a DOM, holding `document`; notices go to `notify`. */
export function openEditor(document: GongwenDocument, notify: (message: string) => void = () => undefined): GongwenEditor {
  const template = BUILTIN_TEMPLATES.find((t) => t.id === document.meta.template);
  const editor = createGongwenEditor({ getContext: () => ({ template, meta: document.meta }), notify });
  editor.children = structuredClone(document.blocks) as Descendant[];
  Editor.normalize(editor, { force: true });
  editor.history = { undos: [], redos: [] };
  return editor;
}

export { blocksOf } from '../../renderer/editor/blocks.ts';
