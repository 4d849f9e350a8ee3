import type { PdfRequest, SavedFile } from '../../core/host/ipc-contract.ts';
import type { DocumentService } from '../node/document-service.ts';
import type { ExportService } from '../node/export-service.ts';
import type { RecoveryStore } from '../node/recovery.ts';
import type { HostHandlers } from './ipc.ts';

export interface HostServices {
  documents: Pick<DocumentService, 'open' | 'openPath' | 'save' | 'saveAs' | 'listRecent'>;
  setTitle(state: { name: string; dirty: boolean }): void;
  /** 导出 Word and 导出 PDF: the PDF printed from the window's own page. */
  exports: Pick<ExportService, 'exportDocx'> & { exportPdf(request: PdfRequest): Promise<SavedFile | null> };
  /** 打印 the window's page; false when the user cancelled. */
  print(): Promise<boolean>;
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
    exportPdf: (request) => host.exports.exportPdf(request),
    printDocument: () => host.print(),
    listRecent: () => documents.listRecent(),
    setTitle: (state) => host.setTitle(state),
    writeRecovery: ({ id, text }) => recovery.write(id, text),
    clearRecovery: (id) => recovery.clear(id),
    listRecovery: () => recovery.list(),
    discardRecovery: (id) => recovery.discard(id),
  };
}
