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

/** The names of an element's direct children, in order (`inner` is the element's content). */
export function childTags(inner: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const [, close, name, selfClosing] of inner.matchAll(/<(\/?)w:(\w+)[^>]*?(\/?)>/g)) {
    if (close) depth--;
    else {
      if (depth === 0) names.push(name!);
      if (!selfClosing) depth++;
    }
  }
  return names;
}

/** ECMA-376 CT_PPrBase (+ rPr, sectPr, pPrChange) and CT_RPr child order: Word rejects others. */
export const PPR_ORDER = 'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange'.split(' ');
export const RPR_ORDER = 'rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath'.split(' ');

/** Children out of schema order (or unknown), as "a before b" strings. */
export function orderProblems(tags: string[], order: string[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!order.includes(tags[i]!)) problems.push(`unknown ${tags[i]}`);
    if (i > 0 && order.indexOf(tags[i]!) <= order.indexOf(tags[i - 1]!)) problems.push(`${tags[i - 1]} before ${tags[i]}`);
  }
  return problems;
}
