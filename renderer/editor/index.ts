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
import type { DocumentMeta, HeadingLevel } from '../../core/model.ts';
import type { Template } from '../../core/template.ts';

/** Characters start…end (UTF-16 offsets) of block `block`'s text. */
export interface TextSpan {
  block: number;
  start: number;
  end: number;
}

export interface EditorOptions {
  /** Read whenever the rules need them: the open document's template and metadata. */
  getContext(): { template?: Template | undefined; meta: DocumentMeta };
  /** Refusals and notices for the status line, in Chinese. */
  notify(message: string): void;
}

export { createGongwenEditor, type GongwenEditor } from './create-editor.ts';
export { DocumentEditable } from './DocumentEditable.tsx';
export { useLabels, useCurrentBlock, useHeadings } from './hooks.ts';
export type { HeadingEntry } from './heading-entry.ts';

export interface EditorCommands {
  setLevel(level: 0 | HeadingLevel): void;
  shift(delta: 1 | -1): void;
  moveSection(direction: -1 | 1): void;
  toggleRunIn(): void;
  /** Adds an empty name to the 附件说明 (after the last one, or after the body text) and puts the caret in it. */
  addAttachment(): void;
  undo(): void;
  redo(): void;
  /** Puts the caret at the start of block `index` and scrolls it into view. */
  focusBlock(index: number): void;
  /** Selects characters start…end of block `index` (the caret at start when end is absent). */
  focusText(index: number, start?: number, end?: number): void;
  /** Marks characters start…end of block `index` (the find bar's current match) and scrolls to them; null clears. */
  highlightText(span: TextSpan | null): void;
  /** Replaces each span's characters with `text`, as one undo step (spans in document order). */
  replaceText(spans: readonly TextSpan[], text: string): void;
  /** Replaces each span's characters with its own text, as one undo step (spans in document order, not overlapping). */
  replaceSpans(edits: readonly (TextSpan & { text: string })[]): void;
}
export { editorCommands } from './commands.ts';
