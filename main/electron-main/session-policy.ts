import type { Session } from 'electron';
import { isAllowedRequestUrl } from '../node/app-origin.ts';

/**
 * The app needs no permission (camera, notifications, clipboard-read…) and no network: every
 * permission is refused and every request that is not for our own bundle is cancelled.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}
