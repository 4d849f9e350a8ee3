import { BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL, OPEN_FILE_CHANNEL, type MenuCommand, type OpenedFile } from '../core/host/ipc-contract.ts';
import { APP_ENTRY_URL } from './app-origin.ts';
import { confirmDiscardChanges } from './dialogs.ts';
import { newMainWindow } from './window-options.ts';
import { windowTitle } from './window-title.ts';

export interface MainWindow {
  readonly window: BrowserWindow;
  setTitle(state: { name: string; dirty: boolean }): void;
  sendMenuCommand(command: MenuCommand): void;
  /** Delivered once the page has loaded; the preload holds it until the app listens. */
  sendOpenedFile(file: OpenedFile): void;
}

export function createMainWindow(paths: { preload: string; icon?: string }): MainWindow {
  const window = newMainWindow(BrowserWindow, paths);
  let dirty = false;
  let loaded = false;
  const pending: OpenedFile[] = [];

  // The title comes from window:setTitle; the page's <title> must not overwrite it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  // Without a first paint ready-to-show never fires; an error page is better than no window.
  window.webContents.once('did-fail-load', () => window.show());
  window.webContents.on('did-finish-load', () => {
    loaded = true;
    for (const file of pending.splice(0)) window.webContents.send(OPEN_FILE_CHANNEL, file);
  });
  window.on('close', (event) => {
    if (dirty && !confirmDiscardChanges(window)) event.preventDefault();
  });
  void window.loadURL(APP_ENTRY_URL);

  return {
    window,
    setTitle(state) {
      dirty = state.dirty;
      window.setTitle(windowTitle(state));
      if (process.platform === 'darwin') window.setDocumentEdited(state.dirty);
    },
    sendMenuCommand(command) {
      window.webContents.send(MENU_COMMAND_CHANNEL, command);
    },
    sendOpenedFile(file) {
      if (loaded) window.webContents.send(OPEN_FILE_CHANNEL, file);
      else pending.push(file);
    },
  };
}
