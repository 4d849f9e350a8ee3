import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostApi, HostChannelNames } from '../../core/host/host-channels.ts';

/**
 * The channel table of core/host/host-channels.ts without its schemas, written in here by
 * build/build-electron.ts when it bundles this file: the table itself is zod, and a sandboxed
 * preload can load nothing but 'electron' (nor should every window pay for zod at start).
 */
declare const HOST_CHANNELS: HostChannelNames;

/** Electron prefixes rejected invokes with "Error invoking remote method '…': Error: "; the user needs only the message. */
async function invoke(channel: string, args: unknown[]): Promise<unknown> {
  try {
    return await ipcRenderer.invoke(channel, ...args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, ''), { cause: error });
  }
}

type Listener = (payload: unknown) => void;

/**
 * The subscription to one main → renderer channel. It listens from the start, so a message
 * that must not be lost (a file double-clicked before React subscribed) is kept for the first
 * listener; others arriving while nobody listens are dropped.
 */
function subscription(channel: string, keepUntilListened: boolean): (listener: Listener) => () => void {
  const listeners = new Set<Listener>();
  const kept: unknown[] = [];
  ipcRenderer.on(channel, (_event: IpcRendererEvent, payload: unknown) => {
    if (listeners.size === 0 && keepUntilListened) kept.push(payload);
    for (const listener of listeners) listener(payload);
  });
  return (listener) => {
    listeners.add(listener);
    for (const payload of kept.splice(0)) listener(payload);
    return () => {
      listeners.delete(listener);
    };
  };
}

// One function per row of the table and nothing else: no raw ipcRenderer reaches the page.
const api = Object.fromEntries([
  ...Object.entries(HOST_CHANNELS.invoke).map(([method, channel]) => [method, (...args: unknown[]) => invoke(channel, args)]),
  ...Object.entries(HOST_CHANNELS.events).map(([event, { channel, keepUntilListened }]) => [event, subscription(channel, keepUntilListened)]),
]) as HostApi;

contextBridge.exposeInMainWorld('gongwenHost', api);
