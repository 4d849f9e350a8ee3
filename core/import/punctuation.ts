/**
 * Optional punctuation normalisation (GB/T 15834): half-width , : ; ( ) ? in Chinese text become
 * ，：；（）？. A mark is in Chinese text when a Chinese character (or Chinese punctuation) stands
 * next to it, spaces aside. Never touched: marks inside URLs and e-mail addresses, between digits
 * (1,000 · 10:30), and in Latin text (both neighbours Latin or digits). A pair of brackets is
 * converted together when either bracket is in Chinese text: (2022-2024) after 年 becomes
 * （2022-2024）, and (一) at a paragraph's start, followed by Chinese, becomes （一）.
 */

const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—]/u;
const URL = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef“”‘’<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？' };
const MARKS = /[,:;()?]/u;

function neighbour(text: string, at: number, step: 1 | -1): string {
  for (let i = at + step, n = 0; i >= 0 && i < text.length && n < 4; i += step, n++) {
    const ch = text[i]!;
    if (ch !== ' ' && ch !== '\t') return ch;
  }
  return '';
}

function isChinese(ch: string): boolean {
  return ch !== '' && CHINESE.test(ch);
}

export function normalizePunctuation(text: string): string {
  if (!MARKS.test(text)) return text;
  const protectedAt = new Uint8Array(text.length);
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text)) protectedAt.fill(1, m.index, m.index + m[0].length);

  const out = text.split('');
  const inChinese = (i: number) => isChinese(neighbour(text, i, -1)) || isChinese(neighbour(text, i, 1));
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!(ch in FULL) || protectedAt[i]) continue;
    if (ch === '(') {
      open.push(i);
      continue;
    }
    if (ch === ')') {
      const start = open.pop();
      const convert = inChinese(i) || (start !== undefined && inChinese(start));
      if (convert) {
        out[i] = '）';
        if (start !== undefined) out[start] = '（';
      }
      continue;
    }
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    if ((ch === ',' || ch === ':') && /\d/u.test(before) && /\d/u.test(after)) continue;
    if (isChinese(before) || isChinese(after)) out[i] = FULL[ch]!;
  }
  // Unmatched ( in Chinese text.
  for (const start of open) if (inChinese(start)) out[start] = '（';
  return out.join('');
}
