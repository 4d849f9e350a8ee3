/**
 * A run-in heading (levels 2–4) is its first sentence, up to and including 。, followed by body
 * text in the same paragraph: （一）系统谋划，加快促进科技成果转化。举办……
 * The editor, the outline, the status line and the export all split it here, the same way.
 */

const OPEN = '“‘《（(〈【「『';
const CLOSE = '”’》）)〉】」』';

/**
 * Splits a run-in heading into its heading sentence (ending with 。) and the body text after it.
 * A 。 inside quotes or brackets does not end the sentence. Without a 。 the whole text is the
 * heading.
 */
export function splitRunIn(text: string): { heading: string; body: string } {
  let depth = 0;
  let index = 0;
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '。' && depth === 0) {
      const end = index + ch.length;
      return { heading: text.slice(0, end), body: text.slice(end) };
    }
    index += ch.length;
  }
  return { heading: text, body: '' };
}

/** The heading sentence shown for a heading in the outline and status line. */
export function headingSummary(text: string, runIn: boolean | undefined): string {
  return runIn ? splitRunIn(text).heading : text;
}
