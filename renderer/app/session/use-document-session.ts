import { useEffect, useState, useSyncExternalStore } from 'react';
import { onOpenFile, platform } from '../../platform/index.ts';
import { blocksOf } from '../../editor/index.ts';
import { exposeTestHook } from '../test-hook.ts';
import type { Notices } from '../use-notice.ts';
import { displayName, sessionMeta } from './doc-session.ts';
import { createFileActions, type FileActions } from './file-actions.ts';
import { SessionStore, type SessionState } from './session-store.ts';

export interface DocumentSession {
  store: SessionStore;
  state: SessionState;
  files: FileActions;
}

/**
 * The window's document session: one store for the window's life, its state as React state, and
 * what ties it to the window (the title, the draft flushed when the page goes away, files the host
 * opens on the user's behalf). `showCheck` must be stable: the store keeps the first one.
 */
export function useDocumentSession(notices: Notices, showCheck: () => void): DocumentSession {
  const [{ store, files }] = useState(() => {
    const created = new SessionStore({ host: platform, notify: notices.notify, edited: notices.edited });
    return { store: created, files: createFileActions(created, showCheck) };
  });
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);

  useEffect(() => {
    // Closing or reloading between two timer ticks must not lose the last seconds of typing.
    const flush = () => store.writeDraftNow();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      store.dispose();
    };
  }, [store]);

  // 最近打开, a double-clicked .gwdoc, a second launch: the host hands the file over.
  useEffect(() => onOpenFile((file) => files.openFromOutside(file)), [files]);

  const { session, dirty } = state;
  useEffect(() => {
    platform.setTitle({ name: displayName(session), dirty });
  }, [session, dirty]);

  useEffect(() => {
    exposeTestHook(session ? { blocks: () => blocksOf(session.editor), meta: () => sessionMeta(session) } : undefined);
  }, [session]);

  return { store, state, files };
}
