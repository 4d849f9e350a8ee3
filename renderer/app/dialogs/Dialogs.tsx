import { editorCommands } from '../../editor/index.ts';
import type { FileActions } from '../session/file-actions.ts';
import type { SessionState, SessionStore } from '../session/session-store.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { DraftDialog } from './DraftDialog.tsx';
import { ExportBlockersDialog } from './ExportBlockersDialog.tsx';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import { MessageDialog } from './MessageDialog.tsx';
import { RollForwardDialog } from './RollForwardDialog.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';

interface DialogsProps {
  state: SessionState;
  store: SessionStore;
  files: FileActions;
}

/** The dialog the session is asking through (session/dialog-state.ts), answered back into the session. */
export function Dialogs({ state, store, files }: DialogsProps) {
  const { dialog, session } = state;
  switch (dialog?.kind) {
    case 'new':
      return (
        <TemplatePicker
          onCreate={(document) => files.createDocument(document)}
          onCancel={() => store.closeDialog()}
          onOpen={() => {
            // Still inside the click: the browser's file chooser needs that user gesture.
            store.closeDialog();
            void files.openFromHost();
          }}
          onRollForward={() => {
            store.closeDialog();
            void files.rollForwardFromHost();
          }}
        />
      );
    case 'draft':
      return <DraftDialog draft={dialog.draft} onRestore={() => store.restoreDraft(dialog.draft)} onDiscard={() => store.discardDraft()} />;
    case 'import-report':
      return (
        <ImportReportDialog
          report={dialog.report}
          onClose={({ fixPunctuation }) => {
            store.closeDialog();
            if (fixPunctuation) void files.reimportWithPunctuation(dialog.file);
          }}
        />
      );
    case 'rollforward':
      return (
        <RollForwardDialog
          last={dialog.last}
          lastName={dialog.lastName}
          onCancel={() => (session ? store.closeDialog() : store.showDialog({ kind: 'new' }))}
          onCreate={(document, placeholders) => files.createRolledForward(document, placeholders)}
        />
      );
    case 'export-blockers':
      return (
        <ExportBlockersDialog
          findings={dialog.findings}
          target={dialog.target}
          onExport={() => {
            store.closeDialog();
            void store.exportDocument(dialog.target);
          }}
          onFix={(finding) => {
            store.closeDialog();
            if (session && finding?.block !== undefined) editorCommands(session.editor).focusText(finding.block, finding.start, finding.end);
          }}
        />
      );
    case 'error':
      return <MessageDialog title={dialog.title} message={dialog.message} onClose={() => store.closeDialog()} />;
    case 'confirm':
      return <ConfirmDialog message={dialog.message} confirmLabel={dialog.confirmLabel} onConfirm={dialog.onConfirm} saveLabel={dialog.saveLabel} onSave={dialog.onSave} onCancel={() => store.closeDialog()} />;
    default:
      return null;
  }
}
