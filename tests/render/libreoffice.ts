import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * LibreOffice for the render test. Version 25.2 or later is required: 7.4 (Debian bookworm) gives
 * each hanzi two cells under Word's negative w:charSpace, so it cannot judge a file laid out on
 * Word's grid. Found through $SOFFICE or PATH; absent or too old means the test is skipped.
 */
export const MIN_VERSION = [25, 2] as const;

export type Soffice = { ok: true; path: string; version: string } | { ok: false; reason: string };

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

export function findSoffice(): Soffice {
  const path = process.env.SOFFICE || onPath('soffice');
  if (!path) return { ok: false, reason: 'LibreOffice (soffice) not found on PATH or in $SOFFICE' };
  const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  const version = /LibreOffice (\d+)\.(\d+)[.\d]*/.exec(run.stdout ?? '');
  if (!version) return { ok: false, reason: `cannot read the version of ${path}` };
  const [major, minor] = [Number(version[1]), Number(version[2])];
  if (major < MIN_VERSION[0] || (major === MIN_VERSION[0] && minor < MIN_VERSION[1])) {
    return { ok: false, reason: `LibreOffice ${version[0].slice(12)} at ${path} is older than ${MIN_VERSION.join('.')}` };
  }
  if (!onPath('pdftotext')) return { ok: false, reason: 'pdftotext (poppler-utils) not found on PATH' };
  return { ok: true, path, version: version[0] };
}

/**
 * The Windows font names of 公文 mapped to free CJK fonts Debian ships, given to fontconfig for the
 * conversion. Only metrics matter here (one em per hanzi); which face draws them does not.
 */
const FONT_MAP: Record<string, string[]> = {
  仿宋_GB2312: ['AR PL UMing CN', 'Noto Serif CJK SC'],
  楷体_GB2312: ['AR PL UKai CN', 'AR PL KaitiM GB', 'Noto Serif CJK SC'],
  黑体: ['Noto Sans CJK SC', 'WenQuanYi Zen Hei'],
  方正小标宋简体: ['Noto Serif CJK SC', 'AR PL UMing CN'],
  宋体: ['Noto Serif CJK SC', 'AR PL UMing CN'],
};

function fontconfig(dir: string): string {
  const system = process.env.FONTCONFIG_FILE || '/etc/fonts/fonts.conf';
  const rules = Object.entries(FONT_MAP)
    .map(([from, to]) => `<match target="pattern"><test name="family" qual="any"><string>${from}</string></test><edit name="family" mode="prepend" binding="strong">${to.map((t) => `<string>${t}</string>`).join('')}</edit></match>`)
    .join('\n');
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n<include ignore_missing="yes">${system}</include>\n${rules}\n</fontconfig>\n`);
  return file;
}

/** Converts the .docx files to PDF in one LibreOffice run, with a fresh profile in `dir`. */
export function convertToPdf(soffice: string, files: string[], dir: string): void {
  const outdir = join(dir, 'pdf');
  mkdirSync(outdir, { recursive: true });
  const env = { ...process.env, FONTCONFIG_FILE: fontconfig(dir) };
  const run = spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, ...files], {
    encoding: 'utf8',
    env,
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status ?? run.signal}): ${run.stderr}`);
}
