import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws build/icon.png (512×512): a sheet of paper with the red masthead rule and text lines of
 * an official document, on a rounded red tile. Plain zlib, so no image tool is needed; rerun
 * with `tsx build/make-icon.ts` after changing it.
 */
const SIZE = 512;
type Rgba = readonly [number, number, number, number];
const CLEAR: Rgba = [0, 0, 0, 0];
const RED: Rgba = [178, 34, 34, 255];
const PAPER: Rgba = [252, 250, 245, 255];
const INK: Rgba = [90, 90, 90, 255];

function insideRoundedRect(x: number, y: number, left: number, top: number, right: number, bottom: number, radius: number): boolean {
  if (x < left || x >= right || y < top || y >= bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function pixel(x: number, y: number): Rgba {
  if (!insideRoundedRect(x, y, 16, 16, 496, 496, 96)) return CLEAR;
  if (!insideRoundedRect(x, y, 112, 72, 400, 440, 12)) return RED;
  if (y >= 132 && y < 144 && x >= 144 && x < 368) return RED;
  const lines = [184, 224, 264, 304, 344, 384];
  const lineEnd = (i: number) => (i === lines.length - 1 ? 296 : 368);
  for (const [i, top] of lines.entries()) {
    if (y >= top && y < top + 12 && x >= (i === 0 ? 168 : 144) && x < lineEnd(i)) return INK;
  }
  return PAPER;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

export function drawIcon(): Buffer {
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1);
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter set, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(fileURLToPath(new URL('./icon.png', import.meta.url)), drawIcon());
}
