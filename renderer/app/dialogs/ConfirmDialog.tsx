import { Modal } from './Modal.tsx';

interface ConfirmDialogProps {
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before unsaved changes are thrown away by 新建 or 打开. */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Modal label="未保存的修改" onCancel={onCancel}>
      <h2>未保存的修改</h2>
      <p>{message}</p>
      <div className="gw-dialog-actions">
        <button type="button" className="gw-button" onClick={onCancel} autoFocus>
          取消
        </button>
        <button type="button" className="gw-button gw-button-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
