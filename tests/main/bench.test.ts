import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The harness works: `npm run bench -- --quick` prints one JSON object with every figure. Times are not asserted. */
describe('npm run bench --quick', () => {
  it('prints the figures as one JSON object', { timeout: 120_000 }, async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', 'tests/bench/run.ts', '--quick'], { cwd: ROOT, encoding: 'utf8' }, (error, out) => (error ? reject(error) : resolve(out)));
    });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(report.quick).toBe(true);
    expect(report.doc).toEqual({ pages: expect.any(Number), blocks: expect.any(Number), characters: expect.any(Number) });
    expect((report.doc as { characters: number }).characters).toBeGreaterThanOrEqual(120_000);
    expect(report.doc_1000p).toEqual({ pages: expect.any(Number), blocks: expect.any(Number), characters: expect.any(Number) });
    expect((report.doc_1000p as { characters: number }).characters).toBeGreaterThanOrEqual(600_000);
    for (const key of ['export_ms', 'import_txt_ms', 'import_docx_ms', 'renumber_ms', 'open_ms', 'open_1000p_ms', 'preview_1000p_ms']) {
      expect(report[key], key).toEqual({ p50: expect.any(Number), p95: expect.any(Number), runs: 1 });
    }
    // Browser figures from several events (ASCII keys and CJK commits; demote, promote, move up/down).
    for (const key of ['typing_ms', 'typing_1000p_ms', 'structure_ms']) {
      expect(report[key], key).toEqual({ p50: expect.any(Number), p95: expect.any(Number), runs: expect.any(Number) });
      expect((report[key] as { p50: number }).p50, key).toBeGreaterThan(0);
    }
    expect(report.heap_mb).toEqual(expect.any(Number));
    expect(report.heap_mb as number).toBeGreaterThan(0);
  });
});
