/**
 * Reports with their tail, for the import corpus: stored pages are cut before a report's end, so
 * the tail is added by a seeded transform (run by derive.ts). The text is kept up to its last
 * whole sentence, then the tail a report ends with follows: 结束语 (特此报告。), 署名 (the organ
 * the source's title names, given in the list), 成文日期 in one of the forms clerks write it
 * (2022年3月8日, 2022-03-08, 2022.3.8, 二〇二二年三月八日), and sometimes the 附注 (（联系人：…）)
 * and the 版记 (…办公室 …印发). `lines`: each part on its own line; `glued`: the whole text
 * without line breaks, the tail glued on as 文库 previews and OA exports give it.
 */
import { chineseNumeral } from '../../../core/chinese-numeral.ts';
import { parseLabel } from '../../../core/import/labels.ts';

export type TailLayout = 'lines' | 'glued';
export type DateForm = 'cn' | 'dash' | 'dot' | 'numeral';

const CLOSINGS = ['特此报告。', '以上报告，请审阅。', '专此报告。', '以上报告，请予审议。'];
const DIGITS = '〇一二三四五六七八九';

export function writeDate(year: number, month: number, day: number, form: DateForm): string {
  switch (form) {
    case 'cn':
      return `${year}年${month}月${day}日`;
    case 'dash':
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    case 'dot':
      return `${year}.${month}.${day}`;
    case 'numeral':
      return `${[...String(year)].map((d) => DIGITS[Number(d)]).join('')}年${chineseNumeral(month)}月${chineseNumeral(day)}日`;
  }
}

/** The lines up to the last whole sentence: a cut last paragraph is shortened or left out, never a heading. */
function toLastSentence(lines: string[]): string[] {
  const out = [...lines];
  while (out.length) {
    const last = out[out.length - 1]!;
    if (/[。；;]$/u.test(last)) break;
    const stop = Math.max(last.lastIndexOf('。'), last.lastIndexOf('；'));
    if (stop > 0 && !parseLabel(last)) {
      out[out.length - 1] = last.slice(0, stop + 1);
      break;
    }
    if (parseLabel(last)) break;
    out.pop();
  }
  return out;
}

export interface Tail {
  signature: string;
  date: string;
  parts: string[];
}

export function makeTail(organ: string, year: number, form: DateForm, rng: () => number): Tail {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const date = writeDate(year, 1 + Math.floor(rng() * 12), 1 + Math.floor(rng() * 28), form);
  const parts = [pick(CLOSINGS), organ, date];
  if (rng() < 0.6) parts.push(`（联系人：XXX，联系电话：${13000000000 + Math.floor(rng() * 999999999)}）`);
  if (rng() < 0.6) parts.push(`${organ}办公室${rng() < 0.5 ? ' ' : ''}${date}印发`);
  return { signature: organ, date, parts };
}

export function withTail(text: string, tail: Tail, layout: TailLayout): string {
  const lines = toLastSentence(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  return layout === 'lines' ? [...lines, ...tail.parts].join('\n') : [...lines, ...tail.parts].join('');
}
