import { describe, expect, it, vi } from 'vitest';
import { CLOSE_BUTTONS, CLOSE_CANCEL_INDEX, closeChoiceFromButton, CloseGuard, type CloseChoice } from '../../../main/electron-main/close-guard.ts';

function guard(choice: CloseChoice = 'save') {
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
  const options = {
    ask: vi.fn((_name: string) => choice),
    requestSave: vi.fn(),
    closeWindow: vi.fn(),
    setTimer: (callback: () => void, ms: number) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  };
  const fire = () => timers.filter((t) => !t.cleared).forEach((t) => t.callback());
  return { guard: new CloseGuard(options), options, timers, fire };
}

describe('the close question', () => {
  it('has the buttons 保存 / 不保存 / 取消, Esc meaning 取消', () => {
    expect(CLOSE_BUTTONS).toEqual(['保存', '不保存', '取消']);
    expect([0, 1, 2, CLOSE_CANCEL_INDEX].map(closeChoiceFromButton)).toEqual(['save', 'discard', 'cancel', 'cancel']);
  });
});

describe('CloseGuard', () => {
  it('closes a clean window without asking', () => {
    const { guard: g, options } = guard();
    g.setState({ name: '报告.gwdoc', dirty: false });
    expect(g.onClose()).toBe(true);
    expect(options.ask).not.toHaveBeenCalled();
  });

  it('asks about a dirty window, naming the document; 不保存 closes, 取消 stays', () => {
    const discard = guard('discard');
    discard.guard.setState({ name: '上半年总结.gwdoc', dirty: true });
    expect(discard.guard.onClose()).toBe(true);
    expect(discard.options.ask).toHaveBeenCalledExactlyOnceWith('上半年总结.gwdoc');

    const cancel = guard('cancel');
    cancel.guard.setState({ name: '报告', dirty: true });
    expect(cancel.guard.onClose()).toBe(false);
    expect(cancel.options.requestSave).not.toHaveBeenCalled();
    // And asks again at the next close.
    expect(cancel.guard.onClose()).toBe(false);
    expect(cancel.options.ask).toHaveBeenCalledTimes(2);
  });

  it('保存: asks the page to save, then closes once the file is written and the page is clean', async () => {
    const { guard: g, options } = guard('save');
    g.setState({ name: '报告', dirty: true });
    expect(g.onClose()).toBe(false);
    expect(options.requestSave).toHaveBeenCalledOnce();
    // The page's doc:save, through a save dialog.
    await g.track(async () => ({ path: '/d/报告.gwdoc', name: '报告.gwdoc' }));
    expect(options.closeWindow).not.toHaveBeenCalled();
    g.setState({ name: '报告.gwdoc', dirty: false });
    expect(options.closeWindow).toHaveBeenCalledOnce();
    // The close that follows goes ahead without a second question.
    expect(g.onClose()).toBe(true);
    expect(options.ask).toHaveBeenCalledOnce();
  });

  it('保存 then a cancelled save dialog: the window stays, and a later save does not close it', async () => {
    const { guard: g, options } = guard('save');
    g.setState({ name: '报告', dirty: true });
    g.onClose();
    await g.track(async () => null);
    await g.track(async () => ({ name: 'x.gwdoc' }));
    g.setState({ name: 'x.gwdoc', dirty: false });
    expect(options.closeWindow).not.toHaveBeenCalled();
  });

  it('保存 then a failed save: the window stays open and dirty, the error reaches the page', async () => {
    const { guard: g, options } = guard('save');
    g.setState({ name: '报告', dirty: true });
    g.onClose();
    await expect(g.track(async () => Promise.reject(new Error('保存「报告.gwdoc」失败：磁盘空间不足。')))).rejects.toThrow('磁盘空间不足');
    g.setState({ name: '报告', dirty: false });
    expect(options.closeWindow).not.toHaveBeenCalled();
  });

  it('drops the close when the page never starts the save (a dialog of its own is open)', async () => {
    const { guard: g, options, timers, fire } = guard('save');
    g.setState({ name: '报告', dirty: true });
    g.onClose();
    expect(timers[0]!.ms).toBe(5000);
    fire();
    await g.track(async () => ({ name: '报告.gwdoc' }));
    g.setState({ name: '报告.gwdoc', dirty: false });
    expect(options.closeWindow).not.toHaveBeenCalled();
  });

  it('drops the close when the page stays dirty after the save (typing during the save dialog)', async () => {
    const { guard: g, options, fire } = guard('save');
    g.setState({ name: '报告', dirty: true });
    g.onClose();
    await g.track(async () => ({ name: '报告.gwdoc' }));
    fire();
    g.setState({ name: '报告.gwdoc', dirty: false });
    expect(options.closeWindow).not.toHaveBeenCalled();
    // The next close asks again.
    g.setState({ name: '报告.gwdoc', dirty: true });
    g.onClose();
    expect(options.ask).toHaveBeenCalledTimes(2);
  });

  it('does not ask twice while a save for the close is under way', () => {
    const { guard: g, options } = guard('save');
    g.setState({ name: '报告', dirty: true });
    g.onClose();
    expect(g.onClose()).toBe(false);
    expect(options.ask).toHaveBeenCalledOnce();
  });

  it('closes a window whose page crashed without asking (its draft stays for the next start)', () => {
    const { guard: g, options } = guard('save');
    g.setState({ name: '报告', dirty: true });
    g.setRendererGone(true);
    expect(g.onClose()).toBe(true);
    expect(options.ask).not.toHaveBeenCalled();
  });

  it('ignores saves that were not asked for by a close', async () => {
    const { guard: g, options } = guard('save');
    g.setState({ name: '报告', dirty: true });
    await g.track(async () => ({ name: '报告.gwdoc' }));
    g.setState({ name: '报告.gwdoc', dirty: false });
    expect(options.closeWindow).not.toHaveBeenCalled();
  });
});
