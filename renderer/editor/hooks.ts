// STUB — replaced by the editor implementation (keeps the exported signatures).
import { useSlate } from 'slate-react';
import { computeLabels } from '../../core/numbering.ts';
import type { Block } from '../../core/model.ts';

export function useLabels(): readonly (string | undefined)[] {
  const editor = useSlate();
  return computeLabels(editor.children as Block[]);
}

export function useCurrentBlock(): number {
  const editor = useSlate();
  return editor.selection ? editor.selection.anchor.path[0]! : -1;
}
