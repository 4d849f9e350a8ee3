import type { HostApi } from '../../core/host/host-channels.ts';
import { createElectronDrafts } from './electron-drafts.ts';
import type { Platform } from './platform.ts';

declare global {
  interface Window {
    /** Put there by the Electron preload (main/preload/preload.ts); absent in a plain browser. */
    gongwenHost?: HostApi;
  }
}

/**
 * Platform backed by the preload's `window.gongwenHost`; file access happens in main. `ready`
 * settles once what readDraft returns has arrived from main.
 */
export function createElectronPlatform(host: HostApi): Platform & { ready: Promise<void> } {
  // Drafts are crash-recovery files in main's user data folder (main/node/recovery.ts).
  const drafts = createElectronDrafts(host);
  return {
    kind: 'electron',
    ready: drafts.ready,
    openDocument: () => host.openDocument(),
    openRecent: (file) => host.openPath(file.path),
    saveDocument: (request) => host.saveDocument(request),
    saveDocumentAs: (request) => host.saveDocumentAs(request),
    saveExport: (request) => host.exportDocx(request),
    print: () => host.printDocument(),
    savePdf: (request) => host.exportPdf(request),
    listRecent: () => host.listRecent(),
    setTitle(state) {
      // A title that failed to update is not worth an error in the UI.
      host.setTitle(state).catch(() => undefined);
    },
    onMenuCommand: (listener) => host.onMenuCommand(listener),
    writeDraft: drafts.write,
    readDraft: drafts.read,
  };
}
