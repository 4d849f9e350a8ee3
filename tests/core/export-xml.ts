import { strFromU8, unzipSync } from 'fflate';

/**
 * Reading an exported .docx in tests: the package's parts as text, and its paragraphs and runs
 * pulled out of WordprocessingML with regular expressions (the exporter writes no tables or text
 * boxes, so paragraphs never nest).
 */
export interface Package {
  names: string[];
  part(name: string): string;
}

export function readPackage(bytes: Uint8Array): Package {
  const files = unzipSync(bytes);
  return {
    names: Object.keys(files),
    part(name) {
      const data = files[name];
      if (!data) throw new Error(`no part ${name} in the package (has ${Object.keys(files).join(', ')})`);
      return strFromU8(data);
    },
  };
}

export interface Run {
  xml: string;
  rPr: string;
  text: string;
  breaks: number;
}

export interface Para {
  xml: string;
  pPr: string;
  runs: Run[];
  text: string;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function runsOf(xml: string): Run[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([whole, inner]) => ({
    xml: whole,
    rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(inner!)?.[1] ?? '',
    text: unescape([...inner!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    breaks: (inner!.match(/<w:br\/>/g) ?? []).length,
  }));
}

export function paragraphsOf(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map(([whole, inner = '']) => {
    const runs = runsOf(inner);
    return { xml: whole, pPr: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '', runs, text: runs.map((r) => r.text).join('') };
  });
}

/** The attributes of the first <w:TAG …> in xml, without the w: prefix; null if absent. */
export function attrs(xml: string, tag: string): Record<string, string> | null {
  const m = new RegExp(`<w:${tag}(\\s[^>]*?)?\\/?>`).exec(xml);
  if (!m) return null;
  return Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map(([, k, v]) => [k!.replace(/^w:/, ''), unescape(v!)]));
}

/** An on/off property (w:keepNext, w:b…): true when present without a false value. */
export function isOn(xml: string, tag: string): boolean {
  const a = attrs(xml, tag);
  return a !== null && !['0', 'false', 'off'].includes(a.val ?? 'true');
}

/** The w:style element with this id. */
export function style(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?<\\/w:style>`).exec(stylesXml);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}
