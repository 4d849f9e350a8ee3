import { describe, expect, it } from 'vitest';
import { DraftSchedule, type DraftClock } from '../../renderer/app/session/draft-schedule.ts';

/** A clock the test moves by hand: timers fire when `advance` passes them, idle callbacks on `idle()`. */
function manualClock() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const idle = new Map<number, () => void>();
  const clock: DraftClock = {
    now: () => now,
    setTimeout(callback, ms) {
      timers.set(++nextId, { at: now + ms, callback });
      return nextId;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    whenIdle(callback) {
      const id = ++nextId;
      idle.set(id, callback);
      return () => void idle.delete(id);
    },
  };
  return {
    clock,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
    idle() {
      const callbacks = [...idle.values()];
      idle.clear();
      callbacks.forEach((callback) => callback());
    },
    /** `ms` pass with the browser idle at the end of them. */
    pass(ms: number) {
      this.advance(ms);
      this.idle();
    },
  };
}

function setup() {
  const time = manualClock();
  let writes = 0;
  const schedule = new DraftSchedule({ quietMs: 1000, maxWaitMs: 5000, write: () => writes++, clock: time.clock });
  return { time, schedule, writes: () => writes };
}

describe('when drafts are written', () => {
  it('waits for a pause in typing, then for idle time', () => {
    const { time, schedule, writes } = setup();
    schedule.changed();
    time.pass(999);
    expect(writes()).toBe(0);
    time.advance(1);
    expect(writes()).toBe(0); // due, but not while the browser is busy
    time.idle();
    expect(writes()).toBe(1);
    time.pass(10_000);
    expect(writes()).toBe(1); // nothing new to write
  });

  it('during non-stop typing writes at most maxWaitMs after the first unsaved change', () => {
    const { time, schedule, writes } = setup();
    for (let t = 0; t < 4800; t += 200) {
      schedule.changed();
      time.pass(200);
    }
    expect(writes()).toBe(0);
    schedule.changed();
    time.pass(200);
    expect(writes()).toBe(1);
    // The next change starts a new wait.
    schedule.changed();
    time.pass(999);
    expect(writes()).toBe(1);
  });

  it('a change while the write waits for idle time is in that write', () => {
    const { time, schedule, writes } = setup();
    schedule.changed();
    time.advance(1000);
    schedule.changed();
    time.idle();
    expect(writes()).toBe(1);
    time.pass(10_000);
    expect(writes()).toBe(1);
  });

  it('flush writes pending work at once; cancel forgets it', () => {
    const { time, schedule, writes } = setup();
    schedule.flush();
    expect(writes()).toBe(0);
    schedule.changed();
    schedule.flush();
    expect(writes()).toBe(1);
    time.pass(10_000);
    expect(writes()).toBe(1);
    schedule.changed();
    schedule.cancel();
    time.pass(10_000);
    expect(writes()).toBe(1);
  });
});
