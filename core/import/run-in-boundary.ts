/**
 * Where a labelled paragraph's heading ends and its body begins.
 *
 * - A first sentence ending in 。 within MAX_HEADING_SENTENCE characters, with text after it, is
 *   a run-in heading: （一）系统谋划，加快促进科技成果转化。举办…  (。 inside quotes or brackets
 *   does not count, as in core/run-in.ts).
 * - Without such a 。, a text of at most MAX_STANDALONE characters is a standalone heading.
 * - A longer text whose first 。 is missing or far away has lost the 。 after its heading
 *   sentence (1.加大科技研发投入力度充分发挥联席会议机制作用…). The heading ends where, within
 *   the first LOST_STOP_WINDOW characters and at least MIN_HEADING characters in, a typical body
 *   opener follows a Chinese character directly (no comma between): first an adverbial opener
 *   (充分 大力 加快 持续 积极 进一步 深入 坚持 全面 着力 不断 切实 围绕 按照 聚焦 …), failing that a
 *   plain work verb (加强 推动 推进 健全 完善 …). The 。 is restored, and a “ left open by the
 *   loss is closed (聚焦科创平台“蓄能聚焦… → 聚焦科创平台“蓄能”。).
 * - A first sentence longer than LONG_HEADING_SENTENCE with a sure body opener inside (大力 充分
 *   进一步 围绕 按照 我市 …, words that hardly occur mid-heading) lost its 。 there too.
 * - Failing that, the first 。 ends the heading wherever it is; without one, the whole text is
 *   the heading.
 */

export const MAX_HEADING_SENTENCE = 40;
export const MAX_STANDALONE = 50;
export const LOST_STOP_WINDOW = 30;
export const MIN_HEADING = 4;

const STRONG_OPENERS = [
  '充分', '大力', '加快', '持续', '积极', '进一步', '深入', '坚持', '全面', '着力', '不断', '切实', '认真', '扎实', '围绕', '按照',
  '根据', '结合', '依托', '聚焦', '通过', '今年以来', '今年', '年初以来', '目前', '截至', '截止', '全年', '严格', '主动', '始终', '紧紧',
  '紧扣', '立足', '对照', '针对', '一是', '我局', '我市', '我区', '我县', '全市', '全区', '全县', '各级', '继续', '努力', '进一步',
];
/** Words a body sentence typically starts with (the adverbial openers). */
export const BODY_OPENERS: readonly string[] = STRONG_OPENERS;

const WEAK_OPENERS = [
  '加强', '强化', '推动', '推进', '健全', '完善', '建立', '构建', '提升', '提高', '做好', '抓好', '组织', '开展', '实施', '落实',
  '鼓励', '支持', '引导', '注重', '狠抓', '优化', '深化', '打造', '争取', '力争', '确保',
];

const OPEN = '“‘《（(〈【「『';
const CLOSE = '”’》）)〉】」』';
const HAN = /\p{Script=Han}/u;

export interface HeadingSplit {
  /** The heading sentence: with its 。 when run-in (restored when it was lost). */
  heading: string;
  /** Body text after the heading sentence; "" for a standalone heading. */
  body: string;
  runIn: boolean;
  /** The 。 closing the heading sentence was missing in the source and has been put back. */
  restored: boolean;
}

/** Index just after the first 。 outside quotes and brackets, or -1. */
export function firstStop(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '。' && depth === 0) return i + 1;
  }
  return -1;
}

/** A sentence opening on its year: 2022年以来, 2022年，… (a heading names a year before a noun: 2022年工作). */
const YEAR_OPENER = /(?:\d{4}|20[Xx×]{2})年(?:以来|[，,]|上半年[，,]|全年[，,])/uy;

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true;
  YEAR_OPENER.lastIndex = at;
  return words.length > 0 && YEAR_OPENER.test(text);
}

/**
 * Openers that hardly ever stand inside a heading sentence: a first sentence longer than
 * LONG_HEADING_SENTENCE with one of them right after a Chinese character is a heading whose 。
 * was lost followed by the body's first sentence (加快高新技术园区建设大力推进六安高新区争创国家级高新区。).
 */
const SURE_OPENERS = ['大力', '充分', '进一步', '切实', '认真', '扎实', '围绕', '按照', '根据', '结合', '依托', '通过', '今年以来', '目前', '截至', '截止', '一是', '我局', '我市', '我区', '我县'];
export const LONG_HEADING_SENTENCE = 24;

/** Where the lost 。 was: the heading's length and whether a “ is left open there; or null. */
export function lostStopBoundary(text: string, strong: readonly string[] = STRONG_OPENERS, weakOpeners: readonly string[] = WEAK_OPENERS): { at: number; openQuote: boolean } | null {
  let depth = 0;
  let openQuote = false;
  let weak: { at: number; openQuote: boolean } | null = null;
  const end = Math.min(LOST_STOP_WINDOW, text.length - 8);
  for (let p = 0; p <= end; p++) {
    if (p >= MIN_HEADING && (depth === 0 || (depth === 1 && openQuote))) {
      const prev = text[p - 1]!;
      if (HAN.test(prev) || prev === '”' || prev === '》') {
        if (startsWithAny(text, p, strong)) return { at: p, openQuote: depth === 1 };
        if (!weak && startsWithAny(text, p, weakOpeners)) weak = { at: p, openQuote: depth === 1 };
      }
    }
    const ch = text[p];
    if (ch === undefined) break;
    if ('。；;'.includes(ch)) break;
    if (OPEN.includes(ch)) {
      depth++;
      openQuote = ch === '“';
    } else if (CLOSE.includes(ch)) {
      depth = Math.max(0, depth - 1);
      openQuote = false;
    }
  }
  return weak;
}

function runIn(heading: string, body: string, restored = false): HeadingSplit {
  return { heading, body, runIn: true, restored };
}

function restore(text: string, lost: { at: number; openQuote: boolean }): HeadingSplit {
  return runIn(text.slice(0, lost.at) + (lost.openQuote ? '”' : '') + '。', text.slice(lost.at).trim(), true);
}

function standalone(text: string): HeadingSplit {
  return { heading: text, body: '', runIn: false, restored: false };
}

/** Splits the text of a labelled paragraph (label removed) into heading sentence and body. */
export function splitHeading(text: string): HeadingSplit {
  const stop = firstStop(text);
  if (stop > 0 && stop <= MAX_HEADING_SENTENCE) {
    const body = text.slice(stop).trim();
    if (body && stop > LONG_HEADING_SENTENCE) {
      const lost = lostStopBoundary(text, SURE_OPENERS, []);
      if (lost && lost.at >= 6) return restore(text, lost);
    }
    return body ? runIn(text.slice(0, stop), body) : standalone(text);
  }
  if (stop < 0 && text.length <= MAX_STANDALONE) {
    // 工作开展情况2022年以来，…如下：: a short text with a clause in it may still hide a sentence.
    const lost = /[，,：:]/u.test(text) ? lostStopBoundary(text, SURE_OPENERS, []) : null;
    return lost ? restore(text, lost) : standalone(text);
  }
  const lost = lostStopBoundary(text);
  if (lost) return restore(text, lost);
  if (stop > 0) {
    const body = text.slice(stop).trim();
    return body ? runIn(text.slice(0, stop), body) : standalone(text);
  }
  return standalone(text);
}
