import { build, type Plugin } from 'esbuild';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** What main/cli/bin.mjs loads, and the list of sources it compares the bundle's age against. */
export const CLI_BUNDLE = 'out/cli/gongwen.mjs';
export const CLI_INPUTS = 'out/cli/inputs.json';

/**
 * zod's `z` namespace carries all of its 40-odd message locales (a third of the bundle), which
 * every start would have to read; the command line only ever uses English, which zod's schemas
 * import on their own. The namespace `z.locales` is left empty.
 */
const withoutZodLocales: Plugin = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * Compiles the `gongwen` command line (main/cli/gongwen.ts with core/) ahead of time into one ES
 * module in out/cli, with a source map, so that a start compiles nothing. Code reached only by
 * dynamic import() (the .docx writer) goes to its own chunk, read only by the commands that use it.
 * Files are written beside their target and renamed into place, so a command line starting while
 * another process rebuilds never reads half a file.
 */
export async function buildCli(options: { root?: string } = {}): Promise<string> {
  const root = options.root ?? projectRoot;
  const outDir = join(root, 'out', 'cli');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { gongwen: join(root, 'main', 'cli', 'gongwen.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Bundled CommonJS packages (saxes) call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: 'linked',
    plugins: [withoutZodLocales],
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const written = new Set<string>();
  const entry = join(root, CLI_BUNDLE);
  // The entry last: until it is renamed into place, the previous bundle and its chunks still run.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === entry) - Number(b.path === entry));
  for (const file of files) {
    await mkdir(dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    await writeFile(temp, file.contents);
    await rename(temp, file.path);
    written.add(file.path);
  }
  const inputs = Object.keys(result.metafile!.inputs)
    .filter((path) => !path.includes('node_modules') && !path.includes(':'))
    .map((path) => relative(root, join(root, path)).split('\\').join('/'))
    .sort();
  const list = join(root, CLI_INPUTS);
  await writeFile(`${list}.${process.pid}.tmp`, JSON.stringify({ inputs }, null, 1) + '\n');
  await rename(`${list}.${process.pid}.tmp`, list);
  written.add(list);
  // Chunks of earlier builds, named by their old hashes.
  for (const name of await readdir(join(outDir, 'chunks')).catch(() => [])) {
    const path = join(outDir, 'chunks', name);
    if (!written.has(path) && !name.endsWith('.tmp')) await rm(path, { force: true });
  }
  return entry;
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  buildCli().then(
    (entry) => console.log(`built ${relative(process.cwd(), entry) || entry}`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
