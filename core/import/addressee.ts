import { parseLabel } from './labels.ts';
import type { Line } from './line-repair.ts';

const OPENING_WORDS = /如下|以下|现将|根据|为了|按照|为此|具体|内容|情况|报告|汇报/u;

/** Lines between a title and its addressee: a subtitle (——…在…会议上), the speaker or author. */
const BEFORE_ADDRESSEE = 3;
/** 市人民政府：现将… : an addressee glued to the first sentence of a text without line breaks. */
const GLUED_ADDRESSEE = /^([^。；;！!？?：:\s]{2,40}[：:])[ \t\u3000]*(?=\S)/u;
/**
 * How addressees end (an organ, 各单位, 各位代表): asked where no title or line break marks the
 * addressee's place (温馨提示： and 时间： lead a site's text too).
 */
export const ADDRESSEE_WORDS = '政府|办公厅|办公室|局|委|办|厅|部|院|会|处|室|中心|所|站|队|校|单位|部门|科室|机构|代表|委员|同志们?|领导|党组|党委|支部';
const ADDRESSEE_END = new RegExp(`(?:${ADDRESSEE_WORDS})[：:]$`, 'u');

/**
 * The 主送机关: a short line ending in ：after the title, or after the short lines that may stand
 * between (a subtitle, the speaker), or the first line of a text without a title (各位代表：);
 * in a text without line breaks, the start of the first line up to such a ：.
 */
export function findAddressee<T extends Line>(body: T[], titled: boolean): { addressee: string; body: T[] } | null {
  for (let k = 0; k < Math.min(body.length, titled ? BEFORE_ADDRESSEE + 1 : 1); k++) {
    // The addressee comes before any table.
    if (body[k]!.table) return null;
    const text = body[k]!.text;
    if (isAddressee(text) && (titled || ADDRESSEE_END.test(text))) return { addressee: text, body: [...body.slice(0, k), ...body.slice(k + 1)] };
    if (k === 0 && titled) {
      const glued = GLUED_ADDRESSEE.exec(text);
      if (glued && isAddressee(glued[1]!) && ADDRESSEE_END.test(glued[1]!)) return { addressee: glued[1]!, body: [{ ...body[0]!, text: text.slice(glued[0].length) }, ...body.slice(1)] };
    }
    if (text.length > 60 || /[。；;！!？?]/u.test(text) || parseLabel(text)) return null;
  }
  return null;
}

function isAddressee(text: string): boolean {
  return /^[^。；;！!？?]{2,50}[：:]$/u.test(text) && !parseLabel(text) && !OPENING_WORDS.test(text);
}
