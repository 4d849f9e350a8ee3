import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MISSING_ELECTRON_MESSAGE } from '../../main/electron-binary.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start (tsx main/launch.ts)', () => {
  it('prints one line pointing at browser mode and exits 1 when the Electron binary is missing', { timeout: 30_000 }, async () => {
    const run = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'main/launch.ts'],
        { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist' } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    expect(run.code).toBe(1);
    expect(run.output.trim().split('\n')).toEqual([MISSING_ELECTRON_MESSAGE]);
    expect(MISSING_ELECTRON_MESSAGE).toContain('npm run web');
  });
});
