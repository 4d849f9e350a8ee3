/**
 * What the test suite needs from the machine beyond node_modules, how to tell whether it is
 * there, and the Debian packages that provide it. tests/env/setup.ts installs what is missing
 * (`npm test` runs it first); the suites that need a missing one skip with `skipReason`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type RequirementId = 'chromium' | 'cjk-fonts' | 'poppler' | 'lxml' | 'libreoffice';

export interface Requirement {
  id: RequirementId;
  /** What it is, for people. */
  name: string;
  /** The Debian packages that provide it. */
  packages: string[];
  /** The tests that need it, as the skip line names them. */
  neededBy: string;
  /** Null when present; otherwise what is missing, in a few words. */
  check(): string | null;
  /** How to get it by hand, when the set-up cannot install it. */
  howTo: string;
}

export function onPath(name: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Debian's Chromium, or $CHROMIUM_PATH: the browser the e2e tests and the bench drive. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** A python3 with lxml: the one on PATH, else Debian's (a pyenv shim may come first without it). */
export function pythonWithLxml(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import lxml.etree'], { stdio: 'ignore' }).status === 0) return python;
  }
  return null;
}

/** LibreOffice 25.2 or later: 7.4 (Debian bookworm) gives each hanzi two cells under Word's negative w:charSpace. */
export const SOFFICE_MIN_VERSION = [25, 2] as const;

export type Soffice = { ok: true; path: string; version: string } | { ok: false; reason: string };

/** LibreOffice through $SOFFICE or PATH, if it is recent enough to judge a file laid out on Word's grid. */
export function findSoffice(): Soffice {
  const path = process.env.SOFFICE || onPath('soffice');
  if (!path) return { ok: false, reason: 'LibreOffice (soffice) not found on PATH or in $SOFFICE' };
  if (!existsSync(path)) return { ok: false, reason: `no LibreOffice at ${path}` };
  const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  const version = /LibreOffice (\d+)\.(\d+)[.\d]*/.exec(run.stdout ?? '');
  if (!version) return { ok: false, reason: `cannot read the version of ${path}` };
  const [major, minor] = [Number(version[1]), Number(version[2])];
  if (major < SOFFICE_MIN_VERSION[0] || (major === SOFFICE_MIN_VERSION[0] && minor < SOFFICE_MIN_VERSION[1])) {
    return { ok: false, reason: `LibreOffice ${version[0].slice(12)} at ${path} is older than ${SOFFICE_MIN_VERSION.join('.')}` };
  }
  return { ok: true, path, version: version[0] };
}

/** The free CJK faces the render test maps 公文's Windows fonts to (tests/render/libreoffice.ts). */
export const CJK_FAMILIES = ['Noto Serif CJK SC', 'Noto Sans CJK SC', 'AR PL UMing', 'AR PL UKai'];

function missingFontFamilies(): string | null {
  const run = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return 'fontconfig (fc-list) not found';
  const missing = CJK_FAMILIES.filter((family) => !run.stdout.includes(family));
  return missing.length > 0 ? `no font ${missing.join(', ')}` : null;
}

const RENDER_TEST = 'the LibreOffice render test (tests/render)';

export const REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'chromium',
    name: 'Chromium',
    packages: ['chromium'],
    neededBy: 'the e2e tests (tests/e2e)',
    check: () => (existsSync(chromiumPath()) ? null : `no Chromium at ${chromiumPath()}`),
    howTo: 'sudo apt-get install chromium (or set CHROMIUM_PATH to a Chromium)',
  },
  {
    id: 'cjk-fonts',
    name: 'CJK fonts',
    packages: ['fonts-noto-cjk', 'fonts-arphic-ukai', 'fonts-arphic-uming'],
    neededBy: RENDER_TEST,
    check: missingFontFamilies,
    howTo: 'sudo apt-get install fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming',
  },
  {
    id: 'poppler',
    name: 'poppler (pdftotext)',
    packages: ['poppler-utils'],
    neededBy: RENDER_TEST,
    check: () => (onPath('pdftotext') ? null : 'pdftotext not found on PATH'),
    howTo: 'sudo apt-get install poppler-utils',
  },
  {
    id: 'lxml',
    name: 'python3 with lxml',
    packages: ['python3-lxml'],
    neededBy: 'the ooxml-validate test (tests/core/export-package-valid.test.ts)',
    check: () => (pythonWithLxml() ? null : 'no python3 with lxml'),
    howTo: 'sudo apt-get install python3-lxml',
  },
  {
    id: 'libreoffice',
    name: `LibreOffice ≥ ${SOFFICE_MIN_VERSION.join('.')}`,
    packages: ['libreoffice-writer-nogui'],
    neededBy: RENDER_TEST,
    check: () => {
      const soffice = findSoffice();
      return soffice.ok ? null : soffice.reason;
    },
    howTo: `sudo apt-get install -t bookworm-backports libreoffice-writer-nogui on Debian 12 (bookworm-backports enabled), libreoffice-writer-nogui on Debian 13, or set SOFFICE to a LibreOffice ≥ ${SOFFICE_MIN_VERSION.join('.')}`,
  },
];

export function requirement(id: RequirementId): Requirement {
  return REQUIREMENTS.find((r) => r.id === id)!;
}

/**
 * Why tests needing `ids` must skip, as one line (what is missing and how to get it), or null
 * when everything is present.
 */
export function skipReason(...ids: RequirementId[]): string | null {
  const missing = ids.map(requirement).flatMap((r) => {
    const problem = r.check();
    return problem ? [`${problem} (${r.howTo})`] : [];
  });
  return missing.length > 0 ? `skipped: ${missing.join('; ')}` : null;
}
