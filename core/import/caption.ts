import { hintLevel } from './heading-marks.ts';
import { parseLabel } from './labels.ts';
import type { Line } from './line-repair.ts';

/**
 * 表题: a table's caption, the short line right before it. Read conservatively, as a heading
 * would be lost if read as a caption: a line with a label (一、 1. （一）) or an outline level
 * stays a heading, one with a sentence mark stays a paragraph. A caption either names a table by
 * its words (表1 …, 附表2, …情况表, …一览表, …统计表 — a unit in brackets may follow) or is
 * set centred in the source.
 */
const MAX_CAPTION = 40;
const TABLE_NUMBER = /^(?:附|续)?表[ \t\u3000]*[0-9０-９一二三四五六七八九十]{1,3}(?:[-－.．][0-9０-９]{1,2})?(?:[ \t\u3000：:]|$)/u;
const TABLE_WORD = /表(?:[ \t\u3000]*[（(][^（）()]{1,20}[）)])?$/u;
const SENTENCE = /[。；;！!？?，,]/u;

export function isCaption(line: Line, next: Line | undefined): boolean {
  if (!next?.table || line.table) return false;
  const text = line.text;
  if (!text || text.length > MAX_CAPTION || text.includes('\n') || SENTENCE.test(text)) return false;
  if (hintLevel(line) !== undefined || line.hint?.listLabel || parseLabel(text)) return false;
  return TABLE_NUMBER.test(text) || TABLE_WORD.test(text) || line.hint?.alignment === 'center';
}
