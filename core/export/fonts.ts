import type { IFontAttributesProperties } from 'docx';
import { GB2312_ONLY } from './font-faces.ts';
import type { ExportFormat } from '../print/format.ts';
import { inGb2312 } from './gb2312.ts';

/**
 * The w:rFonts written on every run and style: hAnsi = eastAsia = the Chinese font and
 * w:hint="eastAsia", so that “” ‘’ — … (which Word would otherwise set in the hAnsi font) stay full
 * width and Chinese; ascii is the template's Latin font if it names one. Always explicit names,
 * never theme fonts (a theme's empty East Asian font turns 仿宋 into 等线 in Word).
 */
export function runFonts(name: string, format: ExportFormat): IFontAttributesProperties {
  const latin = format.latinFont ?? name;
  return { ascii: latin, hAnsi: name, eastAsia: name, cs: latin, hint: 'eastAsia' };
}

/** Whether XML 1.0 can carry the character (a pasted control character makes Word refuse the file). */
function isXmlChar(ch: string): boolean {
  const u = ch.codePointAt(0)!;
  if (u < 0x20) return u === 0x09 || u === 0x0a || u === 0x0d;
  // A lone surrogate (iterating by code point leaves only unpaired ones in this range).
  if (u >= 0xd800 && u <= 0xdfff) return false;
  return u !== 0xfffe && u !== 0xffff;
}

/** The text with what XML cannot carry dropped, CR LF as LF, and tabs as spaces. */
export function xmlSafe(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/gu, '\n')) if (isXmlChar(ch)) out += ch === '\t' ? ' ' : ch;
  return out;
}

/**
 * The text in pieces, each with the font that has its characters: in a GB2312-only font
 * (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体) a character outside GB2312 (•, ㎡, 埇…) goes in the
 * Windows font of the same family, which Word would otherwise replace by a fallback of its own
 * choosing; every other font keeps the whole text.
 */
export function fontPieces(text: string, font: string): { text: string; font: string }[] {
  const fallback = GB2312_ONLY[font];
  if (!fallback) return [{ text, font }];
  const pieces: { text: string; font: string }[] = [];
  for (const ch of text) {
    const want = inGb2312(ch) || ch === '\n' ? font : fallback;
    const last = pieces[pieces.length - 1];
    if (last && last.font === want) last.text += ch;
    else pieces.push({ text: ch, font: want });
  }
  return pieces;
}
