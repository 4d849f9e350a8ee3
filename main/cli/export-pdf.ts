import type { GongwenDocument } from '../../core/model.ts';
import { writeFileAtomic } from '../node/files.ts';
import { convertDocxToPdf, findPdfConverter, NO_PDF_CONVERTER, type FindOptions } from '../node/pdf-converter.ts';
import { withPdfInfo } from '../node/pdf-info.ts';

/**
 * `gongwen export FILE -o FILE.pdf`: the exported .docx converted by LibreOffice, with the
 * 公文's title and 发文机关 in the PDF's metadata, written atomically. Loaded only for a .pdf
 * output, so no other command pays for it.
 */
export async function writePdf(docx: Uint8Array, output: string, document: GongwenDocument, options: FindOptions = {}): Promise<void> {
  const converter = findPdfConverter(options);
  if (!converter) throw new Error(NO_PDF_CONVERTER);
  const title = document.blocks.find((block) => block.type === 'title');
  const info = { title: title ? title.children.map((run) => run.text).join('').replace(/\s+/gu, '') : '', author: document.meta.organ };
  await writeFileAtomic(output, withPdfInfo(await convertDocxToPdf(converter, docx), info));
}
