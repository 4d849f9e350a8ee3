import { BrowserWindow } from 'electron';
import type { MenuCommand, OpenedFile } from '../../core/host/ipc-contract.ts';
import { APP_ENTRY_URL } from '../node/app-origin.ts';
import { CloseGuard } from './close-guard.ts';
import { askSaveBeforeClose } from './dialogs.ts';
import { sendToPage } from './ipc.ts';
import { newMainWindow } from './window-options.ts';
import { windowTitle } from './window-title.ts';

export interface MainWindow {
  readonly window: BrowserWindow;
  setTitle(state: { name: string; dirty: boolean }): void;
  sendMenuCommand(command: MenuCommand): void;
  /** Delivered once the page has loaded; the preload holds it until the app listens. */
  sendOpenedFile(file: OpenedFile): void;
  /** Runs a save the page asked for, so closing with 保存 knows when it is done. */
  trackSave<T>(save: () => Promise<T | null>): Promise<T | null>;
}

export interface MainWindowOptions {
  preload: string;
  icon?: string;
  /**
   * After the window is gone: `clean` when the page closed normally (nothing unsaved, or saved,
   * or 不保存 chosen); false when its process had crashed, so its recovery draft must stay.
   */
  onClosed(clean: boolean): void;
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  const window = newMainWindow(BrowserWindow, options);
  let loaded = false;
  let clean = true;
  const pending: OpenedFile[] = [];
  const sendMenuCommand = (command: MenuCommand) => sendToPage(window.webContents, 'onMenuCommand', command);
  const guard = new CloseGuard({
    ask: (name) => askSaveBeforeClose(window, name),
    requestSave: () => sendMenuCommand('file.save'),
    closeWindow: () => window.close(),
  });

  // The title comes from window:setTitle; the page's <title> must not overwrite it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  // Without a first paint ready-to-show never fires; an error page is better than no window.
  window.webContents.once('did-fail-load', () => window.show());
  window.webContents.on('did-finish-load', () => {
    loaded = true;
    guard.setRendererGone(false);
    for (const file of pending.splice(0)) sendToPage(window.webContents, 'onOpenFile', file);
  });
  window.webContents.on('render-process-gone', () => {
    loaded = false;
    guard.setRendererGone(true);
  });
  window.on('close', (event) => {
    if (!guard.onClose()) {
      event.preventDefault();
      return;
    }
    clean = loaded;
  });
  window.on('closed', () => options.onClosed(clean));
  void window.loadURL(APP_ENTRY_URL);

  return {
    window,
    setTitle(state) {
      window.setTitle(windowTitle(state));
      if (process.platform === 'darwin') window.setDocumentEdited(state.dirty);
      // Last: a clean state may close the window (保存 chosen on close, and now saved).
      guard.setState(state);
    },
    sendMenuCommand,
    sendOpenedFile(file) {
      if (loaded) sendToPage(window.webContents, 'onOpenFile', file);
      else pending.push(file);
    },
    trackSave: (save) => guard.track(save),
  };
}
