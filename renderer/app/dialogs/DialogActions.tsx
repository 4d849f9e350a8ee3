import type { ReactNode } from 'react';

export interface DialogAction {
  label: string;
  /** Without it, the button submits the dialog's form (Enter in a field does the same). */
  onClick?: (() => void) | undefined;
  autoFocus?: boolean;
}

interface DialogActionsProps {
  /** The dialog's default action, drawn as the primary button at the right. */
  primary: DialogAction;
  /** The other way out (取消, 丢弃, 仍然导出), just left of it. */
  secondary?: DialogAction | undefined;
  /** Actions that lead somewhere else (打开或导入文件…), set apart at the left. */
  aside?: ReactNode;
}

function ActionButton({ action, primary }: { action: DialogAction; primary: boolean }) {
  return (
    <button type={action.onClick ? 'button' : 'submit'} className={primary ? 'gw-button gw-button-primary' : 'gw-button'} onClick={action.onClick} autoFocus={action.autoFocus}>
      {action.label}
    </button>
  );
}

/** The row of buttons at the foot of every dialog, in the order Windows dialogs use. */
export function DialogActions({ primary, secondary, aside }: DialogActionsProps) {
  return (
    <div className="gw-dialog-actions">
      {aside && <span className="gw-dialog-action-aside">{aside}</span>}
      {secondary && <ActionButton action={secondary} primary={false} />}
      <ActionButton action={primary} primary />
    </div>
  );
}
