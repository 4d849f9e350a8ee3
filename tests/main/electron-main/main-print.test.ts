import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PDF_OPTIONS, PRINT_OPTIONS } from '../../../main/electron-main/print-page.ts';
import { invoke, ready, startMain, useFakeElectron } from './fake-electron.ts';

// 打印 and 导出 PDF in main/electron-main/main.ts, against a stand-in for 'electron': the window's
// own page is printed (no second window), the PDF goes where the save dialog says, with metadata.
const fake = await vi.hoisted(async () => (await import('./fake-electron.ts')).createFakeElectron());
vi.mock('electron', () => fake.module);
useFakeElectron(fake);
const { dialog } = fake.electron;

/** A minimal PDF as Skia ends one: a classic cross-reference table and trailer. */
function skiaLikePdf(): Uint8Array<ArrayBuffer> {
  const head = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n';
  const xref = head.length;
  const tail = `xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n<</Size 3\n/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new TextEncoder().encode(head + tail);
}

function utf16Hex(text: string): string {
  return [...text].map((ch) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
}

const PDF_REQUEST = { suggestedName: '宣城市科技局2023年上半年工作总结.gwdoc', title: '宣城市科技局2023年上半年工作总结', author: '宣城市科技局' };

describe('main/electron-main/main.ts: 打印 and 导出 PDF', () => {
  it('prints the main window itself through the system dialog: A4, no margins, not scaled', async () => {
    await startMain(fake);
    const window = await ready(fake);
    const contents = (window as unknown as { webContents: { print: ReturnType<typeof vi.fn> } }).webContents;
    await expect(invoke(fake, 'doc:print')).resolves.toBe(true);
    expect(contents.print).toHaveBeenCalledOnce();
    expect(contents.print.mock.calls[0]![0]).toEqual(PRINT_OPTIONS);
    expect(PRINT_OPTIONS).toMatchObject({ silent: false, pageSize: 'A4', margins: { marginType: 'none' }, scaleFactor: 100 });
    expect(fake.state.windows).toHaveLength(1);

    fake.state.printOutcome = { success: false, failureReason: 'cancelled' };
    await expect(invoke(fake, 'doc:print')).resolves.toBe(false);
    fake.state.printOutcome = { success: false, failureReason: 'Printing failed' };
    await expect(invoke(fake, 'doc:print')).rejects.toThrow(/打印机未能打印/);
    fake.state.printOutcome = { success: true, failureReason: '' };
  });

  it('asks where, prints the page to PDF with its outline, and writes it with the title and author', async () => {
    await startMain(fake);
    const window = await ready(fake);
    const contents = (window as unknown as { webContents: { printToPDF: ReturnType<typeof vi.fn> } }).webContents;
    fake.state.pdf = skiaLikePdf();
    const target = join(fake.state.userData, '导出');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const saved = await invoke(fake, 'doc:exportPdf', PDF_REQUEST);
    expect(saved).toEqual({ path: `${target}.pdf`, name: '导出.pdf' });
    const [, options] = dialog.showSaveDialog.mock.calls[0] as unknown as [unknown, { title: string; defaultPath: string; filters: { extensions: string[] }[] }];
    expect(options.title).toBe('导出 PDF');
    expect(options.defaultPath.endsWith('宣城市科技局2023年上半年工作总结.pdf')).toBe(true);
    expect(options.filters[0]!.extensions).toEqual(['pdf']);
    expect(contents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, displayHeaderFooter: false, generateDocumentOutline: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const written = new TextDecoder('latin1').decode(await readFile(`${target}.pdf`));
    expect(written.startsWith(new TextDecoder('latin1').decode(fake.state.pdf))).toBe(true);
    expect(written).toContain(`/Title <FEFF${utf16Hex(PDF_REQUEST.title)}>`);
    expect(written).toContain(`/Author <FEFF${utf16Hex('宣城市科技局')}>`);
    expect(fake.state.windows).toHaveLength(1);
  });

  it('prints nothing when the save dialog is cancelled', async () => {
    await startMain(fake);
    const window = await ready(fake);
    const contents = (window as unknown as { webContents: { printToPDF: ReturnType<typeof vi.fn> } }).webContents;
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(invoke(fake, 'doc:exportPdf', PDF_REQUEST)).resolves.toBeNull();
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a request without the metadata fields', async () => {
    await startMain(fake);
    await ready(fake);
    await expect(invoke(fake, 'doc:exportPdf', { suggestedName: '报告' })).rejects.toThrow('请求内容无效（doc:exportPdf）');
  });
});
