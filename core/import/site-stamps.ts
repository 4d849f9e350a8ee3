/**
 * The stamps an article page or a compilation site (范文网) prints around a report: the time it was
 * posted with its time of day, view counts, the site's address, and the editor's intro sentence
 * (下面是小编为大家整理的…，供大家参考). Each test looks at one line only (see furniture.ts).
 */

const DATE = '\\d{4}[ \\t\\u3000]*(?:[-./／年月][ \\t\\u3000]*\\d{1,2}[ \\t\\u3000]*){2}日?';
/** A date with the time of day: a report's dates never carry one, a page's posting time does. */
const DATE_TIME = new RegExp(`${DATE}[ \\t\\u3000]*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?`, 'gu');
const WITH_SECONDS = new RegExp(`${DATE}[ \\t\\u3000]*\\d{1,2}[:：]\\d{2}[:：]\\d{2}`, 'u');
/** What may stand beside a posting time on its line without making it a sentence: counts, 星期一. */
const STAMP_REST = /^[\d\s\u3000+\-|｜/·•:：]*(?:星期[一二三四五六日天]|周[一二三四五六日天])?[\d\s\u3000+\-|｜/·•:：]*$/u;
/** 浏览1135次 · 阅读量：52 · 点击数: 7 · 浏览数: */
const VIEW_COUNT = /(?:浏览|阅读|点击|访问)(?:量|数|次数)?[ \t\u3000]*[:：]?[ \t\u3000]*(?:\d+[ \t\u3000]*次|\d+|$|[ \t\u3000])|\d+[ \t\u3000]*次(?:浏览|阅读|点击)/u;
const ADDRESS = /(?:https?:\/\/|www\.)[\w.-]+\.[a-z]{2,}/iu;
const INTRO =
  /小编.{0,24}(?:整理|准备|收集|推荐|带来|分享|精选|编辑|搜集)|(?:供大家|供您|供你|仅供)参考|希望(?:对你|对您|对大家|能对|可以)?.{0,8}(?:有所帮助|帮助到|有帮助)/u;

/** Whether a whole line is one of these stamps. Lines with a full stop are sentences, not stamps. */
export function isSiteStamp(line: string): boolean {
  const text = line.trim();
  const intro = INTRO.exec(text);
  // The intro ends its line; one glued to the report's text is cut off by find-title.ts instead.
  if (intro) return text.length <= 300 && !/[。！!？?].{3,}/u.test(text.slice(intro.index));
  if (text.length > 80 || text.includes('。')) return false;
  if (WITH_SECONDS.test(text)) return true;
  DATE_TIME.lastIndex = 0;
  if (DATE_TIME.test(text) && STAMP_REST.test(text.replace(DATE_TIME, ''))) return true;
  if (ADDRESS.test(text)) return true;
  return text.length <= 60 && VIEW_COUNT.test(text);
}
