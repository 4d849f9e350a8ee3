import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { hostEvents, hostInvokes, type EventPayload, type HostEvent, type InvokeArgs, type InvokeMethod, type InvokeResult } from '../../core/host/host-channels.ts';
import { isAppUrl } from '../node/app-origin.ts';

/** The part of an invoke event main trusts: which frame sent it. */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** One handler for each method of the host API, given its arguments once they are validated. */
export type HostHandlers = { [M in InvokeMethod]: (...args: InvokeArgs<M>) => Promise<InvokeResult<M>> | InvokeResult<M> };

/** Why a sender is refused, or null when it is our own page's top frame. */
export function senderProblem(event: InvokeEvent): string | null {
  const frame = event.senderFrame;
  if (!frame) return '请求来自已关闭的页面，已拒绝';
  if (frame.parent !== null) return '请求来自子框架，已拒绝';
  if (!isAppUrl(frame.url)) return '请求来自非本程序的页面，已拒绝';
  return null;
}

function registerOne<M extends InvokeMethod>(ipcMain: Pick<IpcMain, 'handle'>, method: M, handler: HostHandlers[M]): void {
  const { channel, args, result } = hostInvokes[method];
  const run = handler as (...args: unknown[]) => unknown;
  ipcMain.handle(channel, async (event, ...payload: unknown[]) => {
    const problem = senderProblem(event);
    if (problem) throw new Error(problem);
    const parsed = args.safeParse(payload);
    if (!parsed.success) throw new Error(`请求内容无效（${channel}），已拒绝`);
    // A handler answering outside its schema is a bug in main; the page gets nothing of it.
    const answer = result.safeParse(await run(...parsed.data));
    if (!answer.success) throw new Error(`程序内部错误：${channel} 的结果无效`);
    return answer.data;
  });
}

/**
 * Registers a handler for every invoke channel of the table, the only way main handles IPC. A
 * request from anything but the app page's main frame, or with arguments that do not match the
 * channel's schema, is refused before the handler runs. Errors cross to the renderer as their
 * message only, so messages are written for the user.
 */
export function registerHostHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: HostHandlers): void {
  for (const method of Object.keys(hostInvokes) as InvokeMethod[]) registerOne(ipcMain, method, handlers[method]);
}

/** Sends the page one message of the table's main → renderer channels. */
export function sendToPage<E extends HostEvent>(contents: Pick<WebContents, 'send'>, event: E, payload: EventPayload<E>): void {
  contents.send(hostEvents[event].channel, payload);
}
