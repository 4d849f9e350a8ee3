import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requirement, type Requirement } from './requirements.ts';
import { backportsSource, debianVersion, findInstaller, recentEnough, setUpTestEnvironment } from './setup.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const probe = { platform: 'linux' as const, uid: 1000, hasAptGet: true, passwordlessSudo: () => false, env: {} };

describe('who may install', () => {
  it('root installs directly, a user with passwordless sudo through sudo -n, anyone else is told', () => {
    expect(findInstaller({ ...probe, uid: 0 })).toEqual({ ok: true, sudo: [] });
    expect(findInstaller({ ...probe, passwordlessSudo: () => true })).toEqual({ ok: true, sudo: ['sudo', '-n'] });
    expect(findInstaller(probe)).toEqual({ ok: false, reason: 'not root, and sudo asks for a password' });
    expect(findInstaller({ ...probe, uid: 0, hasAptGet: false })).toEqual({ ok: false, reason: 'no apt-get on this machine' });
    expect(findInstaller({ ...probe, uid: 0, platform: 'darwin' })).toEqual({ ok: false, reason: 'no apt-get on this machine' });
    expect(findInstaller({ ...probe, uid: 0, env: { GONGWEN_TEST_NO_INSTALL: '1' } })).toEqual({ ok: false, reason: 'GONGWEN_TEST_NO_INSTALL is set' });
  });
});

describe('LibreOffice from apt', () => {
  it('reads the version apt offers and wants 25.2 or later', () => {
    expect(debianVersion('4:25.2.3-1~bpo12+1')).toEqual([25, 2]);
    expect(debianVersion('4:7.4.7-1+deb12u8')).toEqual([7, 4]);
    expect(debianVersion('(none)')).toBeNull();
    expect(recentEnough([25, 2])).toBe(true);
    expect(recentEnough([26, 0])).toBe(true);
    expect(recentEnough([25, 1])).toBe(false);
    expect(recentEnough([7, 4])).toBe(false);
    expect(recentEnough(null)).toBe(false);
  });

  it('takes backports from the mirror and key the machine already uses', () => {
    const sources = 'Types: deb\nURIs: http://mirror.example/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n';
    expect(backportsSource(sources, 'bookworm-backports')).toBe(
      'Types: deb\nURIs: http://mirror.example/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n',
    );
    expect(backportsSource('Types: deb\n', 'bookworm-backports')).toBeNull();
  });
});

describe('setUpTestEnvironment', () => {
  const fake = (id: Requirement['id'], present: () => boolean): Requirement => ({ ...requirement(id), check: () => (present() ? null : `no ${id}`) });

  it('says nothing and installs nothing when everything is present', () => {
    const installs: string[][] = [];
    const lines = setUpTestEnvironment({ requirements: [fake('chromium', () => true)], installer: () => ({ ok: true, sudo: [] }), install: (_s, missing) => installs.push(missing.map((r) => r.id)) });
    expect(lines).toEqual([]);
    expect(installs).toEqual([]);
  });

  it('installs what is missing where it may, and then says nothing', () => {
    let installed = false;
    const installs: string[][] = [];
    const lines = setUpTestEnvironment({
      requirements: [fake('chromium', () => installed), fake('poppler', () => true)],
      installer: () => ({ ok: true, sudo: ['sudo', '-n'] }),
      install: (sudo, missing) => {
        installs.push([...sudo, ...missing.map((r) => r.id)]);
        installed = true;
      },
    });
    expect(installs).toEqual([['sudo', '-n', 'chromium']]);
    expect(lines).toEqual([]);
  });

  it('names what is missing, the tests that skip, and how to install it, where it may not install', () => {
    const lines = setUpTestEnvironment({
      requirements: [fake('chromium', () => false), fake('lxml', () => true)],
      installer: () => ({ ok: false, reason: 'not root, and sudo asks for a password' }),
      install: () => {
        throw new Error('must not install');
      },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('missing Chromium (no chromium; not root, and sudo asks for a password)');
    expect(lines[0]).toContain('the e2e tests (tests/e2e) will be skipped');
    expect(lines[0]).toContain('sudo apt-get install chromium');
  });
});

describe('npm test on a machine without Chromium, where it cannot install', () => {
  const env = { CHROMIUM_PATH: '/nonexistent/chromium', GONGWEN_TEST_NO_INSTALL: '1' };

  it('the set-up prints one line naming it and exits 0', { timeout: 60_000 }, async () => {
    const setup = await run('tests/env/setup.ts', env);
    expect(setup.code).toBe(0);
    const lines = setup.stdout.trim().split('\n').filter((line) => line.includes('Chromium'));
    expect(lines).toEqual([expect.stringContaining('missing Chromium (no Chromium at /nonexistent/chromium; GONGWEN_TEST_NO_INSTALL is set)')]);
  });

  it('the e2e step prints the skip reason and exits 0 without starting Playwright', { timeout: 60_000 }, async () => {
    const e2e = await run('tests/env/run-e2e.ts', env);
    expect(e2e.code).toBe(0);
    expect(e2e.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^e2e skipped: no Chromium at \/nonexistent\/chromium \(sudo apt-get install chromium/)]);
  });
});
