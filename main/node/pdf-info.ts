/**
 * The PDF's document information (title, author), set by an incremental update: a new Info
 * dictionary, a one-entry cross-reference section and a trailer pointing back to the old one are
 * appended, and nothing Chromium wrote is rewritten. Chromium's printToPDF takes the title from
 * the page and has no author; the 公文's 发文机关 is its author.
 */

export interface PdfInfo {
  title: string;
  author: string;
}

/** How far from the end the last trailer is looked for: Skia's is a few dozen bytes. */
const TAIL_BYTES = 4096;
const CREATOR = '公文写作台';

/** A PDF text string: UTF-16BE with its byte-order mark, as hex, so no character needs escaping. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

/** The last classic trailer: its /Size and /Root, and where the last cross-reference section starts. */
function lastTrailer(tail: string): { size: number; root: string; startxref: number } | null {
  const at = tail.lastIndexOf('trailer');
  if (at < 0) return null;
  const trailer = tail.slice(at);
  const size = /\/Size\s+(\d+)/u.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/u.exec(trailer);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/u.exec(trailer);
  if (!size || !root || !startxref) return null;
  return { size: Number(size[1]), root: root[1]!, startxref: Number(startxref[1]) };
}

/**
 * `pdf` with `info` as its document information. A PDF whose last section is not a classic
 * trailer (a cross-reference stream) is returned as it is: its metadata stays Chromium's.
 */
export function withPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const trailer = lastTrailer(latin1(pdf.subarray(Math.max(0, pdf.length - TAIL_BYTES))));
  if (!trailer) return pdf;
  const id = trailer.size;
  const lead = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const object = `${lead}${id} 0 obj\n<< /Title ${pdfTextString(info.title)} /Author ${pdfTextString(info.author)} /Creator ${pdfTextString(CREATOR)} >>\nendobj\n`;
  const objectOffset = pdf.length + lead.length;
  const xrefOffset = pdf.length + object.length;
  const update =
    `${object}xref\n${id} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${id + 1} /Root ${trailer.root} /Info ${id} 0 R /Prev ${trailer.startxref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  // Every character of the update is ASCII (the strings are hex): one byte each.
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf);
  for (let i = 0; i < update.length; i++) out[pdf.length + i] = update.charCodeAt(i);
  return out;
}
