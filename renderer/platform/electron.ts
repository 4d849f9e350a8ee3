import type { HostApi } from '../../core/host/ipc-contract.ts';
import { createDraftStore } from './browser.ts';
import type { Platform } from './platform.ts';

declare global {
  interface Window {
    /** Put there by the Electron preload (main/preload.ts); absent in a plain browser. */
    gongwenHost?: HostApi;
  }
}

/** Platform backed by the preload's `window.gongwenHost`; file access happens in main. */
export function createElectronPlatform(host: HostApi): Platform {
  // The app:// origin has its own persistent localStorage, which is enough for one draft.
  const drafts = createDraftStore(() => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  });
  return {
    kind: 'electron',
    openDocument: () => host.openDocument(),
    openRecent: (file) => host.openPath(file.path),
    saveDocument: (request) => host.saveDocument(request),
    saveDocumentAs: (request) => host.saveDocumentAs(request),
    saveExport: (request) => host.exportDocx(request),
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
