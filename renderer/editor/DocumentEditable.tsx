import { useCallback, useLayoutEffect, useState, type DragEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Editor, Range, type DecoratedRange, type NodeEntry, type Point } from 'slate';
import { HistoryEditor } from 'slate-history';
import { Editable, ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { renderChunk } from './chunking.tsx';
import { syncSelectionFromDom } from './dom-selection.ts';
import { handleKeyDown } from './key-bindings.ts';
import { optOutOfReactSelectionRecord } from './react-selection-opt-out.ts';
import { renderElement } from './render-element.tsx';
import { renderLeaf } from './render-leaf.tsx';
import { cellPlace } from './table-place.ts';
import { decorateRunIn } from './run-in-decorate.ts';
import { decoratePlaceholders } from './placeholder-decorate.ts';
import { holdWhilePointerDown, selectPlaceholderOnDoubleClick } from './placeholder-unit.ts';
import type { GongwenEditor } from './slate-types.ts';
import './editor.css';

// Module-level, so Editable sees the same function on every render (a new one re-decorates all).
function decorate(entry: NodeEntry): DecoratedRange[] {
  const runIn = decorateRunIn(entry);
  const placeholders = decoratePlaceholders(entry);
  return placeholders.length === 0 ? runIn : runIn.length === 0 ? placeholders : [...runIn, ...placeholders];
}

const loaded = new WeakSet<GongwenEditor>();

/** The page. Must sit inside <Slate>. */
export function DocumentEditable() {
  const editor = useSlateStatic();
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (!event.nativeEvent.isComposing) syncSelectionFromDom(editor);
      return handleKeyDown(editor, event);
    },
    [editor],
  );
  // Paste, copy and cut read the model selection (slate-react's own handlers); it must be the one shown.
  const syncFirst = useCallback(() => syncSelectionFromDom(editor), [editor]);
  const onDoubleClick = useCallback((event: MouseEvent<HTMLDivElement>) => selectPlaceholderOnDoubleClick(editor, event), [editor]);
  // Text is never dragged out of a table or dropped into one: the browser's move would glue the
  // text of several cells into one cell (in two undo steps). Copy and paste do it cell by cell.
  const onDragStart = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      syncSelectionFromDom(editor);
      const { selection } = editor;
      if (!selection || (!cellPlace(editor, selection.anchor) && !cellPlace(editor, selection.focus))) return false;
      event.preventDefault();
      editor.gongwen.notify('表格中的文字不能拖动，请用剪切、复制和粘贴');
      return true;
    },
    [editor],
  );
  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      let range: Range | null;
      try {
        range = ReactEditor.findEventRange(editor, event);
      } catch {
        // Not over the document's text (a margin): slate's own handling decides.
        return false;
      }
      if (!range || !cellPlace(editor, range.anchor)) return false;
      event.preventDefault();
      editor.gongwen.notify('不能把文字拖入表格，请用复制和粘贴');
      return true;
    },
    [editor],
  );

  useLayoutEffect(() => {
    if (loaded.has(editor)) return;
    loaded.add(editor);
    // A loaded document is brought into line once, in full; this is not an undoable edit.
    HistoryEditor.withoutSaving(editor, () => Editor.normalize(editor, { force: true }));
  }, [editor]);

  useLayoutEffect(() => optOutOfReactSelectionRecord(ReactEditor.toDOMNode(editor, editor)), [editor]);
  useLayoutEffect(() => holdWhilePointerDown(editor, ReactEditor.toDOMNode(editor, editor)), [editor]);

  return (
    <ComposingFrame>
      <Editable
        className="gw-page"
        disableDefaultStyles
        spellCheck={false}
        renderElement={renderElement}
        renderChunk={renderChunk}
        renderLeaf={renderLeaf}
        decorate={decorate}
        onKeyDown={onKeyDown}
        onPaste={syncFirst}
        onCopy={syncFirst}
        onCut={syncFirst}
        onDoubleClick={onDoubleClick}
        onDragStart={onDragStart}
        onDrop={onDrop}
        aria-label="公文正文"
      />
    </ComposingFrame>
  );
}

// In a table: block.row.cell:offset, so a test can tell which cell holds the caret.
const pointKey = (point: Point) => (point.path.length > 4 ? `${point.path.slice(0, 3).join('.')}:${point.offset}` : `${point.path[0]}:${point.offset}`);

/** The model selection as `block:offset` (or `a-b` when expanded): what tests wait on. */
function selectionKey(editor: Editor): string {
  const { selection } = editor;
  if (!selection) return '';
  return Range.isCollapsed(selection) ? pointKey(selection.anchor) : `${pointKey(selection.anchor)}-${pointKey(selection.focus)}`;
}

/**
 * Marks the frame while an IME composes so CSS hides section hints, and mirrors the model
 * selection in data-selection (slate-react syncs the DOM selection on a 100 ms throttle, so this
 * is the only reliable sign that the model caret arrived). Only this wrapper re-renders on those
 * changes; the Editable element passed in as children is the same object.
 */
function ComposingFrame({ children }: { children: ReactNode }) {
  // Not useComposing(): its context is provided inside <Editable>, below this frame.
  const [composing, setComposing] = useState(false);
  const selection = useSlateSelector(selectionKey);
  return (
    <div
      className="gw-editor"
      data-composing={composing ? 'true' : undefined}
      data-selection={selection}
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={() => setComposing(false)}
      onBlur={() => setComposing(false)}
    >
      {children}
    </div>
  );
}
