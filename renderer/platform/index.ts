import type { OpenedFile } from '../../core/host/ipc-contract.ts';
import { createBrowserPlatform } from './browser.ts';
import { createElectronPlatform } from './electron.ts';
import type { Platform } from './platform.ts';

export type { Platform } from './platform.ts';

const host = window.gongwenHost;

const electron = host ? createElectronPlatform(host) : null;

/** The host the UI talks to: the Electron preload when present, else the browser fallback. */
export const platform: Platform = electron ?? createBrowserPlatform();

/**
 * Settles when the platform can answer readDraft, which the app calls while it first renders:
 * in Electron the drafts come from main over IPC; the browser's are in localStorage at once.
 */
export const platformReady: Promise<void> = electron ? electron.ready : Promise.resolve();

/**
 * Documents the host opened on the user's behalf outside the page: the 最近打开 menu, a
 * double-clicked .gwdoc, a second launch. Only Electron has these; in the browser it never fires.
 */
export function onOpenFile(listener: (file: OpenedFile) => void): () => void {
  return host ? host.onOpenFile(listener) : () => undefined;
}
