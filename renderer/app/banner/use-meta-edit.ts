import type { KeyboardEvent } from 'react';
import { useSlateStatic } from 'slate-react';
import type { Banner, Colophon, DocumentMeta } from '../../../core/model.ts';
import { setDocumentMeta, useDocumentMeta } from '../../editor/index.ts';

export interface MetaEdit {
  meta: DocumentMeta;
  /** Changes the 版头 (there must be one); `key` names the field, so typing in it is one undo step. */
  banner(patch: Partial<Banner>, key?: string): void;
  colophon(patch: Partial<Colophon>, key?: string): void;
  set(meta: DocumentMeta): void;
  /** Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) in a field: the document's undo, not the field's own. */
  onKeyDown(event: KeyboardEvent): void;
}

/** The 版头 and 版记 forms' edits: through the editor, as undo steps among the text edits. */
export function useMetaEdit(): MetaEdit {
  const editor = useSlateStatic();
  const meta = useDocumentMeta();
  return {
    meta,
    banner: (patch, key) => meta.banner && setDocumentMeta(editor, { ...meta, banner: { ...meta.banner, ...patch } }, key && `banner.${key}`),
    colophon: (patch, key) => meta.colophon && setDocumentMeta(editor, { ...meta, colophon: { ...meta.colophon, ...patch } }, key && `colophon.${key}`),
    set: (next) => setDocumentMeta(editor, next),
    onKeyDown: (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.nativeEvent.isComposing) return;
      const key = event.key.toLowerCase();
      const redo = key === 'y' || (key === 'z' && event.shiftKey);
      if (key !== 'z' && !redo) return;
      event.preventDefault();
      if (redo) editor.redo();
      else editor.undo();
    },
  };
}
