import { memo, useMemo, type CSSProperties } from 'react';
import { useSlateStatic } from 'slate-react';
import { editorCommands, useCurrentBlock, useHeadings, useLabels, type EditorCommands, type HeadingEntry } from '../editor/index.ts';
import { sectionOf } from './headings.ts';

/**
 * The heading tree at the left: labels and text, indented by level; a click jumps there. The
 * attachments follow the body, each title (附件N) heading its own headings.
 */
export function Outline() {
  const editor = useSlateStatic();
  const commands = useMemo(() => editorCommands(editor), [editor]);
  const headings = useHeadings();
  const labels = useLabels();
  const current = sectionOf(headings, useCurrentBlock());
  return (
    <nav className="gw-outline" aria-label="大纲">
      <h2>大纲</h2>
      {headings.length === 0 ? (
        <p className="gw-outline-empty">还没有标题</p>
      ) : (
        <ol>
          {groups(headings).map((group) => (
            <li key={group[0]!.index} role="none" className="gw-outline-group" style={{ '--gw-outline-entries': group.length } as CSSProperties}>
              <ol role="none">
                {group.map((entry) => (
                  <OutlineEntry key={entry.index} entry={entry} label={labels[entry.index]} current={entry === current} commands={commands} />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}

/** Entries per group the browser may skip while off screen (see app.css). */
const GROUP_SIZE = 50;

function groups(headings: readonly HeadingEntry[]): HeadingEntry[][] {
  const result: HeadingEntry[][] = [];
  for (let i = 0; i < headings.length; i += GROUP_SIZE) result.push(headings.slice(i, i + GROUP_SIZE));
  return result;
}

interface OutlineEntryProps {
  entry: HeadingEntry;
  label: string | undefined;
  current: boolean;
  commands: EditorCommands;
}

/** Memoised: a 1,000-page report has some 2,000 headings, and typing in one changes one entry. */
const OutlineEntry = memo(function OutlineEntry({ entry, label, current, commands }: OutlineEntryProps) {
  return (
    <li>
      <button
        type="button"
        className={`gw-outline-entry gw-outline-level-${entry.level}${entry.annex ? ' gw-outline-annex' : ''}`}
        aria-current={current ? 'location' : undefined}
        title={`${label ?? ''}${entry.text}`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => commands.focusBlock(entry.index)}
      >
        <span className="gw-outline-label">{label}</span>
        {entry.text || (entry.annex ? '（附件标题未填写）' : '（空标题）')}
      </button>
    </li>
  );
});
