import { builtinModules } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildElectron } from '../../build/build-electron.ts';
import { findElectronBinary } from '../../build/electron-binary.ts';
import { useTempDirs } from '../main/helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDirs();

function requires(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

describe('build/build-electron.ts', () => {
  it('bundles a preload whose only require is electron, and a main bundle needing only electron and Node', { timeout: 30_000 }, async () => {
    const outDir = await tempDir();
    const { main, preload } = await buildElectron({ outDir });
    expect(requires(await readFile(preload, 'utf8'))).toEqual(['electron']);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const mainRequires = requires(await readFile(main, 'utf8'));
    expect(mainRequires).toContain('electron');
    expect(mainRequires.filter((name) => name !== 'electron' && !builtins.has(name))).toEqual([]);
    expect((await readFile(join(outDir, 'icon.png'))).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('findElectronBinary', () => {
  it('is null when the binary is absent, without requiring the electron package', async () => {
    expect(findElectronBinary({ projectRoot: root, env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/dist' } })).toBeNull();
    const empty = await tempDir();
    expect(findElectronBinary({ projectRoot: empty, env: {} })).toBeNull();
  });

  it('finds the executable in ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', async () => {
    const dist = await tempDir();
    await writeFile(join(dist, 'electron'), '');
    expect(findElectronBinary({ projectRoot: root, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux' })).toBe(join(dist, 'electron'));
  });
});
