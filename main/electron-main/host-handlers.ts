import type { DocumentService } from '../node/document-service.ts';
import type { ExportService } from '../node/export-service.ts';
import type { RecoveryStore } from '../node/recovery.ts';
import type { HostHandlers } from './ipc.ts';

export interface HostServices {
  documents: Pick<DocumentService, 'open' | 'openPath' | 'save' | 'saveAs' | 'listRecent'>;
  setTitle(state: { name: string; dirty: boolean }): void;
  /** 导出 Word. */
  exports: Pick<ExportService, 'exportDocx'>;
  /** Crash-recovery drafts. */
  recovery: Pick<RecoveryStore, 'write' | 'clear' | 'list' | 'discard'>;
}

/** Which service answers each method of the host API. */
export function hostHandlers(host: HostServices): HostHandlers {
  const { documents, recovery } = host;
  return {
    openDocument: () => documents.open(),
    openPath: (path) => documents.openPath(path),
    saveDocument: (request) => documents.save(request),
    saveDocumentAs: (request) => documents.saveAs(request),
    exportDocx: (request) => host.exports.exportDocx(request),
    listRecent: () => documents.listRecent(),
    setTitle: (state) => host.setTitle(state),
    writeRecovery: ({ id, text }) => recovery.write(id, text),
    clearRecovery: (id) => recovery.clear(id),
    listRecovery: () => recovery.list(),
    discardRecovery: (id) => recovery.discard(id),
  };
}
