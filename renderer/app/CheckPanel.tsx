import { useEffect, useMemo, useState } from 'react';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import type { Block, DocumentMeta } from '../../core/model.ts';
import { checkSubmission, type Finding } from '../../core/submission-check.ts';
import { editorCommands } from '../editor/index.ts';

/** Typing re-checks the document this long after the last change, not on every keystroke. */
const RECHECK_MS = 400;

export interface SourceProblem {
  block: number;
  message: string;
}

interface Checked {
  blocks: readonly Block[];
  findings: Finding[];
}

function selectBlocks(editor: { children: unknown[] }): readonly Block[] {
  return editor.children as Block[];
}

function run(blocks: readonly Block[], meta: DocumentMeta, sourceProblems: readonly SourceProblem[] | undefined): Checked {
  const findings = checkSubmission({ meta, blocks: blocks as Block[] }, sourceProblems ? { numberingProblems: sourceProblems } : {});
  return { blocks, findings };
}

/**
 * 检查: what a reviewer would send the report back for (core/submission-check.ts), listed beside
 * the editor; a click puts the caret on the finding. `sourceProblems` are the numbering faults the
 * importer found in the source file, shown while the document is as imported.
 */
export function CheckPanel({ meta, sourceProblems }: { meta: DocumentMeta; sourceProblems?: readonly SourceProblem[] | undefined }) {
  const editor = useSlateStatic();
  const commands = useMemo(() => editorCommands(editor), [editor]);
  const blocks = useSlateSelector(selectBlocks);
  const [checked, setChecked] = useState(() => run(blocks, meta, sourceProblems));
  useEffect(() => {
    if (checked.blocks === blocks) return;
    const timer = setTimeout(() => setChecked(run(blocks, meta, sourceProblems)), RECHECK_MS);
    return () => clearTimeout(timer);
  }, [blocks, meta, sourceProblems, checked.blocks]);
  const { findings } = checked;
  const blocking = findings.filter((f) => f.severity === 'blocking').length;
  const warnings = findings.length - blocking;
  return (
    <aside className="gw-check" aria-label="检查" aria-busy={checked.blocks !== blocks}>
      <h2>检查</h2>
      <p className="gw-check-summary" aria-live="polite">
        {findings.length === 0 ? '没有发现问题，可以提交。' : `${blocking} 处必须修改，${warnings} 处建议检查`}
      </p>
      <ol>
        {findings.map((finding, i) => (
          <li key={i}>
            <button
              type="button"
              className="gw-check-entry"
              data-severity={finding.severity}
              data-code={finding.code}
              disabled={finding.block === undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => finding.block !== undefined && commands.focusText(finding.block, finding.start, finding.end)}
            >
              <span className="gw-check-severity">{finding.severity === 'blocking' ? '必须修改' : '建议检查'}</span>
              {finding.message}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
