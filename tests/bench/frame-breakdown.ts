/**
 * Where a keystroke's time goes, from a Chrome trace: for each keydown, from the event to the end
 * of the next compositor commit, the self time of the renderer's main thread by kind of work.
 * Printed by `npm run bench` on stderr (the JSON on stdout stays the figures): when a figure
 * moves, this says whether script, style, layout, painting or the browser's own editing moved it.
 */
import type { Session } from './browser.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

const KIND_OF: Record<string, string> = {
  FunctionCall: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  'V8.Execute': 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  HitTest: 'hit test',
  'IntersectionObserverController::computeIntersections': 'intersections',
  Commit: 'commit',
  'TypingCommand::InsertText': 'editing',
  'Editor::HandleKeyboardEvent': 'editing',
};

export const BREAKDOWN_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10 : 0;
}

/** Median milliseconds per keystroke by kind of work over the trace of `work` (which presses keys). */
export async function frameBreakdown(session: Session, work: () => Promise<void>): Promise<Record<string, number>> {
  await session.browser.startTracing(session.page, { categories: BREAKDOWN_CATEGORIES });
  await work();
  const trace = JSON.parse((await session.browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const complete = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const dispatches = new Map<string, number>();
  for (const e of complete) if (e.name === 'EventDispatch') dispatches.set(`${e.pid}:${e.tid}`, (dispatches.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...dispatches.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const events = complete.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);

  // Self time: an event's duration less that of the events nested directly in it. An event of no
  // known kind (Blink's inner steps, such as LocalFrameView::performLayout) counts as the kind of
  // the nearest enclosing event that has one.
  const self = new Map<TraceEvent, number>();
  const kind = new Map<TraceEvent, string>();
  const stack: TraceEvent[] = [];
  for (const e of events) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur!) - e.dur!);
    self.set(e, self.get(e) ?? e.dur!);
    kind.set(e, KIND_OF[e.name] ?? (e.name.startsWith('V8.') ? 'script' : parent ? kind.get(parent)! : 'other'));
    stack.push(e);
  }

  const perKey: Record<string, number[]> = { total: [] };
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  for (const key of keydowns) {
    const commit = events.find((e) => e.name === 'Commit' && e.ts > key.ts);
    if (!commit) continue;
    const end = commit.ts + commit.dur!;
    const sums: Record<string, number> = {};
    for (const e of events) {
      if (e.ts < key.ts || e.ts >= end) continue;
      const k = kind.get(e)!;
      sums[k] = (sums[k] ?? 0) + (self.get(e) ?? 0) / 1000;
    }
    perKey.total!.push((end - key.ts) / 1000);
    for (const [kind, ms] of Object.entries(sums)) (perKey[kind] ??= []).push(ms);
  }
  const result: Record<string, number> = {};
  for (const [kind, values] of Object.entries(perKey)) {
    while (values.length < perKey.total!.length) values.push(0);
    result[kind] = median(values);
  }
  return result;
}
