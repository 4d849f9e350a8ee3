import { describe, expect, it } from 'vitest';
import { hostChannelNames, hostEvents, hostInvokes } from '../../core/host/host-channels.ts';

describe('the IPC channel table', () => {
  it('gives every channel one name, unused by any other row in either direction', () => {
    const channels = [...Object.values(hostInvokes), ...Object.values(hostEvents)].map((row) => row.channel);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it("hands the preload each row's names without its schemas", () => {
    const names = hostChannelNames();
    expect(names.invoke.openDocument).toBe('doc:open');
    expect(names.events.onOpenFile).toEqual({ channel: 'doc:opened', keepUntilListened: true });
    expect(Object.keys(names.invoke)).toEqual(Object.keys(hostInvokes));
    expect(Object.keys(names.events)).toEqual(Object.keys(hostEvents));
    // Plain data: it is written into the preload bundle as JSON.
    expect(JSON.parse(JSON.stringify(names))).toEqual(names);
  });

  it('validates arguments as main receives them: one tuple per call', () => {
    expect(hostInvokes.openPath.args.safeParse(['/d/a.gwdoc']).success).toBe(true);
    expect(hostInvokes.openPath.args.safeParse(['/d/a.gwdoc', '/d/b.gwdoc']).success).toBe(false);
    expect(hostInvokes.clearRecovery.args.safeParse(['../recent-files']).success).toBe(false);
    expect(hostInvokes.setTitle.result.safeParse(undefined).success).toBe(true);
    expect(hostInvokes.listRecent.result.safeParse([{ path: '', name: 'a' }]).success).toBe(false);
  });
});
