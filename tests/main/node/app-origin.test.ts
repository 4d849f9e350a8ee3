import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedRequestUrl, isAppUrl } from '../../../main/node/app-origin.ts';

describe('isAppUrl', () => {
  it('accepts pages of the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://gongwen/assets/index.js?x=1#y')).toBe(true);
  });

  it('rejects other hosts of the same scheme, which Node would give the same "null" origin', () => {
    expect(new URL('app://evil/').origin).toBe(new URL(APP_ENTRY_URL).origin);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://gongwen.evil/index.html')).toBe(false);
    expect(isAppUrl('app://gongwen:8080/index.html')).toBe(false);
    expect(isAppUrl('app://user@gongwen/index.html')).toBe(false);
  });

  it('rejects prefixes and other schemes that a startsWith check would let through', () => {
    expect(isAppUrl('app://gongwenx/index.html')).toBe(false);
    expect(isAppUrl('https://gongwen/index.html')).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it('lets through the bundle, blobs our page made, and devtools only', () => {
    expect(isAllowedRequestUrl('app://gongwen/assets/a.woff2')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://gongwen/0b6e3c1a-6c1e-4a51-9d67-5f3f0f1f2a3b')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    for (const url of ['https://example.com/', 'http://127.0.0.1:5178/', 'file:///etc/passwd', 'ws://localhost/', 'data:text/html,hi', 'app://evil/x.js', 'blob:https://example.com/0b6e', 'blob:app://evil/0b6e', 'garbage']) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});
