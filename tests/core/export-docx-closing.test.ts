import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { heading, textBlock, type Block, type GongwenDocument } from '../../core/model.ts';
import { attrs, isOn, paragraphsOf, readPackage, style, type Package } from './export-xml.ts';
import { chars, exportSample, sample } from './export-docx-sample.ts';

let pkg: Package;
let document: string;

beforeAll(async () => {
  ({ pkg, document } = await exportSample());
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
