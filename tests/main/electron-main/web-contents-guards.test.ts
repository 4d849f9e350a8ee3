import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { lockDownSession } from '../../../main/electron-main/session-policy.ts';
import { guardWebContents, installWebContentsGuards } from '../../../main/electron-main/web-contents-guards.ts';

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('web contents guards', () => {
  it.each(['will-navigate', 'will-redirect'])('%s stays on the app origin', (name) => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents);
    expect(fire(name, 'app://gongwen/index.html')).toBe(false);
    for (const url of ['https://example.com/', 'app://evil/index.html', 'app://gongwen.evil.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(fire(name, url), url).toBe(true);
    }
  });

  it('refuses webviews and new windows', () => {
    const { contents, fire, open } = fakeContents();
    guardWebContents(contents);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://gongwen/index.html')).toEqual({ action: 'deny' });
  });

  it('is applied to every web contents the app creates', () => {
    let created: ((event: unknown, contents: WebContents) => void) | undefined;
    const app = { on: (name: string, listener: typeof created) => name === 'web-contents-created' && (created = listener) } as unknown as App;
    installWebContentsGuards(app);
    const { contents, fire } = fakeContents();
    created!({}, contents);
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('session policy', () => {
  function fakeSession() {
    const handlers: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
      check?: (...args: unknown[]) => boolean;
      beforeRequest?: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
    } = {};
    const session = {
      setPermissionRequestHandler: (h: typeof handlers.request) => (handlers.request = h),
      setPermissionCheckHandler: (h: typeof handlers.check) => (handlers.check = h),
      webRequest: { onBeforeRequest: (h: typeof handlers.beforeRequest) => (handlers.beforeRequest = h) },
    };
    return { session: session as unknown as Session, handlers };
  }

  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    lockDownSession(session);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers.check!({}, permission, 'app://gongwen', {})).toBe(false);
    }
  });

  it('cancels every request that is not for the app bundle or devtools', () => {
    const { session, handlers } = fakeSession();
    lockDownSession(session);
    const cancelled = (url: string) => {
      let response: { cancel?: boolean } | undefined;
      handlers.beforeRequest!({ url }, (r) => (response = r));
      return response?.cancel;
    };
    expect(cancelled('app://gongwen/assets/index.js')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1/', 'file:///etc/passwd', 'wss://x/', 'app://evil/x.js']) expect(cancelled(url), url).toBe(true);
  });
});
