import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { titleLines } from '../../core/print/title-lines.ts';
import { heading, textBlock, type Block, type GongwenDocument } from '../../core/model.ts';
import { PPR_ORDER, RPR_ORDER, attrs, childTags, isOn, orderProblems, paragraphsOf, readPackage, runsOf, style, type Package, type Para } from './export-xml.ts';

/**
 * The exported package, read back. Expected values come from GB/T 9704-2012 and Word's units
 * (1 mm = 1440/25.4 twips, w:sz in half-points), not from the exporter's output.
 */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** One 字 on Word's character grid: 156 mm / 28 in points is 16 pt + charSpace/4096. */
const CHAR_SPACE = Math.round(((156 * 72) / 25.4 / 28 - 16) * 4096);
const P = (16 + CHAR_SPACE / 4096) * 20;
const chars = (n: number) => String(Math.round(n * P));

const TITLE = '宣城市科技局2023年上半年工作总结和下半年工作打算';

function sample(extra: Partial<{ signature: string; date: string }> = {}): GongwenDocument {
  const blocks: Block[] = [
    textBlock('title', TITLE),
    textBlock('addressee', '市政府办公室:'),
    textBlock('paragraph', '根据要求，现将我局上半年工作完成情况报告如下：'),
    heading(1, '工作完成情况。'),
    heading(2, '系统谋划，加快促进“科技成果”转化。举办“双创汇”活动，签约10个项目。', { runIn: true }),
    heading(3, '成立科创委。在市委领导下组建委员会。', { runIn: true }),
    heading(4, '健全机制；'),
    textBlock('paragraph', '正文内容——“引号”与省略号……'),
    heading(2, '增量提质，扎实推进创新主体培育：'),
    heading(1, '下半年工作打算'),
    textBlock('paragraph', ''),
    textBlock('paragraph', '继续推进。'),
    textBlock('signature', extra.signature ?? '宣城市科技局'),
    textBlock('date', extra.date ?? '2023年6月28日'),
  ];
  return { meta: { template: 'half-year', organ: '宣城市科技局', year: 2023, period: '上半年', date: '' }, blocks };
}

let pkg: Package;
let document: string;
let styles: string;
let paragraphs: Para[];

beforeAll(async () => {
  pkg = readPackage(await exportDocx(sample()));
  document = pkg.part('word/document.xml');
  styles = pkg.part('word/styles.xml');
  paragraphs = paragraphsOf(document.slice(0, document.indexOf('<w:sectPr')));
});

const find = (start: string) => {
  const p = paragraphs.find((para) => para.text.startsWith(start));
  if (!p) throw new Error(`no paragraph starting ${start}: ${paragraphs.map((x) => x.text.slice(0, 10)).join(' / ')}`);
  return p;
};

describe('exportDocx: the package', () => {
  it('is a zip without folder entries, [Content_Types].xml first', () => {
    expect(pkg.names[0]).toBe('[Content_Types].xml');
    expect(pkg.names.filter((n) => n.endsWith('/'))).toEqual([]);
    expect(pkg.names).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'word/fontTable.xml']));
  });

  it('has no theme font attributes in any part, and names real fonts in the theme', () => {
    for (const name of pkg.names.filter((n) => n.endsWith('.xml'))) {
      expect(pkg.part(name), name).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
    }
    const theme = pkg.part('word/theme/theme1.xml');
    expect(theme).toMatch(/<a:minorFont>[\s\S]*<a:ea typeface="仿宋_GB2312"\/>/);
    expect(theme).toMatch(/<a:majorFont>[\s\S]*<a:ea typeface="黑体"\/>/);
  });

  it('lists the fonts in the font table as Chinese (charset 86) with alternatives', () => {
    const table = pkg.part('word/fontTable.xml');
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '宋体']) {
      expect(table).toMatch(new RegExp(`<w:font w:name="${font}">[^]*?<w:charset w:val="86"/>`));
    }
    expect(table).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });
});

