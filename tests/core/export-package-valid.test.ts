import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { pythonWithLxml, skipReason } from '../env/requirements.ts';
import { exportSamples } from './export-samples.ts';

/**
 * Every sample export (export-samples.ts: seeds, new documents, roll-forwards, documents without
 * a title) validated as Word reads it, by ../shared/tools/ooxml-validate (ISO/IEC 29500
 * Transitional schemas, Office's content models, the package), in one call. The tool lives beside
 * the repository, not in it, and needs python3 with lxml: without either the test is skipped, and
 * says why.
 */

const TOOL = fileURLToPath(new URL('../../../shared/tools/ooxml-validate/ooxml-validate', import.meta.url));

const python = existsSync(TOOL) ? pythonWithLxml() : null;
const skipped = !existsSync(TOOL) ? `no ${TOOL}` : python === null ? skipReason('lxml') : null;

interface Violation {
  check: string;
  part?: string;
  mode?: string;
  line?: number;
  message: string;
}

interface Report {
  valid: boolean;
  files: { file: string; valid: boolean; violations: Violation[] }[];
}

describe.skipIf(skipped !== null)(`ooxml-validate on every sample export${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-valid-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every package valid', { timeout: 180_000 }, async () => {
    const samples = exportSamples();
    const files: string[] = [];
    for (const sample of samples) {
      const file = join(dir, `${sample.name.replace(/[^\w.-]/gu, '_')}.docx`);
      writeFileSync(file, await exportDocx(sample.document, sample.options));
      files.push(file);
    }
    const path = python!.includes('/') ? `${dirname(python!)}${delimiter}${process.env.PATH ?? ''}` : process.env.PATH;
    const run = spawnSync(TOOL, ['--json', ...files], { encoding: 'utf8', env: { ...process.env, PATH: path }, maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).not.toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual(files);
    const violations = report.files.flatMap((f) => f.violations.map((v) => `${f.file.slice(dir.length + 1)} ${v.check} ${v.part ?? ''} ${v.mode ?? ''}:${v.line ?? ''} ${v.message}`));
    expect(violations).toEqual([]);
    expect(report.valid).toBe(true);
    expect(run.status).toBe(0);
  });
});
