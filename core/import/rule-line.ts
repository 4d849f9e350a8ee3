/**
 * A rule drawn with characters: how a web page or a .txt carries the 版头's red separator and the
 * 版记's lines (———, ───, ＿＿＿, ……). Read by banner.ts and colophon.ts alike.
 */
const RULE = /^[-—─━_=＿﹏～~·.…\s\u3000]{3,}$/u;

export function isRuleLine(text: string): boolean {
  return RULE.test(text);
}
