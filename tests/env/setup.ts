/**
 * `npm test` runs this first: it installs what the suite needs from the machine
 * (tests/env/requirements.ts) with apt where it may (as root, or with passwordless sudo), and
 * otherwise names what is missing and how to get it; the suites needing it then skip with that
 * reason. Silent when everything is present; never fails the run by itself.
 * GONGWEN_TEST_NO_INSTALL=1 only reports.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REQUIREMENTS, SOFFICE_MIN_VERSION, onPath, type Requirement } from './requirements.ts';

export type Installer = { ok: true; sudo: string[] } | { ok: false; reason: string };

/** Whether apt may be used here, and how: as root directly, otherwise through `sudo -n`. */
export function findInstaller(probe: { platform: NodeJS.Platform; uid: number | undefined; hasAptGet: boolean; passwordlessSudo: () => boolean; env: NodeJS.ProcessEnv }): Installer {
  if (probe.env.GONGWEN_TEST_NO_INSTALL) return { ok: false, reason: 'GONGWEN_TEST_NO_INSTALL is set' };
  if (probe.platform !== 'linux' || !probe.hasAptGet) return { ok: false, reason: 'no apt-get on this machine' };
  if (probe.uid === 0) return { ok: true, sudo: [] };
  if (probe.passwordlessSudo()) return { ok: true, sudo: ['sudo', '-n'] };
  return { ok: false, reason: 'not root, and sudo asks for a password' };
}

/** The version apt would install ("4:25.2.3-1~bpo12+1" → [25, 2]), or null. */
export function debianVersion(version: string | undefined): [number, number] | null {
  const found = /^(?:\d+:)?(\d+)\.(\d+)/.exec(version ?? '');
  return found ? [Number(found[1]), Number(found[2])] : null;
}

export function recentEnough(version: [number, number] | null): boolean {
  if (!version) return false;
  const [major, minor] = SOFFICE_MIN_VERSION;
  return version[0] > major || (version[0] === major && version[1] >= minor);
}

/**
 * A deb822 source for `suite` on the mirror this machine already uses (its debian.sources): the
 * host is read from the machine, never written into the repository. Null when there is none.
 */
export function backportsSource(debianSources: string, suite: string): string | null {
  const uris = /^URIs:\s*(\S+)/m.exec(debianSources)?.[1];
  if (!uris) return null;
  const signedBy = /^Signed-By:\s*(\S+)/m.exec(debianSources)?.[1];
  return `Types: deb\nURIs: ${uris}\nSuites: ${suite}\nComponents: main\n${signedBy ? `Signed-By: ${signedBy}\n` : ''}`;
}

const BACKPORTS_FILE = '/etc/apt/sources.list.d/gongwen-backports.sources';
const DEBIAN_SOURCES = '/etc/apt/sources.list.d/debian.sources';

function run(sudo: string[], command: string[], options: SpawnSyncOptions = {}): boolean {
  const [program, ...args] = [...sudo, ...command];
  const result = spawnSync(program!, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

function aptInstall(sudo: string[], packages: string[], release?: string): boolean {
  return run(sudo, ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...(release ? ['-t', release] : []), ...packages]);
}

function candidateVersion(name: string, release?: string): [number, number] | null {
  const policy = spawnSync('apt-cache', ['policy', ...(release ? ['-t', release] : []), name], { encoding: 'utf8' });
  return debianVersion(/Candidate:\s*(\S+)/.exec(policy.stdout ?? '')?.[1]);
}

/** LibreOffice ≥ 25.2: from the release itself where it has one (Debian 13), else from its backports (Debian 12). */
function installLibreOffice(sudo: string[], packages: string[]): void {
  if (recentEnough(candidateVersion(packages[0]!))) {
    aptInstall(sudo, packages);
    return;
  }
  const codename = /^VERSION_CODENAME=(\w+)/m.exec(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '')?.[1];
  if (!codename) return;
  const suite = `${codename}-backports`;
  if (!existsSync(BACKPORTS_FILE)) {
    const source = existsSync(DEBIAN_SOURCES) ? backportsSource(readFileSync(DEBIAN_SOURCES, 'utf8'), suite) : null;
    if (!source) return;
    if (!run(sudo, ['tee', BACKPORTS_FILE], { input: source, stdio: ['pipe', 'ignore', 'inherit'] })) return;
    run(sudo, ['apt-get', 'update', '-qq']);
  }
  if (recentEnough(candidateVersion(packages[0]!, suite))) aptInstall(sudo, packages, suite);
}

function dpkgInstalled(name: string): boolean {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return query.status === 0 && query.stdout.includes('install ok installed');
}

/**
 * Installs the packages of the missing requirements that are not installed yet (one that is, yet
 * missing, is looked for elsewhere: CHROMIUM_PATH, SOFFICE), and LibreOffice when the one found is
 * too old.
 */
function install(sudo: string[], missing: readonly Requirement[]): void {
  const packages = missing.filter((r) => r.id !== 'libreoffice').flatMap((r) => r.packages.filter((name) => !dpkgInstalled(name)));
  const office = missing.find((r) => r.id === 'libreoffice');
  if (packages.length === 0 && !office) return;
  console.log(`测试环境：安装 / test set-up: installing ${[...packages, ...(office?.packages ?? [])].join(' ')}`);
  run(sudo, ['apt-get', 'update', '-qq']);
  if (packages.length > 0) aptInstall(sudo, packages);
  if (office) installLibreOffice(sudo, office.packages);
}

/** One line per requirement still missing: what, which tests skip, how to get it. */
export function missingLines(missing: readonly { requirement: Requirement; problem: string }[], installer: Installer): string[] {
  const why = installer.ok ? 'not installed by apt here' : installer.reason;
  return missing.map(
    ({ requirement: r, problem }) =>
      `测试环境：缺少 ${r.name}，跳过相关测试 / test set-up: missing ${r.name} (${problem}; ${why}); ${r.neededBy} will be skipped. To install: ${r.howTo}`,
  );
}

export interface SetUpOptions {
  requirements?: readonly Requirement[];
  installer?: () => Installer;
  install?: (sudo: string[], missing: readonly Requirement[]) => void;
}

function machineInstaller(): Installer {
  return findInstaller({
    platform: process.platform,
    uid: process.getuid?.(),
    hasAptGet: onPath('apt-get') !== null,
    passwordlessSudo: () => onPath('sudo') !== null && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    env: process.env,
  });
}

/** Installs what is missing where it may; returns the lines to print (none when all is present). */
export function setUpTestEnvironment(options: SetUpOptions = {}): string[] {
  const requirements = options.requirements ?? REQUIREMENTS;
  const missing = () => requirements.flatMap((requirement) => {
    const problem = requirement.check();
    return problem ? [{ requirement, problem }] : [];
  });
  let absent = missing();
  if (absent.length === 0) return [];
  const installer = (options.installer ?? machineInstaller)();
  if (installer.ok) {
    (options.install ?? install)(installer.sudo, absent.map((m) => m.requirement));
    absent = missing();
  }
  return missingLines(absent, installer);
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  for (const line of setUpTestEnvironment()) console.log(line);
}
