import type { SourceParagraph } from './source.ts';
import { trimEdges } from './trim-edges.ts';

/** Plain text → one source paragraph per non-empty line, trimmed of full-width and half-width spaces. */
export function textToParagraphs(text: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  for (const line of text.split(/\r\n|\r|\n/u)) {
    const trimmed = trimEdges(line);
    if (trimmed) paragraphs.push({ text: trimmed });
  }
  return paragraphs;
}
