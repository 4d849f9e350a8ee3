import { build, type Plugin } from 'esbuild';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** The module whose list the command line carries validated (see validatedTemplates). */
const BUILTIN_TEMPLATES = 'core/builtin-templates.ts';

/**
 * The built-in templates, validated by their schema here, at build time, and bundled as the data
 * that came out: a template that fails its schema fails the build, and a start of the command line
 * loads neither the templates' schema nor zod (a third of a start's time and memory). The app
 * still validates them as it loads core/builtin-templates.ts.
 */
const validatedTemplates: Plugin = {
  name: 'validated-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]builtin-templates\.ts$/ }, async (args) => {
      const { BUILTIN_TEMPLATES: templates } = (await import(pathToFileURL(args.path).href)) as { BUILTIN_TEMPLATES: unknown };
      return { contents: `export const BUILTIN_TEMPLATES = ${JSON.stringify(templates)};\n`, loader: 'js' };
    });
  },
};

/** The sources of the templates' list as validated: the JSON files, the schema and what it uses. */
async function templateInputs(root: string): Promise<string[]> {
  const result = await build({ absWorkingDir: root, entryPoints: [join(root, BUILTIN_TEMPLATES)], bundle: true, format: 'esm', platform: 'node', metafile: true, write: false, logLevel: 'warning' });
  return Object.keys(result.metafile.inputs);
}

/**
 * Compiles the `gongwen` command line (main/cli/gongwen.ts with core/) ahead of time into one ES
 * module in out/cli, with a source map, so that a start compiles nothing. Code reached only by
 * dynamic import() (each command, the .docx writer, the .gwdoc schema) goes to chunks of its own,
 * read only by the commands that use it.
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
    plugins: [withoutZodLocales, validatedTemplates],
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
  const inputs = [...new Set([...Object.keys(result.metafile!.inputs), ...(await templateInputs(root))])]
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
