import { parseChineseNumeral } from '../chinese-numeral.ts';
import { blockText, isHeading } from '../model.ts';
import type { CheckContext, Draft } from './finding.ts';
import { excerpt, where } from './message.ts';
import { PRINTED } from './printed.ts';

const ENUMERATOR = /(?<=^|[。；;，,：:！？!?、\s）)”’])([一二三四五六七八九十]{1,3})是/gu;
const numeral = (n: number) => '零一二三四五六七八九十'[n] ?? String(n);
const enumeratorName = (n: number) => `「${n <= 10 ? numeral(n) : `十${numeral(n - 10)}`}是」`;

/**
 * 一是 / 二是 / 三是 … within a paragraph, continued across the paragraphs that follow it until the
 * next heading (one item a paragraph is common): a number may follow the one before it, or start
 * again at 一是. A gap (一是…三是), a repeat (二是…二是) or a step back is a finding. An item
 * starts a clause (after 。；，：、 or at the start); 统一是, 唯一是, 第三是 and the idiom 一是一、二是二
 * are not items.
 */
export function enumerationFindings({ document }: CheckContext): Draft<'enumeration'>[] {
  const findings: Draft<'enumeration'>[] = [];
  let last = 0;
  document.blocks.forEach((block, b) => {
    if (!PRINTED.has(block.type)) return;
    if (block.type !== 'paragraph') last = 0;
    if (block.type !== 'paragraph' && !(isHeading(block) && block.runIn)) return;
    const text = blockText(block);
    for (const m of text.matchAll(ENUMERATOR)) {
      const value = parseChineseNumeral(m[1]!);
      if (!(value >= 1 && value <= 20)) continue;
      const start = m.index;
      const end = start + m[0].length;
      // 一是一、二是二 (an idiom: things as they are), not a list.
      if (text.startsWith(m[1]!, end) && /^(?:[，、,；;。\s]|$)/u.test(text.slice(end + m[1]!.length))) continue;
      const here = `${where(b)}${excerpt(text, start, end)}：`;
      if (value === 1 || value === last + 1) {
        last = value;
        continue;
      }
      let message: string;
      if (value > last + 1) {
        const missing = [];
        for (let k = last + 1; k < value; k++) missing.push(enumeratorName(k));
        message = `${here}${enumeratorName(value)}之前缺少${missing.join('')}`;
      } else if (value === last) {
        message = `${here}${enumeratorName(value)}重复`;
      } else {
        message = `${here}${enumeratorName(value)}排在${enumeratorName(last)}之后，顺序颠倒`;
      }
      findings.push({ code: 'enumeration', block: b, start, end, message });
      last = value;
    }
  });
  return findings;
}