describe('exportDocx: schema order', () => {
  it('writes every w:pPr and w:rPr in the order of the schema, in all parts', async () => {
    const seal = readPackage(await exportDocx(sample(), { format: { signatureMode: 'seal', boldLevels: [2], fonts: { latin: 'Times New Roman' } } }));
    for (const p of [pkg, seal]) {
      for (const name of p.names.filter((n) => /^word\/(document|styles|footer\d+)\.xml$/.test(n))) {
        const xml = p.part(name);
        for (const [, inner] of xml.matchAll(/<w:pPr>([\s\S]*?)<\/w:pPr>/g)) expect(orderProblems(childTags(inner!), PPR_ORDER), `${name} pPr ${inner}`).toEqual([]);
        for (const [, inner] of xml.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/g)) expect(orderProblems(childTags(inner!), RPR_ORDER), `${name} rPr ${inner}`).toEqual([]);
      }
    }
  });
});

describe('exportDocx: page (GB/T 9704 5.1, 5.2)', () => {
  it('is A4 with margins 37/35/28/26 mm', () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(document)![0];
    expect(attrs(sect, 'pgSz')).toMatchObject({ w: String(mm(210)), h: String(mm(297)) });
    expect(attrs(sect, 'pgMar')).toMatchObject({ top: String(mm(37)), bottom: String(mm(35)), left: String(mm(28)), right: String(mm(26)) });
    expect(attrs(sect, 'pgMar')).toMatchObject({ top: '2098', bottom: '1984', left: '1587', right: '1474' });
  });

  it("declares Word's grid of 22 lines × 28 characters", () => {
    const grid = attrs(document, 'docGrid')!;
    const typeArea = mm(297) - mm(37) - mm(35);
    expect(grid.type).toBe('linesAndChars');
    // 22 lines must fit the 225 mm type area, 23 must not; 579 is the largest such pitch.
    expect(Number(grid.linePitch)).toBe(Math.floor(typeArea / 22));
    expect(grid.linePitch).toBe('579');
    expect(Number(grid.charSpace)).toBe(CHAR_SPACE);
    expect(grid.charSpace).toBe('-848');
  });

  it('turns odd and even page footers on in settings.xml', () => {
    expect(pkg.part('word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>/);
  });
});

describe('exportDocx: styles', () => {
  it('has Normal itself at 16 pt 仿宋, black, exact 579', () => {
    const normal = style(styles, 'Normal');
    expect(normal).toMatch(/w:default="1"/);
    expect(attrs(normal, 'sz')).toEqual({ val: '32' });
    expect(attrs(normal, 'color')).toEqual({ val: '000000' });
    expect(attrs(normal, 'rFonts')).toMatchObject({ eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312', hint: 'eastAsia' });
    expect(attrs(normal, 'spacing')).toMatchObject({ line: '579', lineRule: 'exact' });
  });

  it('writes explicit fonts with the eastAsia hint, 16 pt and no widow control in docDefaults', () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)![0];
    expect(attrs(defaults, 'rFonts')).toEqual({ ascii: '仿宋_GB2312', cs: '仿宋_GB2312', eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312', hint: 'eastAsia' });
    expect(attrs(defaults, 'sz')).toEqual({ val: '32' });
    expect(attrs(defaults, 'spacing')).toMatchObject({ line: '579', lineRule: 'exact' });
    expect(isOn(defaults, 'widowControl')).toBe(false);
    expect(attrs(defaults, 'widowControl')).toEqual({ val: '0' });
  });

  it('gives Heading1–4 outline levels 0–3, black, 16 pt, the level fonts, not bold, keepNext off', () => {
    const fonts = ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312'];
    for (const level of [1, 2, 3, 4]) {
      const s = style(styles, `Heading${level}`);
      expect(attrs(s, 'outlineLvl'), `Heading${level}`).toEqual({ val: String(level - 1) });
      expect(attrs(s, 'color')).toEqual({ val: '000000' });
      expect(attrs(s, 'sz')).toEqual({ val: '32' });
      expect(attrs(s, 'rFonts')).toMatchObject({ eastAsia: fonts[level - 1], hAnsi: fonts[level - 1], hint: 'eastAsia' });
      expect(isOn(s, 'b')).toBe(false);
      expect(attrs(s, 'keepNext')).not.toBeNull();
      expect(isOn(s, 'keepNext')).toBe(false);
    }
    // No style keeps docx's blue.
    expect(styles).not.toMatch(/w:color w:val="(2E74B5|1F4D78)"/);
  });

  it('has a Title style: 22 pt 方正小标宋简体, centred, not bold', () => {
    const s = style(styles, 'Title');
    expect(attrs(s, 'sz')).toEqual({ val: '44' });
    expect(attrs(s, 'rFonts')).toMatchObject({ eastAsia: '方正小标宋简体', hAnsi: '方正小标宋简体', hint: 'eastAsia' });
    expect(attrs(s, 'jc')).toEqual({ val: 'center' });
    expect(isOn(s, 'b')).toBe(false);
  });
});

describe('exportDocx: paragraphs and runs', () => {
  it('spaces every paragraph exactly 579 twips and turns widow control off', () => {
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs) {
      expect(attrs(p.pPr, 'spacing'), p.text).toMatchObject({ line: '579', lineRule: 'exact', before: '0', after: '0' });
      expect(isOn(p.pPr, 'widowControl'), p.text).toBe(false);
    }
  });

  it('writes rFonts with hAnsi = eastAsia and the eastAsia hint on every run, footers included', () => {
    const footers = pkg.names.filter((n) => /^word\/footer\d+\.xml$/.test(n));
    const all = [...paragraphs.flatMap((p) => p.runs), ...footers.flatMap((f) => runsOf(pkg.part(f)))];
    expect(all.length).toBeGreaterThan(20);
    for (const run of all) {
      const fonts = attrs(run.rPr, 'rFonts');
      expect(fonts, run.text).not.toBeNull();
      expect(fonts!.hAnsi).toBe(fonts!.eastAsia);
      expect(fonts!.hint).toBe('eastAsia');
    }
  });

  it('sets the title in 2号 方正小标宋简体 on the lines titleLines gives, off the grid, then one blank line', () => {
    const index = paragraphs.findIndex((p) => p.text.startsWith('宣城市科技局'));
    const title = paragraphs[index]!;
    expect(title.pPr).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(attrs(title.pPr, 'snapToGrid')).toEqual({ val: '0' });
    // CT_PPrBase order: snapToGrid before spacing, or Word reports the file as damaged.
    expect(title.pPr.indexOf('<w:snapToGrid')).toBeLessThan(title.pPr.indexOf('<w:spacing'));
    expect(attrs(title.pPr, 'jc')).toEqual({ val: 'center' });
    const lines = titleLines(TITLE, '宣城市科技局');
    expect(lines.length).toBe(2);
    expect(title.runs.map((r) => r.text)).toEqual(lines);
    expect(title.runs.map((r) => r.breaks)).toEqual([0, 1]);
    for (const run of title.runs) {
      expect(attrs(run.rPr, 'rFonts')).toMatchObject({ eastAsia: '方正小标宋简体' });
      expect(attrs(run.rPr, 'sz')).toEqual({ val: '44' });
      expect(isOn(run.rPr, 'b')).toBe(false);
    }
    expect(paragraphs[index + 1]!.text).toBe('');
    expect(paragraphs[index + 2]!.text).toBe('市政府办公室:');
  });

  // The printer once turned a half-width : (or none) into ：, a change only the .docx showed;
  // 检查 asks for it in the document now.
  it('sets the addressee flush left, as written', () => {
    const p = find('市政府办公室');
    expect(p.text).toBe('市政府办公室:');
    expect(attrs(p.pPr, 'jc')).toEqual({ val: 'left' });
    expect(attrs(p.pPr, 'ind')).toMatchObject({ firstLine: '0', firstLineChars: '0' });
  });

  it('indents body paragraphs two characters both ways and justifies them', () => {
    const p = find('根据要求');
    expect(attrs(p.pPr, 'ind')).toEqual({ firstLineChars: '200', firstLine: chars(2) });
    expect(attrs(p.pPr, 'jc')).toEqual({ val: 'both' });
    expect(attrs(p.runs[0]!.rPr, 'rFonts')).toMatchObject({ eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312' });
    expect(attrs(p.runs[0]!.rPr, 'sz')).toEqual({ val: '32' });
  });

  it('keeps “” — … in the Chinese font through the hint', () => {
    const p = find('正文内容');
    expect(p.text).toBe('正文内容——“引号”与省略号……');
    expect(attrs(p.runs[0]!.rPr, 'rFonts')).toMatchObject({ hAnsi: '仿宋_GB2312', hint: 'eastAsia' });
  });

  it('labels headings 一、（一）1.（1） in their own fonts; standalone ones print as written and, by default, do not keep with next (22 lines every page)', () => {
    const h1 = find('一、');
    expect(h1.text).toBe('一、工作完成情况。');
    expect(h1.pPr).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(attrs(h1.runs[0]!.rPr, 'rFonts')).toMatchObject({ eastAsia: '黑体', hAnsi: '黑体' });
    expect(isOn(h1.pPr, 'keepNext')).toBe(false);
    expect(attrs(h1.pPr, 'ind')).toEqual({ firstLineChars: '200', firstLine: chars(2) });

    const h4 = find('（1）');
    expect(h4.text).toBe('（1）健全机制；');
    expect(attrs(h4.runs[0]!.rPr, 'rFonts')).toMatchObject({ eastAsia: '仿宋_GB2312' });

    expect(find('（二）').text).toBe('（二）增量提质，扎实推进创新主体培育：');
    expect(find('二、').text).toBe('二、下半年工作打算');
  });

  it('writes a run-in heading as its heading sentence in a HeadingN paragraph whose hidden mark runs it on into a body paragraph', () => {
    const h2 = find('（一）');
    const at = paragraphs.indexOf(h2);
    const rest = paragraphs[at + 1]!;
    // Outline-aware readers (Word's navigation pane, a TOC, pandoc, mammoth) take the heading
    // paragraph as the heading: it holds the heading sentence alone.
    expect(h2.pPr).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(h2.runs.map((r) => r.text)).toEqual(['（一）系统谋划，加快促进“科技成果”转化。']);
    expect(attrs(h2.runs[0]!.rPr, 'rFonts')).toMatchObject({ eastAsia: '楷体_GB2312', hAnsi: '楷体_GB2312' });
    // The paragraph mark is hidden (w:pPr/w:rPr/w:vanish), so the page shows one paragraph.
    const markRPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(h2.pPr)?.[1] ?? '';
    expect(isOn(markRPr, 'vanish')).toBe(true);
    expect(childTags(h2.pPr).at(-1)).toBe('rPr');
    // The body: no heading style, the body font, the same indent, spacing and justification.
    expect(rest.pPr).not.toMatch(/pStyle/);
    expect(rest.runs.map((r) => r.text)).toEqual(['举办“双创汇”活动，签约10个项目。']);
    expect(attrs(rest.runs[0]!.rPr, 'rFonts')).toMatchObject({ eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312' });
    for (const tag of ['ind', 'spacing', 'jc']) expect(attrs(rest.pPr, tag), tag).toEqual(attrs(h2.pPr, tag));
    expect(isOn(rest.pPr, 'vanish')).toBe(false);
    expect(isOn(h2.pPr, 'keepNext')).toBe(false);

    const h3 = find('1.');
    expect(h3.runs.map((r) => r.text)).toEqual(['1.成立科创委。']);
    expect(paragraphs[paragraphs.indexOf(h3) + 1]!.text).toBe('在市委领导下组建委员会。');
    expect(isOn(h3.pPr, 'keepNext')).toBe(false);
    // A standalone heading's mark is not hidden.
    expect(find('（1）').pPr).not.toMatch(/vanish/);
  });

  it('leaves empty blocks out', () => {
    expect(paragraphs.filter((p) => p.text === '').length).toBe(2); // after the title, before the signature
  });
});

describe('exportDocx: 署名 and 成文日期 (7.3.5)', () => {
  const closing = async (doc: GongwenDocument, options: Parameters<typeof exportDocx>[1] = {}) => {
    const ps = paragraphsOf(readPackage(await exportDocx(doc, options)).part('word/document.xml'));
    const i = ps.findIndex((p) => p.pPr.includes('w:jc w:val="right"'));
    return { blank: ps[i - 1]!, signature: ps[i]!, date: ps[i + 1]! };
  };

  it('no seal, date wider than the signature: date 右空二字, signature moved left to keep the two-字 offset', async () => {
    // 宣城市科技局 = 6 字; 2023年6月28日 = 4 hanzi + 5 half-width digits = 6.5 字.
    const { blank, signature, date } = await closing(sample());
    expect(blank.text).toBe('');
    expect(signature.text).toBe('宣城市科技局');
    expect(date.text).toBe('2023年6月28日');
    expect(attrs(date.pPr, 'ind')).toMatchObject({ right: chars(2) });
    expect(attrs(signature.pPr, 'ind')).toMatchObject({ right: chars(2 + 6.5 + 2 - 6) });
    // The date starts two 字 right of the signature's first character.
    const start = (right: number, width: number) => right + width;
    expect(start(4.5, 6) - start(2, 6.5)).toBe(2);
  });

  it('turns automatic hanzi–digit spacing off on both lines, so their widths are the measured ones', async () => {
    const { signature, date } = await closing(sample());
    for (const p of [signature, date]) {
      expect(attrs(p.pPr, 'autoSpaceDE')).toEqual({ val: '0' });
      expect(attrs(p.pPr, 'autoSpaceDN')).toEqual({ val: '0' });
      // CT_PPrBase order: autoSpaceDE, autoSpaceDN, …, spacing, ind, jc
      expect(p.pPr.indexOf('<w:autoSpaceDE')).toBeLessThan(p.pPr.indexOf('<w:autoSpaceDN'));
      expect(p.pPr.indexOf('<w:autoSpaceDN')).toBeLessThan(p.pPr.indexOf('<w:spacing'));
    }
  });

  it('no seal, date narrower: signature 右空二字, date starts two 字 right of it', async () => {
    // 中共宣城市委宣传部办公室 = 12 字; 2023年7月5日 = 6 字.
    const { signature, date } = await closing(sample({ signature: '中共宣城市委宣传部办公室', date: '2023年7月5日' }));
    expect(attrs(signature.pPr, 'ind')).toMatchObject({ right: chars(2) });
    expect(attrs(date.pPr, 'ind')).toMatchObject({ right: chars(12 - 6) });
  });

  it('with a seal: date 右空四字, signature centred over it', async () => {
    const { signature, date } = await closing(sample(), { format: { signatureMode: 'seal' } });
    expect(attrs(date.pPr, 'ind')).toMatchObject({ right: chars(4) });
    expect(attrs(signature.pPr, 'ind')).toMatchObject({ right: chars(4 + (6.5 - 6) / 2) });
  });

  it('uses the measure function the app passes', async () => {
    const measure = (text: string) => (text.startsWith('2023') ? 7 : 6);
    const { signature, date } = await closing(sample(), { measure });
    expect(attrs(date.pPr, 'ind')).toMatchObject({ right: chars(2) });
    expect(attrs(signature.pPr, 'ind')).toMatchObject({ right: chars(5) });
  });

  // The printer once rewrote 二〇二三年七月五日 as 2023年7月5日 behind the clerk's back; 检查
  // offers that correction in the document instead (check/date.test.ts).
  it('prints the date as written', async () => {
    const { date } = await closing(sample({ date: '二〇二三年七月五日' }));
    expect(date.text).toBe('二〇二三年七月五日');
  });
});

describe('exportDocx: page numbers (7.5)', () => {
  const footer = (type: 'default' | 'even') => {
    const id = attrs(document.match(new RegExp(`<w:footerReference w:type="${type}"[^>]*>`))![0], 'footerReference')!['r:id'];
    const rels = pkg.part('word/_rels/document.xml.rels');
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    return pkg.part(`word/${target}`);
  };

  it('has two footers: odd pages right with a 1-字 right indent, even pages left with a 1-字 left indent', () => {
    const odd = paragraphsOf(footer('default'))[0]!;
    const even = paragraphsOf(footer('even'))[0]!;
    // 1 字 of 4号 = 14 pt = 280 twips
    expect(attrs(odd.pPr, 'jc')).toEqual({ val: 'right' });
    expect(attrs(odd.pPr, 'ind')).toMatchObject({ right: '280' });
    expect(attrs(even.pPr, 'jc')).toEqual({ val: 'left' });
    expect(attrs(even.pPr, 'ind')).toMatchObject({ left: '280' });
  });

  it('reads “— PAGE —” with U+2014 on both sides, 4号 宋体', () => {
    for (const type of ['default', 'even'] as const) {
      const xml = footer(type);
      const p = paragraphsOf(xml)[0]!;
      // The field's cached result, for readers that do not compute fields: the first page the
      // footer is on (odd pages 1, even pages 2), in the number's own font and size.
      expect(p.text).toBe(`\u2014 ${type === 'even' ? 2 : 1} \u2014`);
      expect(xml.indexOf('fldCharType="separate"')).toBeLessThan(xml.indexOf(`<w:t>${type === 'even' ? 2 : 1}</w:t>`));
      expect(xml.indexOf(`<w:t>${type === 'even' ? 2 : 1}</w:t>`)).toBeLessThan(xml.indexOf('fldCharType="end"'));
      expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(xml.indexOf('\u2014 ')).toBeLessThan(xml.indexOf('PAGE'));
      expect(xml.lastIndexOf(' \u2014')).toBeGreaterThan(xml.indexOf('PAGE'));
      for (const run of p.runs) {
        expect(attrs(run.rPr, 'rFonts')).toMatchObject({ ascii: '宋体', eastAsia: '宋体', hAnsi: '宋体', hint: 'eastAsia' });
        expect(attrs(run.rPr, 'sz')).toEqual({ val: '28' });
      }
    }
  });
});

describe('exportDocx: template format settings', () => {
  it('uses the template fonts, bold levels and a Latin font', async () => {
    const doc = sample();
    const out = readPackage(
      await exportDocx(doc, { format: { fonts: { body: '方正仿宋_GBK', heading2: '方正楷体_GBK', latin: 'Times New Roman' }, boldLevels: [2] } }),
    );
    const xml = out.part('word/document.xml');
    const ps = paragraphsOf(xml);
    const h2 = ps.find((p) => p.text.startsWith('（一）'))!;
    expect(attrs(h2.runs[0]!.rPr, 'rFonts')).toEqual({ ascii: 'Times New Roman', cs: 'Times New Roman', eastAsia: '方正楷体_GBK', hAnsi: '方正楷体_GBK', hint: 'eastAsia' });
    expect(isOn(h2.runs[0]!.rPr, 'b')).toBe(true);
    // The body part of a run-in heading is never bold.
    const runOn = ps[ps.indexOf(h2) + 1]!;
    expect(attrs(runOn.runs[0]!.rPr, 'rFonts')).toMatchObject({ eastAsia: '方正仿宋_GBK' });
    expect(isOn(runOn.runs[0]!.rPr, 'b')).toBe(false);
    expect(isOn(style(out.part('word/styles.xml'), 'Heading2'), 'b')).toBe(true);
    expect(isOn(style(out.part('word/styles.xml'), 'Heading1'), 'b')).toBe(false);
    expect(out.part('word/fontTable.xml')).toMatch(/<w:font w:name="方正仿宋_GBK"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
  });

  it('keeps standalone headings with the next line when the format asks, never run-in ones', async () => {
    const xml = readPackage(await exportDocx(sample(), { format: { keepHeadingsWithNext: true } })).part('word/document.xml');
    const ps = paragraphsOf(xml);
    expect(isOn(ps.find((p) => p.text.startsWith('一、'))!.pPr, 'keepNext')).toBe(true);
    expect(isOn(ps.find((p) => p.text.startsWith('（1）'))!.pPr, 'keepNext')).toBe(true);
    expect(isOn(ps.find((p) => p.text.startsWith('（一）'))!.pPr, 'keepNext')).toBe(false);
  });

  it('reads the format from the template', async () => {
    const { BUILTIN_TEMPLATES } = await import('../../core/templates.ts');
    const template = { ...BUILTIN_TEMPLATES[0]!, format: { signatureMode: 'seal' as const, fonts: { title: '方正小标宋_GBK' } } };
    const xml = readPackage(await exportDocx(sample(), { template })).part('word/document.xml');
    expect(xml).toContain('w:eastAsia="方正小标宋_GBK"');
    const date = paragraphsOf(xml).find((p) => p.text === '2023年6月28日')!;
    expect(attrs(date.pPr, 'ind')).toMatchObject({ right: chars(4) });
  });

  it('numbers level 3 continuously when the template says so', async () => {
    const blocks: Block[] = [textBlock('title', '工作要点'), heading(1, '重点任务'), heading(2, '甲'), heading(3, '一项'), heading(2, '乙'), heading(3, '二项')];
    const doc: GongwenDocument = { meta: { template: 'key-points', organ: '', year: 2022, period: '全年', date: '' }, blocks };
    const texts = paragraphsOf(readPackage(await exportDocx(doc)).part('word/document.xml')).map((p) => p.text);
    expect(texts).toContain('2.二项');
  });

  it('escapes markup and drops characters XML cannot carry', async () => {
    const doc = sample();
    doc.blocks[2] = textBlock('paragraph', 'A<B>&"C"\u0001D\u0007');
    const xml = readPackage(await exportDocx(doc)).part('word/document.xml');
    expect(paragraphsOf(xml).some((p) => p.text === 'A<B>&"C"D')).toBe(true);
  });
});
