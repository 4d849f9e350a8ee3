import { DialogActions } from './DialogActions.tsx';
import { Modal } from './Modal.tsx';

interface MessageDialogProps {
  title: string;
  message: string;
  onClose(): void;
}

/** A refusal the clerk must read (a file that cannot be imported): one sentence and 确定. */
export function MessageDialog({ title, message, onClose }: MessageDialogProps) {
  return (
    <Modal label={title} onCancel={onClose}>
      <h2>{title}</h2>
      <p role="alert">{message}</p>
      <DialogActions primary={{ label: '确定', onClick: onClose, autoFocus: true }} />
    </Modal>
  );
}
