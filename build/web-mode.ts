import { spawn as nodeSpawn, type SpawnOptions } from 'node:child_process';

export interface Opener {
  command: string;
  args: string[];
}

/**
 * How to show `url` in the default browser, or null where there is nothing to show it on: a Linux
 * (or BSD) session without DISPLAY or WAYLAND_DISPLAY is a server or an ssh login.
 */
export function browserOpener(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Opener | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is cmd's own; its first quoted argument ('' is passed as "") is the window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

type Spawn = (command: string, args: string[], options: SpawnOptions) => { on(event: 'error', listener: (error: Error) => void): unknown; unref(): void };

/**
 * Opens `url` in the default browser when there is one; never fails: without an opener (no
 * xdg-open installed, no display) the address printed beside it is the way in.
 */
export function openInBrowser(url: string, options: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; spawn?: Spawn } = {}): Opener | null {
  const opener = browserOpener(url, options.platform, options.env);
  if (!opener) return null;
  const spawn: Spawn = options.spawn ?? nodeSpawn;
  try {
    const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true, env: options.env ?? process.env });
    child.on('error', () => {});
    child.unref();
  } catch {
    return null;
  }
  return opener;
}

/** The line that tells the user where the editor is, and how to stop it. */
export function webModeBanner(url: string): string {
  return `公文写作台（浏览器模式）: ${url}  (set PORT to change; Ctrl+C to stop)`;
}

/** Why a port could not be listened on, in the user's words. */
export function listenError(error: NodeJS.ErrnoException, port: number, command: string): string {
  return error.code === 'EADDRINUSE' ? `端口 ${port} 已被占用；换一个：PORT=${port + 1} ${command} / port ${port} is in use` : `无法启动：${error.message}`;
}
