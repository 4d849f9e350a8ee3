import { blockText } from '../../../core/model.ts';
import type { Draft } from '../session/draft.ts';
import { DialogActions } from './DialogActions.tsx';
import { Modal } from './Modal.tsx';

interface DraftDialogProps {
  draft: Draft;
  onRestore(): void;
  onDiscard(): void;
}

function formatTime(iso: string | undefined): string | null {
  if (!iso) return null;
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return null;
  return time.toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Offered at start when the last session ended with unsaved work. */
export function DraftDialog({ draft, onRestore, onDiscard }: DraftDialogProps) {
  const first = draft.document.blocks[0];
  const title = first ? blockText(first).trim() : '';
  const savedAt = formatTime(draft.savedAt);
  return (
    <Modal label="恢复未保存的文档">
      <h2>恢复未保存的文档</h2>
      <p>
        上次关闭时，{draft.fileName ? `「${draft.fileName}」` : '一篇文档'}还有未保存的修改
        {savedAt ? `（最后编辑于 ${savedAt}）` : ''}。要恢复它吗？
      </p>
      {title && <p className="gw-draft-title">{title}</p>}
      <DialogActions secondary={{ label: '丢弃', onClick: onDiscard }} primary={{ label: '恢复', onClick: onRestore, autoFocus: true }} />
    </Modal>
  );
}
