import type { ExportFormat } from '../print/format.ts';
import type { PrintedRun } from '../print/printed-paragraph.ts';
import { fontPieces, xmlSafe } from './fonts.ts';
import { BODY_SIZE, TITLE_SIZE } from './page.ts';
import type { RunSpec } from './paragraph-xml.ts';

/**
 * Runs for a text in one role's font. Every run carries its rFonts (with the eastAsia hint) and
 * size itself, so a paragraph reads the same whatever style Word or WPS applies on top. A line
 * break typed into the text (or between the title's lines) becomes a w:br.
 */
function runs({ text, font: role, sizePt, color, tabBefore }: PrintedRun, format: ExportFormat, bold?: boolean): RunSpec[] {
  const level = role.startsWith('heading') ? (Number(role.slice(-1)) as 1 | 2 | 3 | 4) : 0;
  const size = sizePt !== undefined ? Math.round(sizePt * 2) : role === 'title' ? TITLE_SIZE : BODY_SIZE;
  const weight = bold ?? (level && format.boldLevels.has(level) ? true : undefined);
  const out: RunSpec[] = [];
  xmlSafe(text)
    .split('\n')
    .forEach((line, i) => {
      // A line break starts the line's first run (and an empty line is one run holding the break).
      const pieces = line === '' ? [{ text: '', font: format.fonts[role] }] : fontPieces(line, format.fonts[role]);
      pieces.forEach((piece, j) => {
        const run: RunSpec = { text: piece.text, font: piece.font, size };
        if (weight !== undefined) run.bold = weight;
        if (color) run.color = color;
        if (tabBefore && i === 0 && j === 0) run.tabBefore = true;
        if (j === 0 && i > 0) run.breakBefore = true;
        out.push(run);
      });
    });
  return out;
}

export const runsOf = (printed: readonly PrintedRun[], format: ExportFormat, bold?: boolean) => printed.flatMap((run) => runs(run, format, bold));
