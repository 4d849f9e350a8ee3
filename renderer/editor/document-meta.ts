import type { History } from 'slate-history';
import { useSlateSelector } from 'slate-react';
import type { DocumentMeta } from '../../core/model.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * The document's metadata (版头, 版记…) as the editor holds it while the document is open. Slate
 * cannot set properties on its root, so a change of meta is an undo step of no operations that
 * carries the meta before and after it: Ctrl+Z takes back a filled 签发人 in its turn among the
 * text edits, and new typing drops the redo of it as of any edit.
 */
interface MetaState {
  current: DocumentMeta;
  /** Told after every change (set, undone, redone): the session marks the document edited. */
  edited(): void;
}

type Batch = History['undos'][number];

interface MetaStep {
  before: DocumentMeta;
  after: DocumentMeta;
  /** Consecutive changes with the same key (typing into one field) are one undo step. */
  key: string | undefined;
}

const states = new WeakMap<GongwenEditor, MetaState>();
const steps = new WeakMap<Batch, MetaStep>();

/** The editor's meta as of now: what it was given, then every change made through setDocumentMeta. */
export function documentMeta(editor: GongwenEditor): DocumentMeta {
  return states.get(editor)?.current ?? editor.gongwen.getContext().meta;
}

function show(editor: GongwenEditor, state: MetaState, meta: DocumentMeta): void {
  state.current = meta;
  state.edited();
  // No operation: Slate's selectors (useDocumentMeta, the panels) re-read on its change event.
  editor.onChange();
}

/** Makes the editor the holder of `meta`, with undo and redo of its changes. Once per editor. */
export function initDocumentMeta(editor: GongwenEditor, meta: DocumentMeta, edited: () => void = () => undefined): void {
  const state: MetaState = { current: meta, edited };
  states.set(editor, state);
  const { undo, redo } = editor;
  editor.undo = () => {
    const step = lastStep(editor.history.undos);
    undo();
    if (step) show(editor, state, step.before);
  };
  editor.redo = () => {
    const step = lastStep(editor.history.redos);
    redo();
    if (step) show(editor, state, step.after);
  };
}

function lastStep(stack: readonly Batch[]): MetaStep | undefined {
  const batch = stack[stack.length - 1];
  return batch ? steps.get(batch) : undefined;
}

/** Changes the meta as one undo step; a change with the key of the step before it joins that step. */
export function setDocumentMeta(editor: GongwenEditor, meta: DocumentMeta, key?: string): void {
  const state = states.get(editor);
  if (!state || meta === state.current) return;
  const { undos } = editor.history;
  const last = lastStep(undos);
  if (last && key !== undefined && last.key === key) last.after = meta;
  else {
    const batch: Batch = { operations: [], selectionBefore: null };
    steps.set(batch, { before: state.current, after: meta, key });
    undos.push(batch);
  }
  editor.history.redos = [];
  show(editor, state, meta);
}

/**
 * Changes the meta within the undo step just made of text edits (a whole report pasted with its
 * 版头 and 版记): Ctrl+Z takes back both at once. Called after that step's operations.
 */
export function setDocumentMetaInStep(editor: GongwenEditor, meta: DocumentMeta): void {
  const state = states.get(editor);
  const batch = editor.history.undos[editor.history.undos.length - 1];
  if (!state || !batch || meta === state.current) return;
  const step = steps.get(batch);
  if (step) step.after = meta;
  else steps.set(batch, { before: state.current, after: meta, key: undefined });
  show(editor, state, meta);
}

/** The open document's meta, re-rendering its user when it changes. Inside <Slate>. */
export function useDocumentMeta(): DocumentMeta {
  return useSlateSelector(documentMeta);
}
