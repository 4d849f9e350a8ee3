/**
 * Breaking a 2号 title into lines (GB/T 9704 7.3.1): at most 20 characters a line, whole words,
 * a 梯形 or 菱形 shape, never 2023|年, never inside 《…》, never one or two characters alone.
 */

export const TITLE_CHARS_PER_LINE = 20;

/** Width in 字 (one hanzi): half-width characters of 小标宋 measure about 0.6 字. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  return code < 0x2e80 && !'“”‘’—…·'.includes(ch) ? 0.6 : 1;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/**
 * Word (by default) and LibreOffice (always) add about ⅕ 字 between a hanzi and a digit or Latin
 * letter; a line that only just fits without it wraps, leaving one character alone on a line.
 */
export const AUTOSPACE = 0.2;

function isHalfWidthAlnum(ch: string): boolean {
  return /^[0-9A-Za-z]$/u.test(ch);
}

/** A line's width as printed: textWidth plus the automatic space at each hanzi–digit boundary. */
export function lineWidth(text: string): number {
  const chars = [...text];
  let width = textWidth(text);
  for (let i = 1; i < chars.length; i++) if (isHalfWidthAlnum(chars[i - 1]!) !== isHalfWidthAlnum(chars[i]!)) width += AUTOSPACE;
  return width;
}

const OPENERS = '《（(“‘〈【';
const CLOSERS = '》）)”’〉】、，。：；！？';
const UNITS = '年月日号届次期个项';
const CONJUNCTIONS = '和与及暨';
const DOC_KINDS = ['报告', '通知', '意见', '方案', '计划', '总结', '打算', '要点', '请示', '函', '办法', '规划'];
/** 公文 verbs that Intl.Segmenter's dictionary splits (印|发): never broken inside. */
const WORDS = ['印发', '转发', '批转', '报送', '下达', '颁布', '废止', '修订', '贯彻落实'];
/** Above this many lines the exhaustive search is replaced by a dynamic programme (a pasted paragraph). */
const EXHAUSTIVE_MAX_LINES = 3;

interface Candidate {
  /** Break before chars[index]. */
  index: number;
  penalty: number;
}

function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>();
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  let offset = 0;
  for (const { segment } of segmenter.segment(text)) {
    offset += [...segment].length;
    boundaries.add(offset);
  }
  return boundaries;
}

function candidates(chars: string[], organ: string): Candidate[] {
  const text = chars.join('');
  const words = wordBoundaries(text);
  const organEnd = organ && text.startsWith(organ) ? [...organ].length : -1;
  const out: Candidate[] = [];
  let bookDepth = 0;
  for (let i = 1; i < chars.length; i++) {
    const before = chars[i - 1]!;
    const after = chars[i]!;
    if (before === '《') bookDepth++;
    if (before === '》') bookDepth = Math.max(0, bookDepth - 1);
    if (CLOSERS.includes(after) || OPENERS.includes(before)) continue;
    if (/[0-9０-９]/.test(before) && (/[0-9０-９.]/.test(after) || UNITS.includes(after))) continue;
    if (organEnd > 0 && i < organEnd) continue;
    if (WORDS.some((word) => insideWord(text, i, word))) continue;
    let penalty = words.has(i) ? 0 : 40;
    // A 书名号 pair is split only when the name alone is longer than a line.
    if (bookDepth > 0) penalty += 80;
    if (i === organEnd) penalty -= 30;
    if (text.startsWith('关于', i)) penalty -= 25;
    if ('、》”）'.includes(before)) penalty -= 12;
    if ('《“（'.includes(after)) penalty -= 8;
    if (CONJUNCTIONS.includes(after)) penalty -= 10;
    if (CONJUNCTIONS.includes(before)) penalty -= 4;
    if (after === '的' && DOC_KINDS.some((kind) => text.endsWith(kind) && text.length - i <= kind.length + 2)) penalty -= 10;
    out.push({ index: i, penalty });
  }
  return out;
}

/** Whether a break before text[i] falls inside an occurrence of word. */
function insideWord(text: string, i: number, word: string): boolean {
  for (let k = 1; k < word.length; k++) if (text.startsWith(word, i - k)) return true;
  return false;
}

/**
 * Shape: 梯形 or 菱形 (7.3.1), never 长方形 (equal lines) or 沙漏形 (an inner line shorter than both
 * neighbours). A mild cost for lines much shorter than the longest makes the search prefer balanced
 * lines among equally good breaks; it stays below a split word (40), so meaning comes first.
 */
function shapePenalty(widths: number[]): number {
  const longest = Math.max(...widths);
  const balance = widths.reduce((sum, w) => sum + (8 * (longest - w)) / longest, 0);
  return balance + outlinePenalty(widths);
}

function outlinePenalty(widths: number[]): number {
  if (widths.length === 2) return Math.abs(widths[0]! - widths[1]!) < 1 ? 15 : 0;
  if (widths.length >= 3) {
    let penalty = 0;
    for (let i = 1; i < widths.length - 1; i++) {
      // 沙漏形: an inner line shorter than both neighbours
      if (widths[i]! < widths[i - 1]! - 0.5 && widths[i]! < widths[i + 1]! - 0.5) penalty += 40;
    }
    if (Math.max(...widths) - Math.min(...widths) < 1) penalty += 15;
    return penalty;
  }
  return 0;
}

