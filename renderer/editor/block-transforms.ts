import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { HeadingLevel } from '../../core/model.ts';
import type { GongwenEditor } from './slate-types.ts';

const inStep = new WeakSet<GongwenEditor>();

/**
 * Runs a structural edit as one undo step, normalized once at the end. An edit made of others
 * (a delete across a table and the text around it) stays one step: a nested call starts no batch.
 */
export function asUndoStep(editor: GongwenEditor, fn: () => void): void {
  if (inStep.has(editor)) return Editor.withoutNormalizing(editor, fn);
  inStep.add(editor);
  try {
    HistoryEditor.withNewBatch(editor, () => Editor.withoutNormalizing(editor, fn));
  } finally {
    inStep.delete(editor);
  }
}

/** Makes block `at` body text, dropping the heading-only properties. */
export function setBodyText(editor: GongwenEditor, at: number): void {
  Transforms.setNodes(editor, { type: 'paragraph' }, { at: [at] });
  Transforms.unsetNodes(editor, ['level', 'runIn', 'section'], { at: [at] });
}

/** Makes block `at` a heading of `level`; level 1 cannot be run-in. */
export function setHeading(editor: GongwenEditor, at: number, level: HeadingLevel): void {
  Transforms.setNodes(editor, { type: 'heading', level }, { at: [at] });
  if (level === 1) Transforms.unsetNodes(editor, ['runIn'], { at: [at] });
}
