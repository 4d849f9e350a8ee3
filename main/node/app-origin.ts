/**
 * The one origin the renderer is served from. Every trust decision in main (navigation, IPC
 * senders, network requests) is a comparison against it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gongwen';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Compares scheme and host rather than `URL.origin`: Node's URL gives the opaque origin "null"
 * for every non-special scheme, so `app://evil` and `app://gongwen` would compare equal there.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** Schemes the window may load anything from; everything else (http, file, ws, data…) is cancelled. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:']);

export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A blob: URL carries the origin of the page that made it; the CSP lets our page show its own.
  if (parsed.protocol === 'blob:') return isAppUrl(url.slice('blob:'.length));
  if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
  return ALLOWED_REQUEST_SCHEMES.has(parsed.protocol);
}
