import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from './window-title.ts';

/**
 * The main window's options. Every security-relevant preference is spelled out, even where it
 * matches Electron's default, so a default changing upstream cannot loosen it silently (and so
 * scanners such as electronegativity can see it).
 */
export function mainWindowOptions(paths: { preload: string; icon?: string }): BrowserWindowConstructorOptions {
  return {
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
      // Chromium's spellchecker fetches dictionaries from Google and knows no Chinese anyway.
      spellcheck: false,
    },
  };
}
