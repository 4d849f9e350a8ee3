/**
 * The renderer's Content Security Policy, sent by the app:// protocol handler and by the web
 * server alike. Nothing remote, no inline script; fonts and images only from the bundle.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
