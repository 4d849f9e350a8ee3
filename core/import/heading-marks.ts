import { parseBareLabel } from './labels.ts';
import type { Line } from './line-repair.ts';

/** Whether the source marks the line as a heading: an outline level 1–4 (a heading style) or a list number (not a bullet). */
export function marksHeading(line: Line): boolean {
  const listLabel = line.hint?.listLabel?.trim();
  return hintLevel(line) !== undefined || (listLabel !== undefined && parseBareLabel(listLabel) !== null);
}

/** The heading level the source states (Word's outline levels 0–3 → 1–4), if any. */
export function hintLevel(line: Line): 1 | 2 | 3 | 4 | undefined {
  const outline = line.hint?.outlineLevel;
  return outline !== undefined && outline >= 0 && outline <= 3 ? ((outline + 1) as 1 | 2 | 3 | 4) : undefined;
}
