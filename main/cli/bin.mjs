#!/usr/bin/env node
// The CLI is TypeScript that shares core/ with the app; tsx compiles it on load, so there is no
// separate build step for the command line.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./gongwen.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
