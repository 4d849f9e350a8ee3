/** Full-width (U+3000) and half-width spaces, no-break and zero-width spaces, and BOMs: what clerks indent with and copies leave at the ends of lines. */
const EDGES = /^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/gu;

/** The text without white space of any width at its ends (inside it nothing is touched). */
export function trimEdges(text: string): string {
  return text.replace(EDGES, '');
}
