import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../build/build-electron.ts';
import { hostEvents, hostInvokes } from '../../../core/host/host-channels.ts';
import { useTempDirs } from '../helpers.ts';

// The preload as it ships: bundled by build/build-electron.ts, then run against a stand-in for
// 'electron' (the only module a sandboxed preload can load), to see what the page is given.
const tempDir = useTempDirs();
let code = '';

beforeAll(async () => {
  const { preload } = await buildElectron({ outDir: await tempDir() });
  code = await readFile(preload, 'utf8');
}, 60_000);

type Api = Record<string, (...args: unknown[]) => unknown>;

function runPreload(answer: (channel: string, args: unknown[]) => unknown = () => null) {
  const exposed = new Map<string, Api>();
  const invoked: [string, unknown[]][] = [];
  const channels = new Map<string, (event: unknown, payload: unknown) => void>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Api) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        invoked.push([channel, args]);
        return answer(channel, args);
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => channels.set(channel, listener),
    },
  };
  const require = (name: string) => {
    if (name !== 'electron') throw new Error(`the preload required ${name}`);
    return electron;
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  const send = (channel: string, payload: unknown) => channels.get(channel)!({}, payload);
  return { api: exposed.get('gongwenHost')!, exposedKeys: [...exposed.keys()], invoked, send };
}

describe('the preload', () => {
  it('puts one function per row of the channel table on window.gongwenHost, and nothing else', () => {
    const { api, exposedKeys } = runPreload();
    expect(exposedKeys).toEqual(['gongwenHost']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(hostInvokes), ...Object.keys(hostEvents)].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it("invokes each method's own channel with its arguments, and resolves with main's answer", async () => {
    const { api, invoked } = runPreload((channel) => ({ from: channel }));
    for (const [method, { channel }] of Object.entries(hostInvokes)) {
      await expect(api[method]!('first', 2)).resolves.toEqual({ from: channel });
      expect(invoked.at(-1)).toEqual([channel, ['first', 2]]);
    }
  });

  it("passes main's refusal on as its message alone, without Electron's prefix", async () => {
    const { api } = runPreload(() => {
      throw new Error("Error invoking remote method 'doc:openPath': Error: 只能打开在对话框中选择过的文件");
    });
    await expect(api.openPath!('/etc/passwd')).rejects.toThrow(/^只能打开在对话框中选择过的文件$/);
  });

  it('keeps a file opened before the page listens for its first listener; a menu command then is dropped', () => {
    const { api, send } = runPreload();
    const file = { name: '报告.gwdoc', text: '{}' };
    send(hostEvents.onOpenFile.channel, file);
    send(hostEvents.onMenuCommand.channel, 'file.save');
    const files: unknown[] = [];
    const commands: unknown[] = [];
    api.onOpenFile!((f: unknown) => files.push(f));
    const stop = api.onMenuCommand!((c: unknown) => commands.push(c)) as () => void;
    expect(files).toEqual([file]);
    expect(commands).toEqual([]);
    send(hostEvents.onMenuCommand.channel, 'file.open');
    stop();
    send(hostEvents.onMenuCommand.channel, 'file.new');
    expect(commands).toEqual(['file.open']);
  });

  it('carries the channel names only, not the schemas (zod stays in main)', () => {
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    expect(code.length).toBeLessThan(20_000);
  });
});
