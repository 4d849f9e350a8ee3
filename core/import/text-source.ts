import type { SourceParagraph } from './source.ts';

/** Full-width (U+3000) and half-width spaces, no-break spaces, and other white space at either end. */
const EDGES = /^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/gu;

/** Plain text → one source paragraph per non-empty line, trimmed of full-width and half-width spaces. */
export function textToParagraphs(text: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  for (const line of text.split(/\r\n|\r|\n/u)) {
    const trimmed = line.replace(EDGES, '');
    if (trimmed) paragraphs.push({ text: trimmed });
  }
  return paragraphs;
}
