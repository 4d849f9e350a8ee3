import { spawnSync } from 'node:child_process';

/**
 * A PDF page as pixels (poppler's pdftoppm, plain PPM), for what the text boxes of measure.ts do
 * not show: where ink of a colour lies (the red 版头, the rules of the 版记). Lengths are in mm
 * from the page's top-left corner.
 */
export interface Raster {
  width: number;
  height: number;
  /** Pixels per mm. */
  scale: number;
  rgb: Uint8Array;
}

export function rasterPage(pdf: string, page: number, pixelsPerMm = 10): Raster {
  const dpi = Math.round(pixelsPerMm * 25.4);
  const run = spawnSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 512 << 20 });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr.toString()}`);
  const data = run.stdout;
  // P6 header: magic, width, height, maxval, each followed by whitespace.
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/u.test(String.fromCharCode(data[at]!))) at++;
    let field = '';
    while (!/\s/u.test(String.fromCharCode(data[at]!))) field += String.fromCharCode(data[at++]!);
    fields.push(field);
  }
  if (fields[0] !== 'P6') throw new Error(`pdftoppm wrote ${fields[0]}, not P6`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, scale: dpi / 25.4, rgb: data.subarray(at + 1, at + 1 + width * height * 3) };
}

export type Ink = 'red' | 'dark';

function isInk(r: number, g: number, b: number, ink: Ink): boolean {
  return ink === 'red' ? r > 150 && g < 110 && b < 110 : r < 100 && g < 100 && b < 100;
}

/** Per pixel row, how many pixels of the ink it holds. */
export function inkRows(raster: Raster, ink: Ink): number[] {
  const rows = new Array<number>(raster.height).fill(0);
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) {
      const i = (y * raster.width + x) * 3;
      if (isInk(raster.rgb[i]!, raster.rgb[i + 1]!, raster.rgb[i + 2]!, ink)) rows[y]!++;
    }
  }
  return rows;
}

export interface Band {
  /** Top and bottom edges (mm). */
  top: number;
  bottom: number;
  /** Left and right ends of the ink in its widest row (mm). */
  left: number;
  right: number;
}

/** Runs of consecutive rows with ink, top first; `minWidthMm` keeps only rows at least that wide in ink. */
export function inkBands(raster: Raster, ink: Ink, minWidthMm = 0): Band[] {
  const rows = inkRows(raster, ink);
  const min = Math.max(1, minWidthMm * raster.scale);
  const bands: Band[] = [];
  let start = -1;
  for (let y = 0; y <= rows.length; y++) {
    const on = y < rows.length && rows[y]! >= min;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      let left = raster.width;
      let right = 0;
      for (let yy = start; yy < y; yy++) {
        for (let x = 0; x < raster.width; x++) {
          const i = (yy * raster.width + x) * 3;
          if (!isInk(raster.rgb[i]!, raster.rgb[i + 1]!, raster.rgb[i + 2]!, ink)) continue;
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
      bands.push({ top: start / raster.scale, bottom: y / raster.scale, left: left / raster.scale, right: (right + 1) / raster.scale });
      start = -1;
    }
  }
  return bands;
}
