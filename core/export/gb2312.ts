/**
 * Whether a character is in GB2312 (GB 2312-80: 682 symbols and 6,763 hanzi), the repertoire of
 * 仿宋_GB2312 and the other GB2312-only fonts, or printable ASCII, which they also hold. The set is
 * read once from the platform's GBK decoder (TextDecoder, in Node with full ICU and in browsers):
 * GB2312 is GBK's rows 0xA1–0xF7 × columns 0xA1–0xFE.
 */

let gb2312: Set<number> | null = null;

function table(): Set<number> {
  if (gb2312) return gb2312;
  const set = new Set<number>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0xa1; lead <= 0xf7; lead++) {
    const bytes = new Uint8Array(94 * 2);
    for (let i = 0; i < 94; i++) {
      bytes[2 * i] = lead;
      bytes[2 * i + 1] = 0xa1 + i;
    }
    for (const ch of decoder.decode(bytes)) {
      const u = ch.codePointAt(0)!;
      // GBK maps GB2312's empty cells (rows 0xAA–0xAF, the ends of the symbol rows) to private use.
      if (ch !== '\ufffd' && !(u >= 0xe000 && u <= 0xf8ff)) set.add(u);
    }
  }
  gb2312 = set;
  return set;
}

export function inGb2312(ch: string): boolean {
  const u = ch.codePointAt(0)!;
  return (u >= 0x20 && u < 0x7f) || table().has(u);
}
