import { blockText, type GongwenDocument } from '../../../core/model.ts';
import type { Platform, SavedFile } from '../../platform/platform.ts';

/** What an export request makes: the .docx, a PDF of the printed pages, or the pages on paper. */
export type ExportTarget = 'docx' | 'pdf' | 'print';

/** The words the window uses for each, in the blocking-findings dialog and the status line. */
export const EXPORT_VERBS: Record<ExportTarget, { verb: string; failed: string }> = {
  docx: { verb: '导出', failed: '导出 Word 失败' },
  pdf: { verb: '导出', failed: '导出 PDF 失败' },
  print: { verb: '打印', failed: '打印失败' },
};

/**
 * A print or PDF under way: the document as it was when asked for, laid out by the print view
 * (renderer/preview/PrintView.tsx) while the job is pending; the host prints the page once the
 * view says it is drawn.
 */
export interface PrintJob {
  target: 'pdf' | 'print';
  document: GongwenDocument;
  path?: string | undefined;
  suggestedName: string;
}

export type PrintHost = Pick<Platform, 'print' | 'savePdf'>;

/** The PDF's and the print job's title: the 公文's title on one line, else the file's name. */
export function printTitle(job: PrintJob): string {
  const title = job.document.blocks.find((block) => block.type === 'title');
  const text = title ? blockText(title).replace(/\s+/gu, '').trim() : '';
  return text || job.suggestedName.replace(/\.gwdoc$/iu, '');
}

/**
 * Prints the mounted print view, or saves it as PDF. The page's title is the document's while it
 * prints: Chromium writes it into the PDF and offers it as the saved file's name.
 */
export async function runPrintJob(host: PrintHost, job: PrintJob, page: { title: string }): Promise<SavedFile | boolean | null> {
  const before = page.title;
  const title = printTitle(job);
  page.title = title;
  try {
    if (job.target === 'print') return await host.print();
    const where = job.path !== undefined ? { path: job.path } : {};
    return await host.savePdf({ ...where, suggestedName: job.suggestedName, title, author: job.document.meta.organ });
  } finally {
    page.title = before;
  }
}
