import { useEffect, useMemo, useState } from 'react';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import { blockText, type Block, type DocumentMeta } from '../../core/model.ts';
import { compatibleFixes } from '../../core/check/fixes.ts';
import { checkSubmission, type Finding, type TextFix } from '../../core/check/index.ts';
import { blocksOf, editorCommands, useDocumentMeta } from '../editor/index.ts';

/** Typing re-checks the document this long after the last change, not on every keystroke. */
const RECHECK_MS = 400;

export interface SourceProblem {
  block: number;
  message: string;
}

interface Checked {
  blocks: readonly Block[];
  meta: DocumentMeta;
  findings: Finding[];
}

function run(blocks: readonly Block[], meta: DocumentMeta, sourceProblems: readonly SourceProblem[] | undefined): Checked {
  const findings = checkSubmission({ meta, blocks: blocks as Block[] }, sourceProblems ? { numberingProblems: sourceProblems } : {});
  return { blocks, meta, findings };
}

/** What a fix button says: 改为「，」, 删去「。」, 填入「2023年7月5日」. */
function fixLabel(fix: TextFix, text: string): string {
  if (fix.text === '') return `删去「${text.slice(fix.start, fix.end)}」`;
  return fix.start === fix.end ? `填入「${fix.text}」` : `改为「${fix.text}」`;
}

/**
 * 检查: what a reviewer would send the report back for (core/check/), listed beside
 * the editor; a click puts the caret on the finding. Where the rule knows the correction (a
 * full-width mark, the standard date form, a closing mark to drop), 改正 makes it in the document,
 * as one undo step, where the clerk sees it: the printer never changes what the editor shows. `sourceProblems` are the numbering faults the
 * importer found in the source file, shown while the document is as imported.
 */
export function CheckPanel({ sourceProblems }: { sourceProblems?: readonly SourceProblem[] | undefined }) {
  const editor = useSlateStatic();
  const meta = useDocumentMeta();
  const commands = useMemo(() => editorCommands(editor), [editor]);
  const blocks = useSlateSelector(blocksOf);
  const [checked, setChecked] = useState(() => run(blocks, meta, sourceProblems));
  useEffect(() => {
    if (checked.blocks === blocks && checked.meta === meta) return;
    const timer = setTimeout(() => setChecked(run(blocks, meta, sourceProblems)), RECHECK_MS);
    return () => clearTimeout(timer);
  }, [blocks, meta, sourceProblems, checked.blocks, checked.meta]);
  const { findings } = checked;
  // Offsets hold for the text that was checked: a fix waits for the re-check after an edit.
  const current = checked.blocks === blocks;
  const blocking = findings.filter((f) => f.severity === 'blocking').length;
  const warnings = findings.length - blocking;
  const fixes = useMemo(() => compatibleFixes(findings), [findings]);
  return (
    <aside className="gw-check" aria-label="检查" aria-busy={checked.blocks !== blocks || checked.meta !== meta}>
      <h2>检查</h2>
      <p className="gw-check-summary" aria-live="polite">
        {findings.length === 0 ? '没有发现问题，可以提交。' : `${blocking} 处必须修改，${warnings} 处建议检查`}
      </p>
      {fixes.length > 1 && (
        <button type="button" className="gw-check-fix gw-check-fix-all" disabled={!current} onMouseDown={(event) => event.preventDefault()} onClick={() => commands.replaceSpans(fixes)}>
          全部改正（{fixes.length} 处，可撤销）
        </button>
      )}
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
            {finding.fix && finding.block !== undefined && (
              <button
                type="button"
                className="gw-check-fix"
                disabled={!current}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  const { block, fix } = finding as Required<Pick<Finding, 'block' | 'fix'>>;
                  commands.replaceSpans([{ block, ...fix }]);
                  commands.focusText(block, fix.start + fix.text.length);
                }}
              >
                改正：{fixLabel(finding.fix, blockText(checked.blocks[finding.block]!))}
              </button>
            )}
            {finding.listFix && (
              <button
                type="button"
                className="gw-check-fix"
                disabled={!current}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => commands.rewriteAttachmentList(finding.listFix!)}
              >
                改正：按附件列出附件说明（{finding.listFix.length} 项）
              </button>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
