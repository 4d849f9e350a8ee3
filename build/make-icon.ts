import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws build/icon.png (512×512): a sheet of paper with the red masthead rule and text lines of
 * an official document, on a rounded red tile. Plain zlib, so no image tool is needed; rerun
 * with `tsx build/make-icon.ts` after changing it.
 *
 * Also writes the same picture as build/icon.ico (Windows) and build/icon.icns (macOS): the
 * installers convert the app icon from the PNG themselves, but the .gwdoc file association's
 * icon is copied as it is, and Windows and macOS show only those formats for a file type.
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

/** The picture at `size` pixels (a divisor of 512), each pixel the average of the ones it covers. */
function sample(x: number, y: number, size: number): Rgba {
  const step = SIZE / size;
  const sum = [0, 0, 0, 0];
  for (let dy = 0; dy < step; dy++) {
    for (let dx = 0; dx < step; dx++) {
      const [r, g, b, a] = pixel(x * step + dx, y * step + dy);
      // Premultiplied, so transparent pixels do not darken the edge.
      sum[0]! += r * a;
      sum[1]! += g * a;
      sum[2]! += b * a;
      sum[3]! += a;
    }
  }
  const alpha = sum[3]!;
  if (alpha === 0) return CLEAR;
  return [Math.round(sum[0]! / alpha), Math.round(sum[1]! / alpha), Math.round(sum[2]! / alpha), Math.round(alpha / step / step)];
}

export function drawIcon(size = SIZE): Buffer {
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) Buffer.from(size === SIZE ? pixel(x, y) : sample(x, y, size)).copy(raw, row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter set, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A Windows .ico holding PNG images (read by Windows Vista and later), each at most 256 pixels,
 * the largest an .ico entry can declare (its size byte 0 means 256).
 */
export function icoFile(pngs: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    if (size > 256) throw new Error(`an .ico entry holds at most 256 pixels, not ${size}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0);
    entry.writeUInt8(size === 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)]);
}

/** A macOS .icns holding PNG images: ic08 is 256 pixels, ic09 512 (macOS 10.5 and later). */
export function icnsFile(pngs: readonly { type: 'ic08' | 'ic09'; png: Buffer }[]): Buffer {
  const entries = pngs.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + entries.reduce((total, entry) => total + entry.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));
  const large = drawIcon();
  const small = drawIcon(256);
  writeFileSync(out('icon.png'), large);
  writeFileSync(out('icon.ico'), icoFile([{ size: 256, png: small }, { size: 32, png: drawIcon(32) }, { size: 16, png: drawIcon(16) }]));
  writeFileSync(out('icon.icns'), icnsFile([{ type: 'ic08', png: small }, { type: 'ic09', png: large }]));
}
