import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { PPR_ORDER, RPR_ORDER, attrs, childTags, isOn, orderProblems, readPackage, style, type Package } from './export-xml.ts';
import { CHAR_SPACE, exportSample, mm, sample } from './export-docx-sample.ts';

let pkg: Package;
let document: string;
let styles: string;

beforeAll(async () => {
  ({ pkg, document, styles } = await exportSample());
});

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
