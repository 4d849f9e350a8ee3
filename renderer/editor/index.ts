/**
 * The editor's public surface. The app (renderer/app) uses only what is exported here.
 *
 * CONTRACT (agreed between the editor and the app chrome; keep the signatures):
 * - createGongwenEditor(options) → a Slate editor (withReact + withHistory + our rules).
 *   One editor per open document; the app remounts <Slate key={docId} editor initialValue>.
 * - <DocumentEditable /> renders the page; it must sit inside <Slate>.
 * - commands.* act on the current selection and report refusals through options.notify.
 * - useLabels() gives the label of every block by index (undefined for non-headings),
 *   re-rendering its user when labels change; useCurrentBlock() the index of the block holding
 *   the caret (-1 without a selection); useHeadings() the outline's heading list.
 */
export type { EditorCommands, EditorOptions, NoticeAction, TableEdit, TextSpan } from './editor-contract.ts';
export { blocksOf } from './blocks.ts';
export { createGongwenEditor, type GongwenEditor } from './create-editor.ts';
export { DocumentEditable } from './DocumentEditable.tsx';
export { useLabels, useCurrentBlock, useHeadings } from './hooks.ts';
export type { HeadingEntry } from './heading-entry.ts';
export { editorCommands } from './commands.ts';
export { documentMeta, initDocumentMeta, setDocumentMeta, useDocumentMeta } from './document-meta.ts';
