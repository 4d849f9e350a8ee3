import { useCallback, useLayoutEffect, type KeyboardEvent, type ReactNode } from 'react';
import { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { Editable, useComposing, useSlateStatic } from 'slate-react';
import { handleKeyDown } from './key-bindings.ts';
import { renderElement } from './render-element.tsx';
import { renderLeaf } from './render-leaf.tsx';
import { decorateRunIn } from './run-in-decorate.ts';
import type { GongwenEditor } from './slate-types.ts';
import './editor.css';

const loaded = new WeakSet<GongwenEditor>();

/** The page. Must sit inside <Slate>. */
export function DocumentEditable() {
  const editor = useSlateStatic();
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => handleKeyDown(editor, event), [editor]);

  useLayoutEffect(() => {
    if (loaded.has(editor)) return;
    loaded.add(editor);
    // A loaded document is brought into line once, in full; this is not an undoable edit.
    HistoryEditor.withoutSaving(editor, () => Editor.normalize(editor, { force: true }));
  }, [editor]);

  return (
    <ComposingFrame>
      <Editable
        className="gw-page"
        disableDefaultStyles
        spellCheck={false}
        renderElement={renderElement}
        renderLeaf={renderLeaf}
        decorate={decorateRunIn}
        onKeyDown={onKeyDown}
        aria-label="公文正文"
      />
    </ComposingFrame>
  );
}

/**
 * Marks the frame while an IME composes so CSS hides section hints. Only this wrapper re-renders
 * on composition start/end; the Editable element passed in as children is the same object.
 */
function ComposingFrame({ children }: { children: ReactNode }) {
  const composing = useComposing();
  return (
    <div className="gw-editor" data-composing={composing ? 'true' : undefined}>
      {children}
    </div>
  );
}
