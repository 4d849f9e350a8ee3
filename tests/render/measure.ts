import { spawnSync } from 'node:child_process';

/**
 * Measuring a PDF the way a reader of the printed page would: the word boxes of `pdftotext -bbox`,
 * grouped into text rows; the page number is the lowest row in the bottom fifth that reads
 * “— N —”. Lengths are in millimetres from the page's top-left corner.
 */
const PT = 25.4 / 72;

export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

export interface Row {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Centre line (mm). */
  mid: number;
  /** Median advance of one full-width character (mm), null for rows without one. */
  em: number | null;
}

export interface Page {
  width: number;
  height: number;
  rows: Row[];
  pageNumber: Row | null;
  /** Every row above the page number. */
  body: Row[];
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function isFullWidth(ch: string): boolean {
  const u = ch.codePointAt(0)!;
  return (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xff00 && u <= 0xff60) || (u >= 0x3000 && u <= 0x303f) || '“”‘’—…·'.includes(ch) || u >= 0x20000;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
};

function rows(words: Word[]): Row[] {
  const sorted = [...words].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const groups: { mid: number; h: number; words: Word[] }[] = [];
  for (const w of sorted) {
    const mid = (w.y0 + w.y1) / 2;
    const h = w.y1 - w.y0;
    const g = groups.find((r) => Math.abs(r.mid - mid) < 0.35 * Math.min(h, r.h));
    if (g) g.words.push(w);
    else groups.push({ mid, h, words: [w] });
  }
  return groups
    .map((g) => {
      const ws = g.words.sort((a, b) => a.x0 - b.x0);
      const wide = ws.filter((w) => [...w.text].every(isFullWidth));
      const advances = wide.map((w) => (w.x1 - w.x0) / [...w.text].length);
      return {
        text: ws.map((w) => w.text).join(''),
        x0: Math.min(...ws.map((w) => w.x0)),
        x1: Math.max(...ws.map((w) => w.x1)),
        y0: Math.min(...ws.map((w) => w.y0)),
        y1: Math.max(...ws.map((w) => w.y1)),
        mid: wide.length ? median(wide.map((w) => (w.y0 + w.y1) / 2)) : g.mid,
        em: advances.length ? median(advances) : null,
      };
    })
    .sort((a, b) => a.mid - b.mid);
}

export const PAGE_NUMBER = /^—\s?(\d+)\s?—$/;

export function readPdf(pdf: string): Page[] {
  const run = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  const pages: { width: number; height: number; words: Word[] }[] = [];
  const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (const m of run.stdout.matchAll(re)) {
    if (m[1]) pages.push({ width: Number(m[1]) * PT, height: Number(m[2]) * PT, words: [] });
    else pages.at(-1)!.words.push({ x0: Number(m[3]) * PT, y0: Number(m[4]) * PT, x1: Number(m[5]) * PT, y1: Number(m[6]) * PT, text: unescape(m[7]!) });
  }
  return pages.map((p) => {
    const all = rows(p.words);
    const last = all.at(-1);
    const pageNumber = last && last.y0 > p.height * 0.8 && PAGE_NUMBER.test(last.text.replace(/\s+/g, ' ').trim()) ? last : null;
    return { width: p.width, height: p.height, rows: all, pageNumber, body: all.filter((r) => r !== pageNumber) };
  });
}

export interface Layout {
  /** Median distance between consecutive body rows (mm). */
  pitch: number;
  /** Most common start of a body row: the left edge of the type area (mm). */
  left: number;
  /** Most common end of a full body row: the right edge of the type area (mm). */
  right: number;
  /** Body em (mm): one hanzi of 3号 on the grid. */
  em: number;
}

const mode = (values: number[]) => {
  const bins = new Map<number, number>();
  for (const v of values) bins.set(Math.round(v * 4) / 4, (bins.get(Math.round(v * 4) / 4) ?? 0) + 1);
  return [...bins].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
};

export function layout(pages: Page[]): Layout {
  const body = pages.flatMap((p) => p.body);
  const em = median(body.map((r) => r.em).filter((e): e is number => e !== null));
  const isBody = (r: Row) => r.em !== null && Math.abs(r.em - em) < 0.4;
  const deltas = pages.flatMap((p) => {
    const b = p.body.filter(isBody);
    return b.slice(1).map((r, i) => r.mid - b[i]!.mid).filter((d) => d > 0 && d < em * 2.6);
  });
  const left = mode(body.filter(isBody).map((r) => r.x0));
  const ends = body.filter(isBody).map((r) => r.x1);
  const far = Math.max(...ends);
  // rows ending further out than the usual full row carry hanging punctuation
  const right = mode(ends.filter((e) => e > far - em * 1.6));
  return { pitch: median(deltas), left, right, em };
}

/** Grid rows a page's body spans, first row to last, blank rows included. */
export function gridRows(page: Page, pitch: number): number {
  const b = page.body;
  return b.length ? Math.round((b.at(-1)!.mid - b[0]!.mid) / pitch) + 1 : 0;
}

/** Full lines of hanzi and full-width punctuation only: start at the left edge, reach the right. */
export function fullHanziLines(page: Page, l: Layout): Row[] {
  return page.body.filter(
    (r) => r.em !== null && Math.abs(r.x0 - l.left) < l.em * 0.4 && r.x1 > l.right - l.em * 0.9 && r.x1 < l.right + l.em * 0.3 && [...r.text.replace(/\s+/g, '')].every(isFullWidth),
  );
}

export function charCount(row: Row): number {
  return [...row.text.replace(/\s+/g, '')].length;
}
