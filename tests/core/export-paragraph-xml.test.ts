import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { resolveFormat } from '../../core/print/format.ts';
import { paragraphsXml, type ParagraphSpec } from '../../core/export/paragraph-xml.ts';
import { PPR_ORDER, RPR_ORDER, orderProblems } from './export-xml.ts';

/**
 * The body's paragraphs as written without the docx library (core/export/paragraph-xml.ts), read
 * back by a conforming, namespace-aware parser: well-formed, every property in schema order, text
 * and attribute values as given, whatever they hold.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = `xmlns:w="${W}"`;

interface Read {
  tag: string;
  attributes: Record<string, string>;
  children: Read[];
  text: string;
}

/** The XML inside a root that declares w:, as a tree of WordprocessingML elements. */
function read(body: string): Read[] {
  const parser = new SaxesParser({ xmlns: true });
  const root: Read = { tag: 'root', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    if (tag.local === 'root') return;
    expect(tag.uri).toBe(W);
    const attributes = Object.fromEntries(Object.values(tag.attributes).flatMap((a) => (a.prefix === 'xmlns' ? [] : [[a.prefix ? `${a.prefix}:${a.local}` : a.local, a.value]])));
    const element: Read = { tag: tag.local, attributes, children: [], text: '' };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (tag.local !== 'root') stack.pop();
  });
  parser.on('text', (text) => void (stack[stack.length - 1]!.text += text));
  parser.write(`<root ${NS}>${body}</root>`).close();
  return root.children;
}

const format = resolveFormat({ fonts: { latin: 'Times New Roman' } });
const HOSTILE = `R&D <投入> "引号" 'a' ]]> &amp; 𠀀`;

const SPECS: ParagraphSpec[] = [
  { style: 'Title', keepNext: true, alignment: 'center', indent: { firstLine: 0, firstLineChars: 0 }, runs: [{ text: '标题', font: '方正小标宋简体', size: 44 }, { text: '第二行', font: '方正小标宋简体', size: 44, breakBefore: true }] },
  { indent: { firstLine: 0, firstLineChars: 0 }, runs: [] },
  { style: 'Heading2', keepNext: false, hiddenMark: true, alignment: 'both', indent: { firstLine: 632, firstLineChars: 200 }, runs: [{ text: '（一）加强领导。', font: '楷体_GB2312', size: 32, bold: true }] },
  { alignment: 'both', indent: { firstLine: 632, firstLineChars: 200 }, runs: [{ text: HOSTILE, font: '仿宋_GB2312', size: 32, bold: false }] },
  { alignment: 'left', noAutoSpace: true, indent: { left: 1264, hanging: 632 }, runs: [{ text: '附件：1.清单', font: '仿宋_GB2312', size: 32 }] },
  { alignment: 'right', noAutoSpace: true, indent: { right: 1421, firstLine: 0, firstLineChars: 0 }, runs: [{ text: '', font: '仿宋_GB2312', size: 32, breakBefore: true }] },
  { style: 'A&B"<', alignment: 'both', indent: {}, runs: [] },
];

describe('paragraphsXml', () => {
  const paragraphs = read(paragraphsXml(SPECS, format));

  it('writes one w:p per paragraph, its properties first, then one w:r per run', () => {
    expect(paragraphs.map((p) => p.tag)).toEqual(SPECS.map(() => 'p'));
    paragraphs.forEach((p, i) => {
      expect(p.children.map((c) => c.tag)).toEqual(['pPr', ...SPECS[i]!.runs.map(() => 'r')]);
    });
  });

  it('puts every w:pPr and w:rPr child in schema order', () => {
    for (const p of paragraphs) {
      const pPr = p.children[0]!;
      expect(orderProblems(pPr.children.map((c) => c.tag), PPR_ORDER)).toEqual([]);
      const mark = pPr.children.find((c) => c.tag === 'rPr');
      if (mark) expect(orderProblems(mark.children.map((c) => c.tag), RPR_ORDER)).toEqual([]);
      for (const r of p.children.slice(1)) expect(orderProblems(r.children[0]!.children.map((c) => c.tag), RPR_ORDER)).toEqual([]);
    }
  });

  it('writes each property the paragraph asks for, and only those', () => {
    const props = (i: number) => Object.fromEntries(paragraphs[i]!.children[0]!.children.map((c) => [c.tag, c.attributes]));
    const exact = { 'w:after': '0', 'w:before': '0', 'w:line': '579', 'w:lineRule': 'exact' };
    expect(props(0)).toEqual({ pStyle: { 'w:val': 'Title' }, keepNext: {}, widowControl: { 'w:val': 'false' }, snapToGrid: { 'w:val': '0' }, spacing: exact, ind: { 'w:firstLine': '0', 'w:firstLineChars': '0' }, jc: { 'w:val': 'center' } });
    expect(props(1)).toEqual({ widowControl: { 'w:val': 'false' }, spacing: exact, ind: { 'w:firstLine': '0', 'w:firstLineChars': '0' } });
    expect(props(2)).toMatchObject({ pStyle: { 'w:val': 'Heading2' }, keepNext: { 'w:val': 'false' }, rPr: {} });
    expect(paragraphs[2]!.children[0]!.children.at(-1)!.children.map((c) => c.tag)).toEqual(['vanish']);
    expect(props(2)).not.toHaveProperty('snapToGrid');
    expect(props(4)).toMatchObject({ autoSpaceDE: { 'w:val': '0' }, autoSpaceDN: { 'w:val': '0' }, ind: { 'w:left': '1264', 'w:hanging': '632' }, jc: { 'w:val': 'left' } });
    expect(props(5).ind).toEqual({ 'w:right': '1421', 'w:firstLine': '0', 'w:firstLineChars': '0' });
    expect(props(6).pStyle).toEqual({ 'w:val': 'A&B"<' });
    expect(props(6).ind).toEqual({});
  });

  it('writes each run in its font, size and weight, with its line break and its text as given', () => {
    const runs = paragraphs.flatMap((p, i) => p.children.slice(1).map((r, j) => ({ read: r, spec: SPECS[i]!.runs[j]! })));
    expect(runs).toHaveLength(SPECS.flatMap((p) => p.runs).length);
    for (const { read: r, spec } of runs) {
      const [rPr, ...content] = r.children;
      const prop = (tag: string) => rPr!.children.find((c) => c.tag === tag)?.attributes;
      expect(prop('rFonts')).toEqual({ 'w:ascii': 'Times New Roman', 'w:cs': 'Times New Roman', 'w:eastAsia': spec.font, 'w:hAnsi': spec.font, 'w:hint': 'eastAsia' });
      expect([prop('sz'), prop('szCs')]).toEqual([{ 'w:val': String(spec.size) }, { 'w:val': String(spec.size) }]);
      const bold = spec.bold === undefined ? undefined : spec.bold ? {} : { 'w:val': 'false' };
      expect([prop('b'), prop('bCs')]).toEqual([bold, bold]);
      expect(content.map((c) => c.tag)).toEqual(spec.breakBefore ? ['br', 't'] : ['t']);
      const t = content.at(-1)!;
      expect(t.attributes).toEqual({ 'xml:space': 'preserve' });
      expect(t.text).toBe(spec.text);
    }
  });

  it('writes nothing for no paragraphs', () => {
    expect(paragraphsXml([], format)).toBe('');
  });
});
