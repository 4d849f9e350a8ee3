import { readFile, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCli, CLI_BUNDLE, CLI_INPUTS } from '../../build/build-cli.ts';
import { serializeGwdoc } from '../../core/gwdoc.ts';
import { newDocument } from '../../core/new-document.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
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
    const texts = async (file: string) => Promise.all([...(await loadedAtStart(file))].map((path) => readFile(path, 'utf8')));
    // The docx package's Packer, core/export/docx.ts's own export, zod's schemas.
    const docx = (text: string) => text.includes('var Packer = class') || /function exportDocx\(/.test(text);
    const zod = (text: string) => text.includes('class ZodError') || text.includes('$ZodType');
    const atStart = await texts(entry);
    expect(atStart.some(docx)).toBe(false);
    expect(atStart.some(zod)).toBe(false);
    // Each command is a chunk of its own, loaded when it runs.
    const entryText = await readFile(entry, 'utf8');
    const command = (name: string) => {
      const chunk = new RegExp(`import\\("(\\./chunks/${name}-[A-Z0-9]+\\.mjs)"\\)`).exec(entryText)?.[1];
      expect(chunk, `${name}'s chunk`).toBeDefined();
      return join(entry, '..', chunk!);
    };
    const templates = await texts(command('templates'));
    expect(templates.some(docx) || templates.some(zod)).toBe(false);
    // A .txt export reads no .gwdoc schema, and the docx writer only once it writes.
    const exporting = await texts(command('export'));
    expect(exporting.some(docx) || exporting.some(zod)).toBe(false);
    // openDocument loads the .gwdoc schema only for a .gwdoc: an import of a .docx reads none.
    expect((await texts(command('import'))).some(zod)).toBe(false);
    expect(atStart.concat(templates, exporting).some((text) => text.includes('function rollForward('))).toBe(false);
  });

  it('carries the built-in templates as core validates them (defaults filled in)', { timeout: 60_000 }, async () => {
    await buildCli();
    const dir = await tempDir();
    for (const template of BUILTIN_TEMPLATES) {
      const run = await gongwen(['new', '--template', template.id, '--organ', '宣城市科技局', '--year', '2023', '-o', `${template.id}.gwdoc`], dir);
      expect(run.code, run.stderr).toBe(0);
      const made = JSON.parse(await readFile(join(dir, `${template.id}.gwdoc`), 'utf8')) as unknown;
      expect(made).toEqual(JSON.parse(serializeGwdoc(newDocument(template, { organ: '宣城市科技局', year: 2023 }))));
    }
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