function bestSplit(chars: string[], organ: string): string[] {
  const total = lineWidth(chars.join(''));
  if (total <= TITLE_CHARS_PER_LINE) return [chars.join('')];
  const cands = candidates(chars, organ);
  // Prefix sums of the character widths and of the hanzi–digit boundaries (before chars[k]).
  const prefix: number[] = [0];
  for (const ch of chars) prefix.push(prefix[prefix.length - 1]! + charWidth(ch));
  const boundaries: number[] = [0];
  for (let k = 1; k <= chars.length; k++) {
    const at = k < chars.length && isHalfWidthAlnum(chars[k - 1]!) !== isHalfWidthAlnum(chars[k]!) ? 1 : 0;
    boundaries.push(boundaries[k - 1]! + at);
  }
  // Boundaries inside chars[from..to): those before chars[from+1] … chars[to-1].
  const width = (from: number, to: number) => prefix[to]! - prefix[from]! + AUTOSPACE * (boundaries[to - 1]! - boundaries[from]!);
  const minLines = Math.ceil(total / TITLE_CHARS_PER_LINE);
  if (minLines > EXHAUSTIVE_MAX_LINES) {
    const lines = splitLong(chars, cands, width);
    return lines.length ? lines : cutAtWidth(chars);
  }
  let best: { cost: number; breaks: number[] } | null = null;
  for (let lines = minLines; lines <= minLines + 2; lines++) {
    // Each extra line must buy a clearly better break (a whole word instead of a split one).
    const extra = (lines - minLines) * 25;
    const choose = (start: number, from: number, breaks: number[], cost: number) => {
      if (breaks.length === lines - 1) {
        const last = width(from, chars.length);
        if (last > TITLE_CHARS_PER_LINE || chars.length - from <= 2) return;
        const widths = [...breaks, chars.length].map((end, k) => width(k === 0 ? 0 : breaks[k - 1]!, end));
        const total = cost + extra + shapePenalty(widths);
        if (!best || total < best.cost) best = { cost: total, breaks: [...breaks] };
        return;
      }
      for (let c = start; c < cands.length; c++) {
        const { index, penalty } = cands[c]!;
        const w = width(from, index);
        if (w > TITLE_CHARS_PER_LINE) break;
        if (index - from <= 2) continue;
        breaks.push(index);
        choose(c + 1, index, breaks, cost + penalty);
        breaks.pop();
      }
    };
    choose(0, 0, [], 0);
  }
  const found = best as { cost: number; breaks: number[] } | null;
  if (found) {
    const bounds = [0, ...found.breaks, chars.length];
    return bounds.slice(1).map((end, k) => chars.slice(bounds[k], end).join(''));
  }
  return cutAtWidth(chars);
}

/** No clean break exists (e.g. one 30-character word): cut at the width limit. */
function cutAtWidth(chars: string[]): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of chars) {
    if (lineWidth(line + ch) > TITLE_CHARS_PER_LINE) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) out.push(line);
  return out;
}

/**
 * A title longer than three lines (rare; a pasted paragraph): fewest-penalty breaks by dynamic
 * programming, in time linear in the candidates, without the shape terms.
 */
function splitLong(chars: string[], cands: Candidate[], width: (from: number, to: number) => number): string[] {
  const n = chars.length;
  const points = [{ index: 0, penalty: 0 }, ...cands];
  const cost: number[] = points.map(() => Infinity);
  const prev: number[] = points.map(() => -1);
  cost[0] = 0;
  let bestEnd = -1;
  let bestCost = Infinity;
  for (let a = 0; a < points.length; a++) {
    if (cost[a] === Infinity) continue;
    const from = points[a]!.index;
    // Each line costs 20 so that fewer lines win; the end of the title closes the last line.
    if (width(from, n) <= TITLE_CHARS_PER_LINE && n - from > 2 && cost[a]! < bestCost) {
      bestCost = cost[a]!;
      bestEnd = a;
    }
    for (let b = a + 1; b < points.length; b++) {
      const to = points[b]!.index;
      if (width(from, to) > TITLE_CHARS_PER_LINE) break;
      if (to - from <= 2) continue;
      const c = cost[a]! + 20 + points[b]!.penalty;
      if (c < cost[b]!) {
        cost[b] = c;
        prev[b] = a;
      }
    }
  }
  if (bestEnd < 0) return [];
  const bounds = [n];
  for (let k = bestEnd; k > 0; k = prev[k]!) bounds.unshift(points[k]!.index);
  bounds.unshift(0);
  return bounds.slice(1).map((end, k) => chars.slice(bounds[k], end).join(''));
}

/**
 * The title's lines. A line break the user typed (\n) is kept as is; each part longer than a
 * line is broken further.
 */
export function titleLines(title: string, organ = ''): string[] {
  return title
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part, i) => bestSplit([...part], i === 0 ? organ : ''));
}
