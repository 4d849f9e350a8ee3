import { build, type BuildOptions, type Metafile } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostChannelNames } from '../core/host/host-channels.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The externals a bundle still loads at run time, e.g. ['electron']. */
export function externalImports(metafile: Metafile): string[] {
  return [...new Set(Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)))].sort();
}

/**
 * Bundles the Electron main process and the preload to CommonJS in `outDir` (out/main). The
 * preload must come out with no require but 'electron': a sandboxed preload can load nothing
 * else, and the failure would show only at run time, as a blank window.
 */
export async function buildElectron(options: { root?: string; outDir?: string } = {}): Promise<{ main: string; preload: string }> {
  const root = options.root ?? projectRoot;
  const outDir = options.outDir ?? join(root, 'out', 'main');
  const common: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs Node 22.
    target: 'node22',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
  };
  const main = join(outDir, 'main.cjs');
  const preload = join(outDir, 'preload.cjs');
  const [, preloadResult] = await Promise.all([
    build({ ...common, entryPoints: [join(root, 'main', 'electron-main', 'main.ts')], outfile: main }),
    // The preload iterates the channel table; it gets the table's names, the schemas stay in main.
    build({ ...common, entryPoints: [join(root, 'main', 'preload', 'preload.ts')], outfile: preload, define: { HOST_CHANNELS: JSON.stringify(hostChannelNames()) } }),
  ]);
  const stray = externalImports(preloadResult.metafile!).filter((path) => path !== 'electron');
  if (stray.length > 0) throw new Error(`preload requires ${stray.join(', ')}; a sandboxed preload may require only 'electron'`);
  // Linux shows this in the title bar and task switcher; installers take theirs from build/.
  await mkdir(outDir, { recursive: true });
  await copyFile(join(root, 'build', 'icon.png'), join(outDir, 'icon.png'));
  return { main, preload };
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  buildElectron().then(
    ({ main, preload }) => console.log(`built ${main} and ${preload}`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
