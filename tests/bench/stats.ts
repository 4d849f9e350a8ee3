/** Median and 95th percentile of timed runs, after warm-up runs that are not counted. */
export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: round(at(0.5)), p95: round(at(0.95)), runs: sorted.length };
}

export async function time(runs: number, warmups: number, work: () => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    const started = performance.now();
    await work();
    if (i >= warmups) samples.push(performance.now() - started);
  }
  return summarize(samples);
}
