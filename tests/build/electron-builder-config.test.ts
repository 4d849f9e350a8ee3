import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The installers cannot be built here (electron-builder downloads Electron for each target), so
// the configuration is checked with electron-builder's own code: its schema validation, its
// fuse mapping and its icon file rules. README.md says how to build on a machine with internet.

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const configPath = join(root, 'build', 'electron-builder.json');

interface Target {
  target: string;
  arch?: string[];
}
interface Config {
  appId: string;
  productName: string;
  directories: { buildResources: string; output: string };
  files: string[];
  asar: boolean;
  icon: string;
  fileAssociations: { ext: string; name: string; icon: string; mimeType: string; role: string }[];
  electronFuses: Record<string, boolean>;
  win: { target: Target[] };
  mac: { target: Target[] };
  linux: { target: Target[]; executableName: string };
}

async function config(): Promise<Config> {
  return JSON.parse(await readFile(configPath, 'utf8')) as Config;
}

/** Platform → [target, arch] pairs the configuration builds. */
function targets(list: Target[]): string[] {
  return list.flatMap((t) => (t.arch ?? ['default']).map((arch) => `${t.target} ${arch}`)).sort();
}

describe('build/electron-builder.json', () => {
  it("passes electron-builder's own validation (its JSON schema)", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration(config: unknown, log: { isEnabled: boolean; add(): void }): Promise<void> };
    const log = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(await config(), log)).resolves.toBeUndefined();
    // The validation is real: a misspelt option fails it.
    const misspelt = { ...(await config()), electronFuses: { runAsNod: false } };
    await expect(validateConfiguration(misspelt, log)).rejects.toThrow(/configuration\.electronFuses/);
    // Loading app-builder-lib and compiling its schema takes seconds on a busy 2-core machine.
  }, 60_000);

  it('builds NSIS for Windows x64, a dmg for macOS, deb and AppImage for Linux x64 and arm64', async () => {
    const c = await config();
    expect(targets(c.win.target)).toEqual(['nsis x64']);
    expect(targets(c.mac.target).map((t) => t.split(' ')[0])).toEqual(['dmg', 'dmg']);
    expect(targets(c.linux.target)).toEqual(['AppImage arm64', 'AppImage x64', 'deb arm64', 'deb x64']);
  });

  it('associates .gwdoc files as 公文文档, with an icon each system can show', async () => {
    const c = await config();
    expect(c.fileAssociations).toEqual([expect.objectContaining({ ext: 'gwdoc', name: '公文文档', role: 'Editor', mimeType: 'application/x-gongwen' })]);
    // electron-builder's rule for a file type's icon: "<icon>.ico" on Windows, "<icon>.icns" on
    // macOS, looked up in the build resources folder; it copies the file without converting it.
    const { getPlatformIconFileName } = require('builder-util') as { getPlatformIconFileName(value: string, isMac: boolean): string };
    const resources = join(root, c.directories.buildResources);
    const ico = await readFile(join(resources, getPlatformIconFileName(c.fileAssociations[0]!.icon, false)));
    const icns = await readFile(join(resources, getPlatformIconFileName(c.fileAssociations[0]!.icon, true)));
    // ICONDIR: reserved 0, type 1 (icon), then entries; the first holds a 256-pixel PNG.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThan(0);
    const first = ico.subarray(ico.readUInt32LE(6 + 12), ico.readUInt32LE(6 + 12) + ico.readUInt32LE(6 + 8));
    expect(first.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([256, 256]);
    // 'icns', its total length, then typed PNG entries.
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.subarray(8, 12).toString('latin1')).toMatch(/^ic0[89]$/);
    expect(icns.subarray(17, 20).toString('latin1')).toBe('PNG');
    // The app icon itself is converted from the PNG by electron-builder.
    expect((await readFile(join(root, c.icon))).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('sets the security fuses in release builds, as electron-builder applies them', async () => {
    const c = await config();
    const { PlatformPackager } = require('app-builder-lib') as { PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } } };
    const { FuseV1Options } = (await import('@electron/fuses')) as unknown as { FuseV1Options: Record<string, number> };
    const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, c.electronFuses);
    const set = Object.fromEntries(Object.entries(FuseV1Options).filter(([name]) => Number.isNaN(Number(name))).flatMap(([name, index]) => (index in wire ? [[name, wire[index]]] : [])));
    // Electron's security checklist, item 19 (fuses), as docs/architecture.md and the README list it.
    expect(set).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    // Fuses are flipped only when electron-builder packages: `npm start` and the _electron tests
    // run the unmodified binary, whose --inspect Playwright needs.
    expect(c.asar).toBe(true);
  });

  it('packs the built app and nothing else: out/, package.json, no node_modules', async () => {
    const c = await config();
    expect(c.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', '!node_modules/**/*']));
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.main).toBe('out/main/main.cjs');
    expect(pkg.scripts.dist).toContain('--config build/electron-builder.json');
    // electron-builder reads the Electron version to download from here: an exact version.
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('uses the appId main.ts gives Windows for jump lists and recent documents', async () => {
    const main = await readFile(join(root, 'main', 'electron-main', 'main.ts'), 'utf8');
    expect(main).toContain(`const APP_ID = '${(await config()).appId}'`);
    expect((await config()).productName).toBe('公文写作台');
    expect((await config()).linux.executableName).toBe('gongwen');
    expect((await stat(join(root, 'build', 'icon.png'))).size).toBeGreaterThan(0);
  });
});
