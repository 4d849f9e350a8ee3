import type { RenderLeafProps } from 'slate-react';

/** The heading sentence of a run-in heading is set in its level's font; the rest in body font. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  return (
    <span {...attributes} className={leaf.runInHead ? 'gw-run-in-head' : undefined}>
      {children}
    </span>
  );
}
