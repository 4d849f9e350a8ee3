import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from './window-title.ts';

/** Electron's BrowserWindow class, or a stand-in that records the options in tests. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the main window. Every security-relevant preference is spelled out, even where it
 * matches Electron's default, so a default changing upstream cannot loosen it silently.
 *
 * The options are written as a literal inside `new BrowserWindow({...})` on purpose:
 * electronegativity (run by tests/main/electronegativity.test.ts) reads TypeScript without
 * following calls or variables, so options built elsewhere look to it like a window with no
 * contextIsolation or sandbox at all. The class comes in as a parameter, named like Electron's,
 * so the scanner recognises the call and the unit test needs no Electron.
 */
export function newMainWindow<W>(BrowserWindow: WindowConstructor<W>, paths: { preload: string; icon?: string }): W {
  return new BrowserWindow({
    title: APP_NAME,
    width: 1280,
    height: 900,
    minWidth: 760,
    minHeight: 560,
    show: false,
    backgroundColor: '#f3f1ec',
    ...(paths.icon ? { icon: paths.icon } : {}),
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click on a link would ask for a new window; the open handler denies it anyway,
      // and the editor has no use for the event, so the page never sees it.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker fetches dictionaries from Google and knows no Chinese anyway.
      spellcheck: false,
    },
  });
}
