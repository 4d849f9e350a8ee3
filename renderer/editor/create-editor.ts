import { createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withBreakRules } from './insert-break.ts';
import { withChunking } from './chunking.tsx';
import { withDeleteGuards } from './delete-guards.ts';
import { withOutlineRules } from './with-outline-rules.ts';
import { withAnnexList } from './with-annex-list.ts';
import { withOutlineStore } from './outline-store.ts';
import { withPaste } from './paste.ts';
import { withPlaceholderUnit } from './placeholder-unit.ts';
import { withTypedNumbers } from './typed-number-shortcut.ts';
import { withTables } from './with-tables.ts';
import type { GongwenEditor } from './slate-types.ts';
import type { EditorOptions } from './editor-contract.ts';

export type { GongwenEditor } from './slate-types.ts';

/**
 * One editor per open document. Plugin order: the outermost wrapper runs first, so the delete
 * guards (which turn an expanded selection into a guarded deleteFragment) see every insert
 * before the typed-number shortcut and the break rules do; the table guards, outside those, keep
 * deletions inside cells and a selection across cells from reaching them; the placeholder unit, outside them,
 * selects a placeholder before any of them inserts or deletes.
 */
export function createGongwenEditor(options: EditorOptions): GongwenEditor {
  const editor = withReact(withHistory(createEditor())) as GongwenEditor;
  editor.gongwen = options;
  withOutlineRules(editor);
  // Outside the outline rules: the 附件说明 follows the attachments once those rules hold.
  withAnnexList(editor);
  withPaste(editor);
  withBreakRules(editor);
  withTypedNumbers(editor);
  withDeleteGuards(editor);
  withTables(editor);
  withPlaceholderUnit(editor);
  withOutlineStore(editor);
  withChunking(editor);
  return editor;
}
