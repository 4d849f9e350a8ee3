import type { RenderLeafProps } from 'slate-react';

/**
 * The heading sentence of a run-in heading is set in its level's font; the rest in body font.
 * An unfilled placeholder is highlighted.
 */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  const className = [leaf.runInHead ? 'gw-run-in-head' : '', leaf.placeholder ? 'gw-placeholder' : ''].filter(Boolean).join(' ');
  return (
    <span {...attributes} className={className || undefined}>
      {children}
    </span>
  );
}
