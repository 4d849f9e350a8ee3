import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { invokeChannels, type InvokeChannel, type InvokeResults } from '../../core/host/ipc-contract.ts';
import { isAppUrl } from '../node/app-origin.ts';
import type { DocumentService } from '../node/document-service.ts';
import type { ExportService } from '../node/export-service.ts';
import type { RecoveryStore } from '../node/recovery.ts';

export type ChannelArgs<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]>;

/** The part of an invoke event the wrapper trusts: which frame sent it. */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export type ChannelHandler<C extends InvokeChannel> = (args: ChannelArgs<C>, event: InvokeEvent) => Promise<InvokeResults[C]> | InvokeResults[C];

export type Handle = <C extends InvokeChannel>(channel: C, handler: ChannelHandler<C>) => void;

/** Why a sender is refused, or null when it is our own page's top frame. */
export function senderProblem(event: InvokeEvent): string | null {
  const frame = event.senderFrame;
  if (!frame) return '请求来自已关闭的页面，已拒绝';
  if (frame.parent !== null) return '请求来自子框架，已拒绝';
  if (!isAppUrl(frame.url)) return '请求来自非本程序的页面，已拒绝';
  return null;
}

/**
 * The only way main registers an invoke handler. It refuses senders other than the app page's
 * main frame and payloads that do not match the channel's schema, before the handler runs.
 * Errors cross to the renderer as their message only, so messages are written for the user.
 */
export function createHandle(ipcMain: Pick<IpcMain, 'handle'>): Handle {
  return (channel, handler) => {
    const schema = invokeChannels[channel];
    ipcMain.handle(channel, async (event, ...payload: unknown[]) => {
      const problem = senderProblem(event);
      if (problem) throw new Error(problem);
      const parsed = schema.safeParse(payload);
      if (!parsed.success) throw new Error(`请求内容无效（${channel}），已拒绝`);
      return handler(parsed.data as ChannelArgs<typeof channel>, event);
    });
  };
}

export interface HostHandlers {
  documents: Pick<DocumentService, 'open' | 'openPath' | 'save' | 'saveAs' | 'listRecent'>;
  setTitle(state: { name: string; dirty: boolean }): void;
  /** 导出 Word. */
  exports: Pick<ExportService, 'exportDocx'>;
  /** Crash-recovery drafts. */
  recovery: Pick<RecoveryStore, 'write' | 'clear' | 'list' | 'discard'>;
}

/** Every invoke channel of the contract, each registered through `handle`. */
export function registerHostHandlers(handle: Handle, host: HostHandlers): void {
  const { documents } = host;
  handle('doc:open', () => documents.open());
  handle('doc:openPath', ([path]) => documents.openPath(path));
  handle('doc:save', ([request]) => documents.save(request));
  handle('doc:saveAs', ([request]) => documents.saveAs(request));
  handle('doc:exportDocx', ([request]) => host.exports.exportDocx(request));
  handle('recent:list', () => documents.listRecent());
  handle('window:setTitle', ([state]) => host.setTitle(state));
  handle('recovery:write', ([{ id, text }]) => host.recovery.write(id, text));
  handle('recovery:clear', ([id]) => host.recovery.clear(id));
  handle('recovery:list', () => host.recovery.list());
  handle('recovery:discard', ([id]) => host.recovery.discard(id));
}
