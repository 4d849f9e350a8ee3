import type { Editor } from 'slate';
import type { Block } from '../../core/model.ts';

/**
 * The editor's value as the document's blocks. Slate types the root's children as Descendant
 * (element or text), but the model is flat and the editor's normalizer keeps every root child a
 * Block, so the cast states an invariant rather than guessing.
 */
export function blocksOf(editor: Editor): Block[] {
  return editor.children as Block[];
}
