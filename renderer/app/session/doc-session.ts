import type { DocumentMeta, GongwenDocument } from '../../../core/model.ts';
import { blockText } from '../../../core/model.ts';
import { documentFileName } from '../../../core/file-name.ts';
import { findTemplate } from '../../../core/templates.ts';
import { blocksOf, createGongwenEditor, documentMeta, initDocumentMeta, type EditorOptions, type GongwenEditor } from '../../editor/index.ts';

/** One open document: its editor and where it lives. A new session means a new editor. */
export interface DocSession {
  /** Changes whenever another document is loaded, so <Slate> remounts (initialValue is read once). */
  docKey: number;
  editor: GongwenEditor;
  /** The value the editor started from; the live value is editor.children. */
  initialBlocks: GongwenDocument['blocks'];
  /** Name shown in the title bar; null until the document is saved or came from a file. */
  fileName: string | null;
  /** Where it was saved (Electron); absent in the browser or before the first save. */
  path?: string | undefined;
}

let lastKey = 0;

/** `metaEdited` hears of every change of the meta (the 版头 and 版记 forms, their undo and redo). */
export function createSession(document: GongwenDocument, file: { fileName: string | null; path?: string | undefined }, notify: EditorOptions['notify'], metaEdited?: () => void): DocSession {
  const template = findTemplate(document.meta.template);
  // The editor holds the meta from here on (document-meta.ts); the rules read it there.
  const editor: GongwenEditor = createGongwenEditor({ getContext: () => ({ template, meta: documentMeta(editor) }), notify });
  initDocumentMeta(editor, document.meta, metaEdited);
  return { docKey: ++lastKey, editor, initialBlocks: document.blocks, fileName: file.fileName, path: file.path };
}

export function sessionMeta(session: DocSession): DocumentMeta {
  return documentMeta(session.editor);
}

export function currentDocument(session: DocSession): GongwenDocument {
  return { meta: sessionMeta(session), blocks: blocksOf(session.editor) };
}

/** A file name from the document title, e.g. 宣城市科技局2023年工作要点.gwdoc. */
export function titleFileName(document: GongwenDocument): string {
  return documentFileName(document.blocks[0]?.type === 'title' ? blockText(document.blocks[0]) : '');
}

/** What to offer in the save dialog: the file's own name once it has one, else one from the title. */
export function suggestedName(session: DocSession): string {
  return session.fileName ?? titleFileName(currentDocument(session));
}

export function displayName(session: DocSession | null): string {
  if (!session) return '公文写作台';
  return session.fileName ?? '未命名文档';
}
