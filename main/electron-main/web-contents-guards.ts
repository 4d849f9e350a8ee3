import type { App, WebContents } from 'electron';
import { isAppUrl } from '../node/app-origin.ts';

/**
 * Keeps every web contents on the app's own pages: no navigation or redirect elsewhere, no new
 * windows, no <webview>. Applied to each one as it is created, so none is missed.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function installWebContentsGuards(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
