/**
 * React DOM, before every commit, records the selection of the focused element so it can put it
 * back if the commit takes focus away. For a contenteditable it measures that selection by
 * walking every text node inside the element: for this editor, the whole report, on every
 * keystroke (about 1 ms at 200 pages, 4 ms at 1,000, and 11 ms for an IME commit, which commits
 * several times). The record is never used here: the editor's root stays mounted while it has
 * focus, and Slate, not React, owns the DOM selection.
 *
 * React decides to take the record by reading `element.contentEditable === 'true'` (and its
 * onSelect plugin, which this app does not use, reads the same). This gives the editor's root an
 * own `contentEditable` property that does not say 'true'; the attribute, `isContentEditable`,
 * editing, focus and the browser itself are untouched (React writes the attribute with
 * setAttribute, never through the property).
 */
const OPTED_OUT = 'inherit';

export function optOutOfReactSelectionRecord(root: HTMLElement): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');
  Object.defineProperty(root, 'contentEditable', {
    configurable: true,
    get: () => OPTED_OUT,
    set(value: string) {
      descriptor?.set?.call(root, value);
    },
  });
  return () => {
    delete (root as unknown as Record<string, unknown>).contentEditable;
  };
}
