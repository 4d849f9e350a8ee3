import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What turns the exported .docx into a PDF on this machine. */
export interface PdfConverter {
  kind: 'libreoffice';
  path: string;
}

/** The names LibreOffice's program goes by on PATH (Debian links both; Windows and macOS installs add soffice). */
const SOFFICE_NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];

/** Said when nothing is found: what to install, and how to point at one that is installed elsewhere. */
export const NO_PDF_CONVERTER =
  '导出 PDF 需要 LibreOffice：请安装 LibreOffice（Debian/Ubuntu：sudo apt install libreoffice-writer；Windows/macOS：https://www.libreoffice.org），' +
  '或用环境变量 SOFFICE 指明 soffice 的位置；也可在公文写作台中用「导出 PDF」 / ' +
  'exporting a PDF needs LibreOffice: install it (Debian/Ubuntu: sudo apt install libreoffice-writer) or set SOFFICE to its soffice program; ' +
  'the app exports PDF itself (导出 PDF)';

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
}

/**
 * LibreOffice, where $SOFFICE says or on PATH; null when there is none. A $SOFFICE that names no
 * file is not silently replaced by another LibreOffice: the user asked for that one.
 */
export function findPdfConverter(options: FindOptions = {}): PdfConverter | null {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  if (env.SOFFICE) return exists(env.SOFFICE) ? { kind: 'libreoffice', path: env.SOFFICE } : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of SOFFICE_NAMES) {
      const candidate = join(dir, name);
      if (exists(candidate)) return { kind: 'libreoffice', path: candidate };
    }
  }
  return null;
}

/**
 * LibreOffice's PDF filter, keeping the blank pages Word inserts too: without it the page left
 * blank so that the 版记 falls on an even page (GB/T 9704-2012 7.4.1) is dropped, and the 版记
 * prints on the front of a sheet.
 */
export const LIBREOFFICE_PDF_FILTER = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

/** A conversion of a long report takes seconds; a hung LibreOffice is given up after this. */
const CONVERT_TIMEOUT_MS = 300_000;

/**
 * The .docx converted by LibreOffice (`soffice --headless --convert-to pdf`), in a folder of its
 * own with a profile of its own: a LibreOffice the user has open would otherwise take the
 * request and convert nothing.
 */
export async function convertDocxToPdf(converter: PdfConverter, docx: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-pdf-'));
  try {
    const source = join(dir, 'document.docx');
    await writeFile(source, docx);
    const args = [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', LIBREOFFICE_PDF_FILTER, '--outdir', dir, source];
    await new Promise<void>((resolve, reject) => {
      execFile(converter.path, args, { timeout: CONVERT_TIMEOUT_MS, windowsHide: true }, (error, _stdout, stderr) => {
        if (error) reject(new Error(`LibreOffice 未能转换为 PDF / LibreOffice could not convert the document: ${String(stderr).trim() || error.message}`));
        else resolve();
      });
    });
    const pdf = await readFile(join(dir, 'document.pdf')).catch(() => null);
    if (!pdf) throw new Error('LibreOffice 没有生成 PDF / LibreOffice wrote no PDF');
    return new Uint8Array(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
