import { execFileSync } from 'node:child_process';
import { chmod, copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGwdoc } from '../../core/gwdoc.ts';
import { findPdfConverter, NO_PDF_CONVERTER } from '../../main/node/pdf-converter.ts';
import { documentPages } from '../../renderer/preview/document-pages.ts';
import { findSoffice } from '../env/requirements.ts';
import { LIBREOFFICE_PDF_FILTER } from '../../main/node/pdf-converter.ts';
import { gongwen, useTempDirs } from './helpers.ts';

const SEEDS = ['000-xuancheng-half-year', '002-key-points-2022', '004-annual-2022'].map((name) => fileURLToPath(new URL(`../fixtures/seeds/${name}.gwdoc`, import.meta.url)));
const tempDir = useTempDirs();

describe('findPdfConverter', () => {
  const files = (...paths: string[]) => (path: string) => paths.includes(path);

  it('takes $SOFFICE when it names a program, and no other when it does not', () => {
    expect(findPdfConverter({ env: { SOFFICE: '/opt/lo/soffice', PATH: '/usr/bin' }, exists: files('/opt/lo/soffice', '/usr/bin/soffice') })).toEqual({ kind: 'libreoffice', path: '/opt/lo/soffice' });
    expect(findPdfConverter({ env: { SOFFICE: '/opt/lo/soffice', PATH: '/usr/bin' }, exists: files('/usr/bin/soffice') })).toBeNull();
  });

  it('looks on PATH, in its order, for soffice or libreoffice', () => {
    const env = { PATH: ['/a', '', '/b', '/c'].join(delimiter) };
    expect(findPdfConverter({ env, exists: files('/b/libreoffice', '/c/soffice') })).toEqual({ kind: 'libreoffice', path: '/b/libreoffice' });
    expect(findPdfConverter({ env, exists: files('/c/soffice') })).toEqual({ kind: 'libreoffice', path: '/c/soffice' });
    expect(findPdfConverter({ env, exists: files() })).toBeNull();
    expect(findPdfConverter({ env: {}, exists: files('/usr/bin/soffice') })).toBeNull();
  });

  it('says what to install, and how to point at an installed one', () => {
    expect(NO_PDF_CONVERTER).toContain('LibreOffice');
    expect(NO_PDF_CONVERTER).toContain('apt install libreoffice-writer');
    expect(NO_PDF_CONVERTER).toContain('SOFFICE');
  });
});

/** A stand-in soffice: records its arguments and writes a one-page PDF where LibreOffice would. */
async function fakeSoffice(dir: string): Promise<string> {
  const pdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n<</Size 3 /Root 1 0 R>>\nstartxref\n106\n%%EOF\n';
  await writeFile(join(dir, 'fake.pdf'), pdf);
  const script = join(dir, 'soffice');
  const body = `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(dir, 'args.txt')}"\nwhile [ "$1" != "--outdir" ]; do shift; done\ncp "${join(dir, 'fake.pdf')}" "$2/document.pdf"\n`;
  await writeFile(script, body);
  await chmod(script, 0o755);
  return script;
}

describe('gongwen export -o FILE.pdf', { timeout: 60_000 }, () => {
  it('without LibreOffice writes nothing and says what to install (exit 1)', async () => {
    const dir = await tempDir();
    await copyFile(SEEDS[0]!, join(dir, 'seed.gwdoc'));
    const run = await gongwen(['export', 'seed.gwdoc', '-o', 'out.pdf'], dir, { PATH: dir, SOFFICE: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(NO_PDF_CONVERTER);
    expect(await readdir(dir)).toEqual(['seed.gwdoc']);
  });

  it('converts the exported .docx with soffice --headless --convert-to pdf and adds the title and author', async () => {
    const dir = await tempDir();
    await copyFile(SEEDS[0]!, join(dir, 'seed.gwdoc'));
    const soffice = await fakeSoffice(dir);
    const run = await gongwen(['export', 'seed.gwdoc', '-o', 'out.pdf'], dir, { PATH: ['/usr/bin', '/bin'].join(delimiter), SOFFICE: soffice });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const args = (await readFile(join(dir, 'args.txt'), 'utf8')).trim().split('\n');
    expect(args).toEqual(expect.arrayContaining(['--headless', '--convert-to', LIBREOFFICE_PDF_FILTER, '--outdir']));
    // The blank page before an even-page 版记 stays in the PDF, as Word prints it.
    expect(LIBREOFFICE_PDF_FILTER).toMatch(/^pdf:writer_pdf_Export:.*"IsSkipEmptyPages":\{"type":"boolean","value":"false"\}/u);
    // Its own profile: a LibreOffice the user has open would take the request and convert nothing.
    expect(args[0]).toMatch(/^-env:UserInstallation=file:\/\//u);
    expect(args.at(-1)).toMatch(/document\.docx$/u);
    const pdf = new TextDecoder('latin1').decode(await readFile(join(dir, 'out.pdf')));
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    const hex = (text: string) => [...text].map((ch) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
    expect(pdf).toContain(`/Author <FEFF${hex('宣城市科技局')}>`);
    expect(pdf).toContain(`/Title <FEFF${hex('宣城市科技局2023年上半年工作总结和下半年工作打算')}>`);
  });

  const soffice = findSoffice();
  it.skipIf(!soffice.ok)('with LibreOffice: A4 pages, as many as 预览 lays out, for every seed', async () => {
    const dir = await tempDir();
    for (const seed of SEEDS) {
      const out = join(dir, `${seed.split('/').pop()}.pdf`);
      const run = await gongwen(['export', seed, '-o', out, '--force'], dir, { ...process.env, SOFFICE: soffice.ok ? soffice.path : '' });
      expect(run.code, run.stderr).toBe(0);
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      const parsed = parseGwdoc(await readFile(seed, 'utf8'), { normalize: true });
      if (!parsed.ok) throw new Error(parsed.error);
      const { document } = parsed;
      expect(Number(/Pages:\s+(\d+)/u.exec(info)![1]), seed).toBe(documentPages(document.blocks, document.meta).pages.length);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/u);
    }
  });
});
