import { DialogActions } from './DialogActions.tsx';
import { Modal } from './Modal.tsx';

interface ConfirmDialogProps {
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** 保存后打开 (新建, 继续): save the document first, then go on. */
  saveLabel?: string | undefined;
  onSave?: (() => void) | undefined;
}

/** Asks before unsaved changes are thrown away by 新建 or 打开. */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel, saveLabel, onSave }: ConfirmDialogProps) {
  return (
    <Modal label="未保存的修改" onCancel={onCancel}>
      <h2>未保存的修改</h2>
      <p>{message}</p>
      <DialogActions
        aside={
          onSave && (
            <button type="button" className="gw-button" onClick={onSave}>
              {saveLabel}
            </button>
          )
        }
        secondary={{ label: '取消', onClick: onCancel, autoFocus: true }}
        primary={{ label: confirmLabel, onClick: onConfirm }}
      />
    </Modal>
  );
}
