import { useCallback, useSyncExternalStore } from 'react';
import { useSlateStatic } from 'slate-react';
import type { Block } from '../../core/model.ts';
import type { HeadingEntry } from './heading-entry.ts';
import { outlineStore } from './outline-store.ts';

/** The label of every block by index (undefined for non-headings); re-renders only when labels change. */
export function useLabels(): readonly (string | undefined)[] {
  const store = outlineStore(useSlateStatic());
  return useSyncExternalStore(store.subscribeOutline, store.getLabels);
}

/** Every heading in document order; a new array only when a heading's position, level or sentence changes. */
export function useHeadings(): readonly HeadingEntry[] {
  const store = outlineStore(useSlateStatic());
  return useSyncExternalStore(store.subscribeOutline, store.getHeadings);
}

/** Index of the block holding the caret, -1 without a selection. */
export function useCurrentBlock(): number {
  const store = outlineStore(useSlateStatic());
  return useSyncExternalStore(store.subscribeCaret, store.getCurrentBlock);
}

/** One block's label and section hint, for its element. */
export function useBlockOutline(block: Block): { label: string | undefined; hint: string | undefined } {
  const store = outlineStore(useSlateStatic());
  const getLabel = useCallback(() => store.label(block), [store, block]);
  const getHint = useCallback(() => store.hint(block), [store, block]);
  const label = useSyncExternalStore(store.subscribeOutline, getLabel);
  const hint = useSyncExternalStore(store.subscribeOutline, getHint);
  return { label, hint };
}
