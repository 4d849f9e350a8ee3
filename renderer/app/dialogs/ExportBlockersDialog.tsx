import { DialogActions } from './DialogActions.tsx';
import { Modal } from './Modal.tsx';
import { describeBlockers } from '../../../core/check/export-blockers.ts';
import type { Finding } from '../../../core/check/index.ts';
import { EXPORT_VERBS, type ExportTarget } from '../session/print-job.ts';

interface ExportBlockersDialogProps {
  /** core/check/export-blockers.ts: what 检查 calls blocking, placeholders among them; never empty. */
  findings: readonly Finding[];
  /** 导出 Word, 导出 PDF or 打印: the same list before each, in its own words. */
  target: ExportTarget;
  onExport(): void;
  /** Back to the document, the caret on the finding chosen; null when none has a place (缺少的章节). */
  onFix(finding: Finding | null): void;
}

const SHOWN = 50;

/**
 * Before 导出 Word, 导出 PDF or 打印 while 检查 finds anything blocking: lists it (unfilled
 * placeholders included); the clerk goes back to the first (or a chosen) one, or goes on anyway.
 */
export function ExportBlockersDialog({ findings, target, onExport, onFix }: ExportBlockersDialogProps) {
  const { verb } = EXPORT_VERBS[target];
  const back = () => onFix(findings.find((finding) => finding.block !== undefined) ?? null);
  return (
    <Modal label={`${verb}前还有必须修改的内容`} onCancel={back}>
      <h2>{describeBlockers(findings)}</h2>
      <p>
        检查发现以下问题，报送前必须修改。仍然{verb}的{target === 'print' ? '页面' : '文档'}会原样保留它们（待填的占位符照样印出）。
      </p>
      <ol className="gw-export-blockers">
        {findings.slice(0, SHOWN).map((finding, i) => (
          <li key={i}>
            {finding.block === undefined ? (
              finding.message
            ) : (
              <button type="button" className="gw-link-button" data-code={finding.code} onClick={() => onFix(finding)}>
                {finding.message}
              </button>
            )}
          </li>
        ))}
        {findings.length > SHOWN && <li>……另有 {findings.length - SHOWN} 处</li>}
      </ol>
      <DialogActions secondary={{ label: `仍然${verb}`, onClick: onExport }} primary={{ label: '返回修改', onClick: back, autoFocus: true }} />
    </Modal>
  );
}
