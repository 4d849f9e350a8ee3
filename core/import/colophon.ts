import { cellText, type Colophon } from '../model.ts';
import { copyToLine } from '../print/colophon.ts';
import { DATE } from './date-line.ts';
import type { SourceLine } from './source-lines.ts';
import { isRuleLine } from './rule-line.ts';

/**
 * 版记 (GB/T 9704-2012 7.4) read back: 抄送：A，B。 then the 印发机关 and 印发日期 (…2023年7月12日印发),
 * as the export writes them (a table at the foot of the last page) or as a web page or a .txt
 * carries them (lines after the 成文日期 or after the attachments).
 */

const SPACE = '[ \\t\\u3000]*';
/** 抄送： and its list. */
const COPY_TO = new RegExp(`^抄${SPACE}送${SPACE}[：:]${SPACE}(.*)$`, 'u');
/** The 印发 line: the 印发机关 (maybe none), the 印发日期 as written, 印发. */
const PRINTED = new RegExp(`^(.*?)${SPACE}(${DATE})${SPACE}印${SPACE}发$`, 'u');
/** The 版记's lines as the attachments' reader knows them (annexes.ts drops what is left of one). */
export const COLOPHON_LINE = new RegExp(`^(?:抄${SPACE}送|抄${SPACE}报)[：:]|${DATE}${SPACE}印发$`, 'u');
/** An 印发机关's name: no sentence marks, no date (a sentence glued to the 印发 line is not one). */
const PRINTER = new RegExp(`^(?!.*${DATE})[\\p{Script=Han}A-Za-z0-9（）()·${' \\t\\u3000'}]{0,40}$`, 'u');
/** Names on the 抄送 list are parted by ，(7.4.2); clerks also write 、 and ；. */
const NAME_SEPARATOR = /[，,、；;]/u;
/** How far from the end of the text a 版记 may stand (site footer lines after it). */
const TAIL = 16;
/** How many lines a long 抄送 list may wrap over before the 印发 line. */
const COPY_TO_LINES = 4;

export interface ReadColophon {
  colophon: Colophon;
  /** The 抄送 list was written otherwise than 7.4.2 prints it (，between names, 。 after the last). */
  copyToRewritten: boolean;
}

/** A 版记 from its lines (抄送 first, wrapped lines, the 印发 line last), or null when they are not one. */
export function readColophon(texts: readonly string[]): ReadColophon | null {
  const lines = texts.map((text) => text.trim()).filter((text) => text !== '' && !isRuleLine(text));
  const printed = PRINTED.exec(lines.at(-1) ?? '');
  if (!printed || !PRINTER.test(printed[1]!)) return null;
  const list = lines.slice(0, -1);
  if (list.length > 0 && !COPY_TO.test(list[0]!)) return null;
  if (list.slice(1).some((text) => COPY_TO.test(text) || PRINTED.test(text))) return null;
  const written = [COPY_TO.exec(list[0] ?? '')?.[1] ?? '', ...list.slice(1)].join('').trim();
  const copyTo = written
    .replace(/[。.]$/u, '')
    .split(NAME_SEPARATOR)
    .map((name) => name.trim())
    .filter(Boolean);
  return {
    colophon: { copyTo, printer: printed[1]!.trim(), printDate: printed[2]!.trim() },
    copyToRewritten: written !== '' && `抄送：${written}` !== copyToLine(copyTo),
  };
}

/** A table's rows as lines: each row its cells' text side by side. */
function tableLines(line: SourceLine): string[] {
  return line.table!.children.flatMap((row) => {
    const cells = row.children.map((cell) => cellText(cell).split('\n'));
    const depth = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: depth }, (_, k) => cells.map((c) => c[k] ?? '').join(' '));
  });
}

/**
 * The 版记 near the end of the text, taken out of the lines: the last 印发 line (or a table that
 * is a 版记) with the 抄送 lines right before it. A site's footer after it is left for the
 * furniture pass. Null when there is none.
 */
export function takeColophon<T extends SourceLine>(lines: readonly T[]): { colophon: ReadColophon | null; lines: readonly T[] } {
  const from = Math.max(Math.floor(lines.length / 2), lines.length - TAIL);
  for (let end = lines.length - 1; end >= from && end > 0; end--) {
    const line = lines[end]!;
    if (line.table) {
      const read = readColophon(tableLines(line));
      if (read) return { colophon: read, lines: [...lines.slice(0, end), ...lines.slice(end + 1)] };
      continue;
    }
    if (line.text.length > 80 || !PRINTED.test(line.text)) continue;
    // The 抄送 list's lines before it, and the rules around them.
    let start = end;
    for (let k = end - 1; k >= Math.max(0, end - COPY_TO_LINES - 2); k--) {
      const text = lines[k]!.text;
      if (lines[k]!.table) break;
      if (COPY_TO.test(text)) {
        start = k;
        break;
      }
      if (!isRuleLine(text) && text.length > 60) break;
    }
    while (start > 0 && !lines[start - 1]!.table && isRuleLine(lines[start - 1]!.text)) start--;
    const read = readColophon(lines.slice(start, end + 1).map((l) => l.text));
    // A 印发 line alone names its 印发机关: a bare date + 印发 in the text may be a sentence's end.
    if (!read || (start === end && !read.colophon.printer)) continue;
    return { colophon: read, lines: [...lines.slice(0, start), ...lines.slice(end + 1)] };
  }
  return { colophon: null, lines };
}
