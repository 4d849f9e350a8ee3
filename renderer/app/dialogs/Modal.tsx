import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  label: string;
  /** Escape closes the dialog only when there is somewhere to go back to. */
  onCancel?: (() => void) | undefined;
  children: ReactNode;
}

/**
 * A native modal <dialog>: showModal() makes the page behind it inert (no typing into the
 * document while a dialog is up), traps focus and gives role=dialog with aria-modal for free.
 */
export function Modal({ label, onCancel, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="gw-dialog"
      aria-label={label}
      onCancel={(event) => {
        // The browser would close the <dialog> itself; React state decides whether it stays.
        event.preventDefault();
        onCancel?.();
      }}
    >
      {children}
    </dialog>
  );
}
