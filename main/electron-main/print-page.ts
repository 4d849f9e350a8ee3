import type { WebContents } from 'electron';

/**
 * The page printed as the print view lays it out (renderer/styles/print.css): A4 from its CSS
 * @page, no margins of the printer's own (so no header or footer), at 100 %, backgrounds as drawn.
 */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  displayHeaderFooter: false,
  printBackground: true,
  scale: 1,
  // The level-1 and level-2 headings the print view marks become the PDF's bookmarks.
  generateDocumentOutline: true,
  generateTaggedPDF: true,
} as const satisfies Parameters<WebContents['printToPDF']>[0];

export const PRINT_OPTIONS = {
  silent: false,
  printBackground: true,
  pageSize: 'A4',
  margins: { marginType: 'none' },
  scaleFactor: 100,
} as const satisfies Parameters<WebContents['print']>[0];

/** Chromium's reason when the user closed the print dialog without printing. */
const CANCELLED = 'cancelled';

/**
 * 打印: the system print dialog for the window's page, whose print view the page mounted before
 * asking. Resolves false when the user cancelled; rejects, in Chinese, when printing failed.
 */
export function printPage(contents: Pick<WebContents, 'print'>): Promise<boolean> {
  return new Promise((resolve, reject) => {
    contents.print(PRINT_OPTIONS, (success, failureReason) => {
      if (success) resolve(true);
      else if (failureReason === CANCELLED) resolve(false);
      else reject(new Error(`打印机未能打印（${failureReason}）`));
    });
  });
}

/** 导出 PDF: the window's page, as printed, as PDF bytes. */
export async function pageToPdf(contents: Pick<WebContents, 'printToPDF'>): Promise<Uint8Array> {
  return new Uint8Array(await contents.printToPDF(PDF_OPTIONS));
}
