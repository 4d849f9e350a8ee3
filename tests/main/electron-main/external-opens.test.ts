import { describe, expect, it, vi } from 'vitest';
import { ExternalOpens, type ExternalOpenTarget } from '../../../main/electron-main/external-opens.ts';

function target(open: (path: string) => Promise<void> = async () => undefined) {
  return { focus: vi.fn(), open: vi.fn(open) } satisfies ExternalOpenTarget;
}

describe('ExternalOpens', () => {
  it('keeps a file named before the window exists and opens it when the window attaches', () => {
    const opens = new ExternalOpens(vi.fn());
    opens.request('/d/a.gwdoc');
    const window = target();
    opens.attach(window);
    expect(window.open).toHaveBeenCalledExactlyOnceWith('/d/a.gwdoc');
    expect(window.focus).toHaveBeenCalled();
  });

  it('opens only the last of several files named before the window (it shows one document)', () => {
    const opens = new ExternalOpens(vi.fn());
    opens.request('/d/a.gwdoc');
    opens.secondLaunch('/d/b.gwdoc');
    const window = target();
    opens.attach(window);
    expect(window.open.mock.calls).toEqual([['/d/b.gwdoc']]);
  });

  it('brings the window forward and opens the file of a second launch', () => {
    const opens = new ExternalOpens(vi.fn());
    const window = target();
    opens.attach(window);
    opens.secondLaunch('/d/c.gwdoc');
    expect(window.focus).toHaveBeenCalledOnce();
    expect(window.open).toHaveBeenCalledExactlyOnceWith('/d/c.gwdoc');
  });

  it('only brings the window forward for a second launch without a file', () => {
    const opens = new ExternalOpens(vi.fn());
    const window = target();
    opens.attach(window);
    opens.secondLaunch(null);
    expect(window.focus).toHaveBeenCalledOnce();
    expect(window.open).not.toHaveBeenCalled();
  });

  it('reports a file that cannot be opened, with its path', async () => {
    const onError = vi.fn();
    const opens = new ExternalOpens(onError);
    const failure = new Error('无法打开「a.gwdoc」：文件或文件夹不存在');
    opens.attach(target(async () => Promise.reject(failure)));
    opens.request('/d/a.gwdoc');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledExactlyOnceWith('/d/a.gwdoc', failure));
  });

  it('waits again after the window is gone', () => {
    const opens = new ExternalOpens(vi.fn());
    const first = target();
    opens.attach(first);
    opens.detach();
    opens.request('/d/a.gwdoc');
    expect(first.open).not.toHaveBeenCalled();
    const second = target();
    opens.attach(second);
    expect(second.open).toHaveBeenCalledExactlyOnceWith('/d/a.gwdoc');
  });
});
