import { isFullWidth, type MeasureText } from './char-width.ts';
import type { FontRole } from './format.ts';
import { TABLE_LAYOUT } from './table-layout.ts';

/** A cell as the widths see it: where it stands, how many columns it spans, its text. */
export interface WidthCell {
  column: number;
  colSpan: number;
  paragraphs: readonly string[];
  font: FontRole;
}

/**
 * The width of a text in 字 as the plan counts it: the measure's, with every half-width character
 * (digits, Latin) counted `halfWidthSlack` wider, as LibreOffice's substitute fonts set them. Used
 * both to size the columns and to break the cells' lines, so no reader breaks a cell onto more
 * lines than the plan did.
 */
export function cautiousWidth(text: string, font: FontRole, measure: MeasureText): number {
  let half = 0;
  for (const ch of text) if (!isFullWidth(ch)) half++;
  return measure(text, font) + half * TABLE_LAYOUT.halfWidthSlack;
}

/** The widest piece of a text that no reader breaks: a number or a Latin word (one hanzi otherwise). */
function widestWord(text: string, font: FontRole, measure: MeasureText): number {
  let widest = 0;
  for (const word of text.match(/[0-9A-Za-z.,%‰+\-−]+|[^\s]/gu) ?? []) widest = Math.max(widest, cautiousWidth(word, font, measure));
  return widest;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Grid column widths in pt summing to `totalPt`, from the cells' text: each column as wide as its
 * widest line plus `columnSlackChars`, the spare width shared out in proportion; where the text is
 * too wide for one line everywhere, the narrow columns keep their width and the wide ones keep
 * their widest unbreakable word (and two characters at least), the rest of the width going in
 * proportion to how much more each would take. A cell spanning columns widens them evenly where they are too narrow for it. All in pt,
 * the margins on both sides of a cell included.
 */
export function columnWidthsPt(cells: readonly WidthCell[], columns: number, totalPt: number, measure: MeasureText): number[] {
  if (columns === 0) return [];
  const { cellSizePt: size, cellMarginMm, columnSlackChars, minColumnChars } = TABLE_LAYOUT;
  const marginsPt = ((cellMarginMm.left + cellMarginMm.right) * 72) / 25.4;
  const least = (minColumnChars * size + marginsPt) as number;
  const wanted: number[] = new Array<number>(columns).fill(least);
  const floor: number[] = new Array<number>(columns).fill(least);
  const spanning: WidthCell[] = [];
  for (const cell of cells) {
    if (cell.colSpan > 1) {
      spanning.push(cell);
      continue;
    }
    const text = Math.max(0, ...cell.paragraphs.map((p) => cautiousWidth(p, cell.font, measure)));
    wanted[cell.column] = Math.max(wanted[cell.column]!, (text + columnSlackChars) * size + marginsPt);
    const word = Math.max(0, ...cell.paragraphs.map((p) => widestWord(p, cell.font, measure)));
    floor[cell.column] = Math.max(floor[cell.column]!, (word + columnSlackChars) * size + marginsPt);
  }
  for (const cell of spanning) {
    const span = wanted.slice(cell.column, cell.column + cell.colSpan);
    const text = Math.max(0, ...cell.paragraphs.map((p) => cautiousWidth(p, cell.font, measure)));
    const short = (text + columnSlackChars) * size + marginsPt - sum(span);
    if (short > 0) for (let c = cell.column; c < cell.column + cell.colSpan; c++) wanted[c]! += short / cell.colSpan;
  }
  for (let c = 0; c < columns; c++) floor[c] = Math.min(floor[c]!, wanted[c]!);
  const total = sum(wanted);
  if (total <= totalPt) return wanted.map((w) => w + ((totalPt - total) * w) / total);
  // Too wide: the columns that want no more than an even share of what is left get what they want
  // (a 序号, a figure, a short 备注 stay on one line), over and over; the wide ones share the rest.
  const widths = [...wanted];
  let open = wanted.map((_, c) => c);
  let left = totalPt;
  for (;;) {
    const fair = left / open.length;
    const settled = open.filter((c) => wanted[c]! <= fair);
    if (settled.length === 0 || settled.length === open.length) break;
    left -= sum(settled.map((c) => wanted[c]!));
    open = open.filter((c) => wanted[c]! > fair);
  }
  const floors = sum(open.map((c) => floor[c]!));
  if (floors >= left) {
    // Not even the unbreakable words fit: every column in proportion to its least width.
    const least = sum(floor);
    return floor.map((w) => (w * totalPt) / least);
  }
  const extra = sum(open.map((c) => wanted[c]! - floor[c]!));
  for (const c of open) widths[c] = floor[c]! + ((left - floors) * (wanted[c]! - floor[c]!)) / extra;
  return widths;
}
