import { z } from 'zod';
import { MAX_DRAFT_CHARS } from '../limits.ts';
import { exportRequest, filePath, menuCommand, openedFile, pdfRequest, recentFile, recoveredDraft, recoveryId, savedFile, saveRequest } from './ipc-contract.ts';

/**
 * Every IPC channel between the renderer and the Electron main process, declared once. Main
 * registers a handler for each row and validates what arrives and what it answers against the
 * row's schemas (main/electron-main/ipc.ts); the preload exposes one function per row and
 * nothing else (main/preload/preload.ts); `HostApi`, and through it the renderer's `Platform`,
 * is derived from the rows.
 *
 * Renderer → main: the host API's method, its channel, its arguments and what it resolves to.
 */
export const hostInvokes = {
  /** Asks for a document with the open dialog; null when cancelled. */
  openDocument: { channel: 'doc:open', args: z.tuple([]), result: openedFile.nullable() },
  /** A document the user opened or saved before, or one in 最近打开. */
  openPath: { channel: 'doc:openPath', args: z.tuple([filePath]), result: openedFile },
  /** Saves in place when the path was granted, else asks where; null when cancelled. */
  saveDocument: { channel: 'doc:save', args: z.tuple([saveRequest]), result: savedFile.nullable() },
  saveDocumentAs: { channel: 'doc:saveAs', args: z.tuple([saveRequest]), result: savedFile.nullable() },
  /** Asks where to put the .docx and writes it atomically; null when cancelled. */
  exportDocx: { channel: 'doc:exportDocx', args: z.tuple([exportRequest]), result: savedFile.nullable() },
  /**
   * 打印: the system print dialog for the page as it prints (its print view, mounted before the
   * call); false when the user cancelled.
   */
  printDocument: { channel: 'doc:print', args: z.tuple([]), result: z.boolean() },
  /** 导出 PDF: asks where, prints the page to PDF and writes it atomically; null when cancelled. */
  exportPdf: { channel: 'doc:exportPdf', args: z.tuple([pdfRequest]), result: savedFile.nullable() },
  listRecent: { channel: 'recent:list', args: z.tuple([]), result: z.array(recentFile) },
  setTitle: { channel: 'window:setTitle', args: z.tuple([z.object({ name: z.string().max(255), dirty: z.boolean() })]), result: z.void() },
  /** Keeps the page's unsaved work as draft `id` (written every few seconds while it changes). */
  writeRecovery: { channel: 'recovery:write', args: z.tuple([z.strictObject({ id: recoveryId, text: z.string().min(1).max(MAX_DRAFT_CHARS) })]), result: z.void() },
  /** The page's own draft is no longer needed: the document was saved or replaced. */
  clearRecovery: { channel: 'recovery:clear', args: z.tuple([recoveryId]), result: z.void() },
  /** Drafts left by a session that ended without saving, newest first. */
  listRecovery: { channel: 'recovery:list', args: z.tuple([]), result: z.array(recoveredDraft) },
  /** The user chose 丢弃 for a recovered draft. */
  discardRecovery: { channel: 'recovery:discard', args: z.tuple([recoveryId]), result: z.void() },
} as const;

/** Main → renderer: the host API's subscription, its channel and what each message carries. */
export const hostEvents = {
  /** A command from the application menu; the page owns the document and carries it out. */
  onMenuCommand: { channel: 'menu:command', payload: menuCommand, keepUntilListened: false },
  /**
   * A document opened from outside the page (最近打开 menu, a second launch, the OS). Files that
   * arrive before the page listens are kept and delivered to its first listener.
   */
  onOpenFile: { channel: 'doc:opened', payload: openedFile, keepUntilListened: true },
} as const;

type Invokes = typeof hostInvokes;
type Events = typeof hostEvents;
export type InvokeMethod = keyof Invokes;
export type InvokeChannel = Invokes[InvokeMethod]['channel'];
/** What main's handler receives, validated. */
export type InvokeArgs<M extends InvokeMethod> = z.output<Invokes[M]['args']>;
export type InvokeResult<M extends InvokeMethod> = z.output<Invokes[M]['result']>;
export type HostEvent = keyof Events;
export type EventPayload<E extends HostEvent> = z.output<Events[E]['payload']>;

/** What the preload puts on `window.gongwenHost`: one function per row of the tables above. */
export type HostApi = { [M in InvokeMethod]: (...args: z.input<Invokes[M]['args']>) => Promise<InvokeResult<M>> } & {
  [E in HostEvent]: (listener: (payload: EventPayload<E>) => void) => () => void;
};

/** The tables without their schemas: all the preload needs, and all it can load (no zod). */
export interface HostChannelNames {
  invoke: { [M in InvokeMethod]: Invokes[M]['channel'] };
  events: { [E in HostEvent]: { channel: Events[E]['channel']; keepUntilListened: boolean } };
}

export function hostChannelNames(): HostChannelNames {
  const invoke = Object.fromEntries(Object.entries(hostInvokes).map(([method, row]) => [method, row.channel]));
  const events = Object.fromEntries(Object.entries(hostEvents).map(([event, { channel, keepUntilListened }]) => [event, { channel, keepUntilListened }]));
  return { invoke, events } as HostChannelNames;
}
