import { useMemo } from 'react';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import { editorCommands, useCurrentBlock, useLabels } from '../editor/index.ts';
import { sameHeadings, sectionOf, selectHeadings } from './headings.ts';

/** The heading tree at the left: labels and text, indented by level; a click jumps there. */
export function Outline() {
  const editor = useSlateStatic();
  const commands = useMemo(() => editorCommands(editor), [editor]);
  const headings = useSlateSelector(selectHeadings, sameHeadings);
  const labels = useLabels();
  const current = sectionOf(headings, useCurrentBlock());
  return (
    <nav className="gw-outline" aria-label="大纲">
      <h2>大纲</h2>
      {headings.length === 0 ? (
        <p className="gw-outline-empty">还没有标题</p>
      ) : (
        <ol>
          {headings.map((entry) => (
            <li key={entry.index}>
              <button
                type="button"
                className={`gw-outline-entry gw-outline-level-${entry.level}`}
                aria-current={entry === current ? 'location' : undefined}
                title={`${labels[entry.index] ?? ''}${entry.text}`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => commands.focusBlock(entry.index)}
              >
                <span className="gw-outline-label">{labels[entry.index]}</span>
                {entry.text || '（空标题）'}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
