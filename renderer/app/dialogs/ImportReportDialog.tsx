import { useState } from 'react';
import type { ImportReport } from '../../../core/import/import-report.ts';
import { DialogActions } from './DialogActions.tsx';
import { Modal } from './Modal.tsx';

interface ImportReportDialogProps {
  report: ImportReport;
  /** fixPunctuation: the clerk asked for the half-width marks to be made full-width. */
  onClose(choice: { fixPunctuation: boolean }): void;
}

/** After an import: what was recognised, which numbering faults were repaired, what was dropped. */
export function ImportReportDialog({ report, onClose }: ImportReportDialogProps) {
  const [fixPunctuation, setFixPunctuation] = useState(report.halfWidthMarks > 0);
  const close = () => onClose({ fixPunctuation: fixPunctuation && report.halfWidthMarks > 0 });
  const source = report.kind === 'docx' ? 'Word 文档' : `文本文件${report.encoding ? `（${report.encoding} 编码）` : ''}`;
  return (
    <Modal label="导入结果" onCancel={close}>
      <h2>已导入「{report.fileName}」</h2>
      <p>
        从{source}识别出 {report.headings} 个标题、{report.paragraphs} 段正文，按「{report.templateName}」模板整理。序号已由系统重新生成。
      </p>
      {report.addedSections.length > 0 && (
        <p className="gw-import-added" role="note">
          原文没有模板的必需章节{report.addedSections.map((title) => `「${title}」`).join('')}，已按模板补上（灰色提示处填写内容后才能导出）。
        </p>
      )}
      {(report.banner || report.colophon) && (
        <section aria-label="版头和版记">
          <h3>识别出的版头和版记（可在版头、版记栏中修改）</h3>
          <ul className="gw-import-furniture">
            {report.banner && <li>版头：{report.banner}</li>}
            {report.colophon && <li>版记：{report.colophon}</li>}
          </ul>
        </section>
      )}
      {report.numberingProblems.length > 0 && (
        <section aria-label="原文编号问题">
          <h3>原文的编号问题（已按层级重新编号）</h3>
          <ul className="gw-import-problems">
            {report.numberingProblems.map((problem, i) => (
              <li key={i}>{problem.message}</li>
            ))}
          </ul>
        </section>
      )}
      {report.dropped.length > 0 && (
        <details className="gw-import-dropped">
          <summary>去掉了 {report.dropped.length} 行网页或文库的附加内容</summary>
          <ul>
            {report.dropped.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {report.halfWidthMarks > 0 && (
        <label className="gw-import-option">
          <input type="checkbox" checked={fixPunctuation} onChange={(event) => setFixPunctuation(event.target.checked)} />
          将中文之间的 {report.halfWidthMarks} 处半角标点（, : ; ( ) ? !）改为全角
        </label>
      )}
      <DialogActions primary={{ label: '开始编辑', onClick: close, autoFocus: true }} />
    </Modal>
  );
}
