import { execFileSync } from 'node:child_process';
import { CHARS_PER_LINE, LINE_PITCH_PT, PAGE_MM, PT_PER_MM, TYPE_AREA_MM } from '../../../core/print/page-geometry.ts';

/** One word of `pdftotext -bbox`, in points from the page's top left. */
interface Word {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** A row of text as printed: its words left to right, and the grid row its centre falls in. */
export interface PrintedRow {
  row: number;
  /** Where in its row the text's centre sits, 0–1 (½ when centred on the row). */
  offset: number;
  text: string;
  xMin: number;
  xMax: number;
}

export interface PrintedPage {
  width: number;
  height: number;
  /** The rows inside the 版心. */
  rows: PrintedRow[];
  /** Text below the 版心: the page number. */
  footer: { text: string; xMin: number; xMax: number }[];
}

const decode = (text: string) => text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

/** The text of every page of a PDF, as poppler's pdftotext -bbox reads it, grouped into the grid's rows. */
export function measurePdf(file: string): PrintedPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const top = TYPE_AREA_MM.top * PT_PER_MM;
  const bottom = (TYPE_AREA_MM.top + TYPE_AREA_MM.height) * PT_PER_MM;
  return [...xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu)].map(([, width, height, body]) => {
    const words: Word[] = [...body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decode(m[5]!),
    }));
    const byRow = new Map<number, Word[]>();
    const footer: PrintedPage['footer'] = [];
    for (const word of words) {
      const centre = (word.yMin + word.yMax) / 2;
      if (centre > bottom) {
        footer.push({ text: word.text, xMin: word.xMin, xMax: word.xMax });
        continue;
      }
      const row = Math.floor((centre - top) / LINE_PITCH_PT);
      byRow.set(row, [...(byRow.get(row) ?? []), word]);
    }
    const rows = [...byRow.entries()]
      .sort(([a], [b]) => a - b)
      .map(([row, list]): PrintedRow => {
        list.sort((a, b) => a.xMin - b.xMin);
        const centre = (Math.min(...list.map((w) => w.yMin)) + Math.max(...list.map((w) => w.yMax))) / 2;
        return { row, offset: (centre - top) / LINE_PITCH_PT - row, text: list.map((w) => w.text).join(''), xMin: Math.min(...list.map((w) => w.xMin)), xMax: Math.max(...list.map((w) => w.xMax)) };
      });
    return { width: Number(width), height: Number(height), rows, footer };
  });
}

/** A4 in points. */
export const A4_PT = { width: PAGE_MM.width * PT_PER_MM, height: PAGE_MM.height * PT_PER_MM };
/** The 版心's left and right edges, and one 字, in points. */
export const TYPE_AREA_PT = { left: TYPE_AREA_MM.left * PT_PER_MM, right: (TYPE_AREA_MM.left + TYPE_AREA_MM.width) * PT_PER_MM, cell: (TYPE_AREA_MM.width / CHARS_PER_LINE) * PT_PER_MM };

/** Characters in grid cells: a hanzi or full-width mark one, anything else half (core/print/char-width.ts's rule, restated). */
export function gridCells(text: string): number {
  return [...text].reduce((sum, ch) => sum + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018\u2019\u201c\u201d\u2026]/u.test(ch) ? 1 : 0.5), 0);
}

/** Whether every font of the PDF is embedded (pdffonts' emb column). */
export function fontsEmbedded(file: string): { fonts: number; embedded: number } {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
  // name, type (one or two words), encoding, then emb sub uni as yes/no, object, generation.
  const embedded = lines.filter((line) => /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/u.exec(line)?.[1] === 'yes').length;
  return { fonts: lines.length, embedded };
}

/** The PDF's bookmarks, as pdftohtml -xml lists them: text and depth. */
export function bookmarks(file: string): { text: string; depth: number }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: { text: string; depth: number }[] = [];
  let depth = 0;
  for (const token of xml.slice(xml.indexOf('<outline')).matchAll(/<outline>|<\/outline>|<item[^>]*>([^<]*)<\/item>/gu)) {
    if (token[0] === '<outline>') depth++;
    else if (token[0] === '</outline>') depth--;
    else out.push({ text: decode(token[1]!), depth });
  }
  return out;
}
