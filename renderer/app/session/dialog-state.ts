import type { GongwenDocument } from '../../../core/model.ts';
import type { Finding } from '../../../core/check/index.ts';
import type { OpenedFile } from '../../platform/platform.ts';
import type { Draft } from './draft.ts';
import type { ExportTarget } from './print-job.ts';
import type { ImportReport } from '../../../core/import/import-report.ts';

/** The one modal dialog the session is asking through, if any (renderer/app/dialogs/ draws it). */
export type DialogState =
  | { kind: 'new' }
  | { kind: 'import-report'; report: ImportReport; file: OpenedFile }
  | { kind: 'error'; title: string; message: string }
  | { kind: 'export-blockers'; findings: Finding[]; target: ExportTarget }
  | { kind: 'rollforward'; last: GongwenDocument; lastName: string }
  | { kind: 'draft'; draft: Draft }
  | { kind: 'confirm'; message: string; confirmLabel: string; onConfirm(): void; saveLabel?: string; onSave?(): void }
  | null;
