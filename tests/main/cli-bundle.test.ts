import { readFile, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCli, CLI_BUNDLE, CLI_INPUTS } from '../../build/build-cli.ts';
import { gongwen, useTempDirs } from './helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDirs();

/** The files an ES module loads at start: itself and its static imports, transitively. */
async function loadedAtStart(file: string, seen = new Set<string>()): Promise<Set<string>> {
  seen.add(file);
  const text = await readFile(file, 'utf8');
  for (const [, path] of text.matchAll(/^import\s[^'"]*?["'](\.[^'"]+)["'];?$/gm)) {
    const next = join(file, '..', path!);
    if (!seen.has(next)) await loadedAtStart(next, seen);
  }
  return seen;
}

describe('the compiled command line (out/cli, built by build/build-cli.ts)', () => {
  it('lists its sources, and leaves the .docx writer out of what every start loads', { timeout: 60_000 }, async () => {
    const entry = await buildCli();
    expect(entry).toBe(join(root, CLI_BUNDLE));
    const { inputs } = JSON.parse(await readFile(join(root, CLI_INPUTS), 'utf8')) as { inputs: string[] };
    expect(inputs).toEqual(expect.arrayContaining(['main/cli/gongwen.ts', 'core/templates.ts', 'core/export/docx.ts', 'templates/annual.json']));
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
    await expect(stat(`${entry}.map`)).resolves.toBeTruthy();
    const atStart = [...(await loadedAtStart(entry))];
    const texts = await Promise.all(atStart.map((file) => readFile(file, 'utf8')));
    // The docx package's Packer, and core/export/docx.ts's own export.
    expect(texts.some((text) => text.includes('var Packer = class'))).toBe(false);
    expect(texts.some((text) => /function exportDocx\(/.test(text))).toBe(false);
  });

  it('is rebuilt before it runs when a source is newer than it, and is not otherwise', { timeout: 120_000 }, async () => {
    const bundle = join(root, CLI_BUNDLE);
    await buildCli();
    const dir = await tempDir();
    const fresh = (await stat(bundle)).mtimeMs;
    expect((await gongwen(['templates'], dir)).code).toBe(0);
    expect((await stat(bundle)).mtimeMs).toBe(fresh);

    const past = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    await utimes(bundle, past, past);
    const run = await gongwen(['templates'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('half-year');
    expect(run.stderr).toBe('');
    expect((await stat(bundle)).mtimeMs).toBeGreaterThan(past.getTime() + 1000);
  });
});
