import { Modal } from './Modal.tsx';
import type { OpenPlaceholder } from '../../core/open-placeholders.ts';

interface PlaceholderWarningProps {
  placeholders: readonly OpenPlaceholder[];
  onExport(): void;
  /** Back to the document, the caret on the placeholder chosen (or the first). */
  onFill(placeholder: OpenPlaceholder): void;
}

const SHOWN = 50;

/** Before 导出 Word while holes remain: lists them; the clerk fills them or exports anyway. */
export function PlaceholderWarning({ placeholders, onExport, onFill }: PlaceholderWarningProps) {
  return (
    <Modal label="还有待填内容" onCancel={() => onFill(placeholders[0]!)}>
      <h2>还有 {placeholders.length} 处待填内容</h2>
      <p>以下位置仍是占位符（{'【\u3000】'}或 x），导出的文档会原样保留它们。</p>
      <ol className="gw-placeholder-list">
        {placeholders.slice(0, SHOWN).map((placeholder, i) => (
          <li key={i}>
            <button type="button" className="gw-link-button" onClick={() => onFill(placeholder)}>
              第 {placeholder.block + 1} 段「{placeholder.context}」
            </button>
          </li>
        ))}
        {placeholders.length > SHOWN && <li>……另有 {placeholders.length - SHOWN} 处</li>}
      </ol>
      <div className="gw-dialog-actions">
        <button type="button" className="gw-button" onClick={onExport}>
          仍然导出
        </button>
        <button type="button" className="gw-button gw-button-primary" onClick={() => onFill(placeholders[0]!)} autoFocus>
          返回填写
        </button>
      </div>
    </Modal>
  );
}
