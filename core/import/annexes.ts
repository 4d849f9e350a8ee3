import { isDateLine } from './date-line.ts';
import { DATE } from './date-line.ts';
import { COLOPHON_LINE } from './colophon.ts';
import type { Line } from './line-repair.ts';
import type { DropList, SourceLine } from './source-lines.ts';

/**
 * The attachments (附件, GB/T 9704-2012 §8) printed after the 成文日期: each starts with a line
 * that is only its label — 附件, 附件1, 附件2：— and its title on the next line; its content
 * runs to the next such label. The 附件说明 in the body (附件：1.名称) is not one: it stands
 * before the date, and its names follow a number.
 */
const ANNEX_LABEL = /^附[ \t\u3000]*件[ \t\u3000]*[0-9０-９]{0,2}[ \t\u3000]*[：:]?$/u;
/** A name on the 附件说明's list (1.名称): after a bare 附件：, what follows is that list, not a title. */
const NUMBERED_NAME = /^[0-9０-９]{1,2}[ \t\u3000]*[.．、]/u;
const SIGNED_DATE = new RegExp(`${DATE}$`, 'u');
/** How far before the first 附件 the 成文日期 may stand (the signature, 附注 between). */
const DATE_ZONE = 6;

function isLabelLine(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  const title = lines[i + 1];
  if (line.table || !ANNEX_LABEL.test(line.text)) return false;
  if (!title || title.table || ANNEX_LABEL.test(title.text) || isDateLine(title.text)) return false;
  return !(/[：:]$/u.test(line.text) && NUMBERED_NAME.test(title.text));
}

/** The lines before the first attachment, and those from it on (empty without one). */
export function splitAnnexes<T extends SourceLine>(lines: T[]): { body: T[]; annexes: T[] } {
  for (let i = 1; i < lines.length; i++) {
    if (!isLabelLine(lines, i)) continue;
    const dated = lines.slice(Math.max(0, i - DATE_ZONE), i).some((line) => !line.table && (isDateLine(line.text) || (line.text.length <= 40 && SIGNED_DATE.test(line.text))));
    if (dated) return { body: lines.slice(0, i), annexes: lines.slice(i) };
  }
  return { body: lines, annexes: [] };
}

export interface AnnexLines {
  title: string;
  content: Line[];
}

/** The attachments' lines (from splitAnnexes) as titles and content; a 版记 at the end is dropped. */
export function annexesOf(lines: readonly SourceLine[], dropped: DropList): AnnexLines[] {
  let end = lines.length;
  while (end > 0 && !lines[end - 1]!.table && COLOPHON_LINE.test(lines[end - 1]!.text)) end--;
  dropped.lines(lines.slice(end));
  const annexes: AnnexLines[] = [];
  for (let i = 0; i < end; i++) {
    if (i + 1 < end && isLabelLine(lines, i)) {
      // A title broken over lines inside its paragraph (the export's 梯形, title-lines.ts) is one title.
      let title = lines[++i]!.text;
      while (i + 1 < end && !lines[i + 1]!.table && lines[i + 1]!.source === lines[i]!.source) title += lines[++i]!.text;
      annexes.push({ title, content: [] });
    } else {
      annexes[annexes.length - 1]?.content.push(lines[i]!);
    }
  }
  return annexes;
}
