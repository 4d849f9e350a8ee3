import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportDocx } from '../../core/export/docx.ts';
import { editElements, isElement, W } from '../../core/export/xml-tree.ts';
import { pythonWithLxml, skipReason } from '../env/requirements.ts';
import { exportSamples, tableSamples } from './export-samples.ts';

/**
 * Every sample export (export-samples.ts: seeds, new documents, roll-forwards, documents without
 * a title, documents with tables and 附件) validated as Word reads it, by ../shared/tools/ooxml-validate (ISO/IEC 29500
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

  const validate = (args: string[]) => {
    const path = python!.includes('/') ? `${dirname(python!)}${delimiter}${process.env.PATH ?? ''}` : process.env.PATH;
    return spawnSync(TOOL, args, { encoding: 'utf8', env: { ...process.env, PATH: path }, maxBuffer: 64 * 1024 * 1024 });
  };

  /**
   * The gate must not pass what Word refuses: one export with the first w:pPr's last child moved
   * to the front (w:jc before w:pStyle, out of CT_PPrBase order) is rejected, and the tool's own
   * selftest (11 deliberate breaks) catches every break on an export.
   */
  it('rejects an export with a w:pPr child out of schema order', { timeout: 60_000 }, async () => {
    const files = unzipSync(await exportDocx(exportSamples()[0]!.document));
    let moved = '';
    files['word/document.xml'] = strToU8(
      editElements(
        strFromU8(files['word/document.xml']!),
        'document.xml',
        (element) => !moved && isElement(element, W, 'pPr'),
        (pPr) => {
          const elements = pPr.children.filter((c) => c.kind === 'element');
          if (elements.length < 2 || moved) return;
          const last = elements[elements.length - 1]!;
          moved = `${last.name} before ${elements[0]!.name}`;
          pPr.children = [last, ...pPr.children.filter((c) => c !== last)];
        },
      ),
    );
    expect(moved).not.toBe('');
    const file = join(dir, 'mutated.docx');
    writeFileSync(file, zipSync(files));
    const run = validate(['--json', file]);
    expect(run.status, `${moved}: ${run.stdout}`).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.valid).toBe(false);
    expect(report.files[0]!.violations.some((v) => v.part === 'word/document.xml' && ['schema', 'sdk'].includes(v.check))).toBe(true);
  });

  it("passes the tool's selftest on an export: every deliberate break is caught", { timeout: 120_000 }, async () => {
    const file = join(dir, 'selftest.docx');
    writeFileSync(file, await exportDocx(exportSamples()[0]!.document));
    const run = validate(['--selftest', file]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/all \d+ deliberate breaks caught/);
  });

  it('finds every package valid, tables and 附件 included', { timeout: 180_000 }, async () => {
    const samples = [...exportSamples(), ...tableSamples()];
    const files: string[] = [];
    for (const sample of samples) {
      const file = join(dir, `${sample.name.replace(/[^\w.-]/gu, '_')}.docx`);
      writeFileSync(file, await exportDocx(sample.document, sample.options));
      files.push(file);
    }
    // As the command line zips it, with Node's zlib.
    const native = join(dir, 'zlib-zipped.docx');
    writeFileSync(native, await exportDocx(samples[0]!.document, { zip: { deflateRaw: (data) => deflateRawSync(data), crc32: (data) => crc32(data) } }));
    files.push(native);
    const run = validate(['--json', ...files]);
    expect(run.status, run.stderr).not.toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual(files);
    const violations = report.files.flatMap((f) => f.violations.map((v) => `${f.file.slice(dir.length + 1)} ${v.check} ${v.part ?? ''} ${v.mode ?? ''}:${v.line ?? ''} ${v.message}`));
    expect(violations).toEqual([]);
    expect(report.valid).toBe(true);
    expect(run.status).toBe(0);
  });
});
