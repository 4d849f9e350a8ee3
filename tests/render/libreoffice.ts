import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIBREOFFICE_PDF_FILTER } from '../../main/node/pdf-converter.ts';

// Found, and its version checked, where the test suite's set-up looks for it too.
export { findSoffice, type Soffice } from '../env/requirements.ts';

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
  const run = spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', LIBREOFFICE_PDF_FILTER, '--outdir', outdir, ...files], {
    encoding: 'utf8',
    env,
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status ?? run.signal}): ${run.stderr}`);
}
