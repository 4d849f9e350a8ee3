import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { z } from 'zod';
import type { HostApi, InvokeChannel, invokeChannels, InvokeResults, MENU_COMMAND_CHANNEL, MenuCommand, OPEN_FILE_CHANNEL, OpenedFile } from '../../core/host/ipc-contract.ts';

// The contract is imported for its types only: a sandboxed preload can require nothing but
// 'electron', and the contract's runtime pulls in zod. The annotations below make the compiler
// check that these literals are the contract's channel names.
const MENU: typeof MENU_COMMAND_CHANNEL = 'menu:command';
const OPENED: typeof OPEN_FILE_CHANNEL = 'doc:opened';

/** Electron prefixes rejected invokes with "Error invoking remote method '…': Error: "; the user needs only the message. */
async function invoke<C extends InvokeChannel>(channel: C, ...args: z.input<(typeof invokeChannels)[C]>): Promise<InvokeResults[C]> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as InvokeResults[C];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, ''), { cause: error });
  }
}

// Files can arrive (double-click, second launch) before React has subscribed; keep them for
// the first listener instead of dropping them.
const openedBeforeListening: OpenedFile[] = [];
const openListeners = new Set<(file: OpenedFile) => void>();
ipcRenderer.on(OPENED, (_event: IpcRendererEvent, file: OpenedFile) => {
  if (openListeners.size === 0) openedBeforeListening.push(file);
  for (const listener of openListeners) listener(file);
});

const api: HostApi = {
  openDocument: () => invoke('doc:open'),
  openPath: (path) => invoke('doc:openPath', path),
  saveDocument: (request) => invoke('doc:save', request),
  saveDocumentAs: (request) => invoke('doc:saveAs', request),
  exportDocx: (request) => invoke('doc:exportDocx', request),
  listRecent: () => invoke('recent:list'),
  setTitle: (state) => invoke('window:setTitle', state),
  writeRecovery: (draft) => invoke('recovery:write', draft),
  clearRecovery: (id) => invoke('recovery:clear', id),
  listRecovery: () => invoke('recovery:list'),
  discardRecovery: (id) => invoke('recovery:discard', id),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU, forward);
    return () => {
      ipcRenderer.removeListener(MENU, forward);
    };
  },
  onOpenFile(listener) {
    openListeners.add(listener);
    for (const file of openedBeforeListening.splice(0)) listener(file);
    return () => {
      openListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('gongwenHost', api);
