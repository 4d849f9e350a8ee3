#!/usr/bin/env node
// The command line runs compiled: build/build-cli.ts bundles it into out/cli at `npm install`
// (prepare) and `npm run build`, so a start reads one module and compiles nothing. In a checkout
// whose sources changed since (a pull, an edit), it is rebuilt first, once: never run stale.
import { readFileSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A command runs once and exits. V8 doubles its young generation each time enough objects survive
// a scavenge, which the .docx writer's trees do, up to 2 × 16 MiB for objects most of which are
// garbage a moment later: kept at its first size, an export of 100 pages peaks about 25 MiB lower
// and spends no more time collecting. This flag is read at each growth, so it applies after start.
setFlagsFromString('--semi-space-growth-factor=1');

const root = new URL('../../', import.meta.url);
const bundle = new URL('out/cli/gongwen.mjs', root);

function stale() {
  try {
    const built = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(new URL('out/cli/inputs.json', root), 'utf8'));
    return inputs.some((path) => (statSync(new URL(path, root), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > built);
  } catch {
    return true;
  }
}

if (stale()) {
  const { register } = await import('tsx/esm/api');
  register();
  const { buildCli } = await import('../../build/build-cli.ts');
  await buildCli();
}
// A reader that stops early (gongwen import x.docx | head) closes the pipe: that is the end of the
// output, not an error to report with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { runCli } = await import(bundle.href);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
