/**
 * `npm run test:e2e`: the Playwright suite in Debian's Chromium, against the built renderer
 * (built first when out/renderer is older than its sources). Without Chromium it prints the one
 * line saying what is missing and how to get it, and exits 0: the suite is skipped, not failed,
 * and not counted as passed. Arguments go to `playwright test`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildRenderer, rendererUpToDate } from '../../build/renderer-build.ts';
import { skipReason } from './requirements.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

async function main(): Promise<number> {
  const skipped = skipReason('chromium');
  if (skipped) {
    console.log(`e2e ${skipped}`);
    return 0;
  }
  if (!(await rendererUpToDate(root))) {
    const built = buildRenderer(root);
    if (built !== 0) return built;
  }
  const playwright = require.resolve('@playwright/test/cli');
  const run = spawnSync(process.execPath, [playwright, 'test', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  return run.status ?? 1;
}

process.exitCode = await main();
