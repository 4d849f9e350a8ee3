import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { exportSamples } from './export-samples.ts';

/**
 * Printing tables and 附件 changed the plan and the export; a document with neither must still
 * export byte for byte as before. The hashes in the fixture were taken from main's export before
 * the change (every seed, template, roll-forward and title-less sample); the package's parts are
 * hashed, docProps/core.xml (its creation time) aside.
 */
const FIXTURE = fileURLToPath(new URL('../fixtures/export-hashes.json', import.meta.url));

function hash(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const h = createHash('sha256');
  for (const name of Object.keys(files).sort()) {
    if (name === 'docProps/core.xml') continue;
    h.update(name);
    h.update(files[name]!);
  }
  return h.digest('hex').slice(0, 16);
}

describe('documents without tables', () => {
  it('export byte for byte as before tables were printed', { timeout: 180_000 }, async () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { description: string; hashes: Record<string, string> };
    const now: Record<string, string> = {};
    for (const sample of exportSamples()) now[sample.name] = hash(await exportDocx(sample.document, sample.options));
    if (process.env.GONGWEN_UPDATE_EXPORT_HASHES === '1') writeFileSync(FIXTURE, `${JSON.stringify({ ...fixture, hashes: now }, null, 2)}\n`);
    expect(Object.keys(now).length).toBeGreaterThan(20);
    expect(now).toEqual(fixture.hashes);
  });
});
