import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { readDocx } from '../../core/import/docx-reader.ts';
import { importSource } from '../../core/import/import-source.ts';
import { heading, textBlock, type GongwenDocument } from '../../core/model.ts';
import { getTemplate } from '../../core/templates.ts';
import { docxPackage, documentXml, para, paragraphStyle, stylesXml } from './import-docx-build.ts';
import { exportSamples } from './export-samples.ts';
import { attrs, paragraphsOf, readPackage } from './export-xml.ts';

/**
 * What Word and WPS read beyond the page LibreOffice measures (issue 16): styles that resolve,
 * the East Asian settings, the font table and fonts that have every character, and a run-in
 * heading written as Word's style-separator pair and read back as one heading.
 */

const document = (blocks: GongwenDocument['blocks'], template = 'half-year'): GongwenDocument => ({
  meta: { template, organ: '某市科技局', year: 2023, period: '全年', date: '' },
  blocks,
});

const SAMPLE = document([
  textBlock('title', '某市科技局2023年工作总结'),
  heading(1, '工作完成情况'),
  heading(2, '强化创新。建成面积1.2万㎡的孵化器•众创空间。', { runIn: true }),
  textBlock('paragraph', '全年举办活动4场•签约项目5个，新增用地3㎡。'),
  textBlock('signature', '某市科技局'),
  textBlock('date', '2023年12月30日'),
]);

/** The w:style elements of styles.xml as id → xml. */
function stylesOf(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)].map((m) => [m[1]!, m[0]]));
}

describe('styles.xml: every reference resolves, nothing unused', () => {
  it.each(exportSamples().map((s) => [s.name, s] as const))('%s', async (_, sample) => {
    const pkg = readPackage(await exportDocx(sample.document, sample.options));
    const styles = stylesOf(pkg.part('word/styles.xml'));
    for (const [id, xml] of styles) {
      for (const [, ref] of xml.matchAll(/<w:(?:basedOn|link|next) w:val="([^"]+)"\/>/g)) expect(styles.has(ref!), `${id} refers to ${ref}`).toBe(true);
    }
    // Every style a part names is defined.
    for (const name of pkg.names.filter((n) => /^word\/.*\.xml$/.test(n) && n !== 'word/styles.xml')) {
      for (const [, ref] of pkg.part(name).matchAll(/<w:[pr]Style w:val="([^"]+)"\/>/g)) expect(styles.has(ref!), `${name} names ${ref}`).toBe(true);
    }
    // Word's default character style, defined as Word defines it.
    expect(styles.get('DefaultParagraphFont')).toMatch(/w:type="character"/);
    expect(attrs(styles.get('DefaultParagraphFont')!, 'style')).toMatchObject({ default: '1' });
    // None of docx's unused built-ins (which Word would list in the style gallery).
    for (const unused of ['Strong', 'ListParagraph', 'Caption', 'Bibliography', 'TOC1', 'TOC9', 'Hyperlink', 'FootnoteText', 'LineNumber', 'Heading5', 'Heading6']) {
      expect(styles.has(unused), unused).toBe(false);
    }
    for (const own of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) expect(styles.has(own), own).toBe(true);
  });
});

describe('settings.xml: the East Asian settings', () => {
  it('does not compress punctuation, uses the East Asian layout, does not stretch lines before a typed break, keeps table lines on the grid', async () => {
    const pkg = readPackage(await exportDocx(SAMPLE));
    const settings = pkg.part('word/settings.xml');
    expect(attrs(settings, 'characterSpacingControl')).toEqual({ val: 'doNotCompress' });
    const compat = /<w:compat>([\s\S]*?)<\/w:compat>/.exec(settings)![1]!;
    for (const on of ['useFELayout', 'doNotExpandShiftReturn', 'adjustLineHeightInTable']) expect(compat, on).toMatch(new RegExp(`<w:${on}/>`));
    // Off: would change widths of half-width characters against the preview's measurements.
    expect(compat).not.toMatch(/balanceSingleByteDoubleByteWidth/);
    // Word keeps its compatibility mode.
    expect(compat).toMatch(/<w:compatSetting w:val="15" w:name="compatibilityMode"/);
    expect(attrs(settings, 'themeFontLang')).toEqual({ val: 'zh-CN', eastAsia: 'zh-CN' });
    expect(attrs(pkg.part('word/styles.xml'), 'lang')).toMatchObject({ eastAsia: 'zh-CN' });
  });
});

describe('fonts', () => {
  it('gives every font written an entry with altName, panose1 and sig from Word-saved files', async () => {
    const table = readPackage(await exportDocx(SAMPLE)).part('word/fontTable.xml');
    const entry = (name: string) => new RegExp(`<w:font w:name="${name}">([\\s\\S]*?)</w:font>`).exec(table)?.[1] ?? '';
    // Word's own values for these fonts (see core/export/font-faces.ts for where they come from).
    expect(attrs(entry('仿宋_GB2312'), 'altName')).toEqual({ val: '仿宋' });
    expect(attrs(entry('仿宋_GB2312'), 'panose1')).toEqual({ val: '02010609030101010101' });
    expect(attrs(entry('仿宋_GB2312'), 'sig')).toEqual({ usb0: '00000001', usb1: '080E0000', usb2: '00000000', usb3: '00000000', csb0: '00040000', csb1: '00000000' });
    expect(attrs(entry('楷体_GB2312'), 'altName')).toEqual({ val: '楷体' });
    expect(attrs(entry('宋体'), 'panose1')).toEqual({ val: '02010600030101010101' });
    expect(attrs(entry('黑体'), 'sig')).toMatchObject({ usb0: '800002BF', usb1: '38CF7CFA', csb0: '00040001' });
    // 仿宋 and 楷体 are written too: they hold what the _GB2312 fonts lack.
    expect(attrs(entry('仿宋'), 'panose1')).toEqual({ val: '02010609060101010101' });
    expect(attrs(entry('楷体'), 'altName')).toEqual({ val: 'KaiTi' });
    // 方正小标宋简体: Word falls back to 宋体, and the sig says simplified Chinese (code page 936).
    expect(attrs(entry('方正小标宋简体'), 'altName')).toEqual({ val: '宋体' });
    expect(attrs(entry('方正小标宋简体'), 'sig')).toMatchObject({ csb0: '00040000' });
  });

  it('sets characters outside GB2312 (• ㎡) in the Windows font of a GB2312-only family, the rest in the role font', async () => {
    const paragraphs = paragraphsOf(readPackage(await exportDocx(SAMPLE)).part('word/document.xml'));
    const fontsOf = (start: string) => {
      const p = paragraphs.find((x) => x.text.startsWith(start))!;
      return p.runs.map((r) => [r.text, attrs(r.rPr, 'rFonts')!.eastAsia]);
    };
    expect(fontsOf('全年')).toEqual([
      ['全年举办活动4场', '仿宋_GB2312'],
      ['•', '仿宋'],
      ['签约项目5个，新增用地3', '仿宋_GB2312'],
      ['㎡', '仿宋'],
      ['。', '仿宋_GB2312'],
    ]);
    // In a heading font too (楷体_GB2312 → 楷体), and the body of a run-in heading in 仿宋.
    expect(fontsOf('（一）')).toEqual([['（一）强化创新。', '楷体_GB2312']]);
    expect(fontsOf('建成')).toEqual([
      ['建成面积1.2万', '仿宋_GB2312'],
      ['㎡', '仿宋'],
      ['的孵化器', '仿宋_GB2312'],
      ['•', '仿宋'],
      ['众创空间。', '仿宋_GB2312'],
    ]);
  });

  it('takes the font set from the template, and from the export over the template', async () => {
    const fontsOf = async (options: Parameters<typeof exportDocx>[1]) => {
      const paragraphs = paragraphsOf(readPackage(await exportDocx(SAMPLE, options)).part('word/document.xml'));
      const first = (start: string) => attrs(paragraphs.find((p) => p.text.startsWith(start))!.runs[0]!.rPr, 'rFonts')!.eastAsia;
      return { title: first('某市'), body: first('全年'), heading1: first('一、'), heading2: first('（一）') };
    };
    expect(getTemplate('half-year').format?.fontSet).toBe('gb2312');
    expect(await fontsOf({})).toEqual({ title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312' });
    expect(await fontsOf({ format: { fontSet: 'windows' } })).toEqual({ title: '宋体', body: '仿宋', heading1: '黑体', heading2: '楷体' });
    expect(await fontsOf({ format: { fontSet: 'founder' } })).toEqual({ title: '方正小标宋_GBK', body: '方正仿宋_GBK', heading1: '方正黑体_GBK', heading2: '方正楷体_GBK' });
    const template = { ...getTemplate('half-year'), format: { fontSet: 'windows' as const } };
    expect((await fontsOf({ template })).body).toBe('仿宋');
    // Windows' own fonts have • and ㎡: nothing is split off.
    const windows = paragraphsOf(readPackage(await exportDocx(SAMPLE, { format: { fontSet: 'windows' } })).part('word/document.xml'));
    expect(windows.find((p) => p.text.startsWith('全年'))!.runs).toHaveLength(1);
  });
});

describe('import: a style separator reads back as one run-in heading', () => {
  const styles = stylesXml(paragraphStyle('Heading2', 'heading 2', '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>'));
  const hiddenMark = (rPr: string) => `<w:pStyle w:val="Heading2"/><w:rPr>${rPr}</w:rPr>`;

  it.each([
    ['vanish and specVanish (Word’s style separator)', '<w:vanish/><w:specVanish/>'],
    ['vanish alone', '<w:vanish/>'],
  ])('%s', (_, rPr) => {
    const bytes = docxPackage({
      document: documentXml(para('某局2023年工作总结') + para('一、工作情况', '<w:pStyle w:val="Heading2"/>') + para('（一）强化创新。', hiddenMark(rPr)) + para('举办活动4场，签约项目5个。') + para('（二）完善机制')),
      styles,
    });
    const paragraphs = readDocx(bytes);
    expect(paragraphs.map((p) => p.text)).toEqual(['某局2023年工作总结', '一、工作情况', '（一）强化创新。举办活动4场，签约项目5个。', '（二）完善机制']);
    // The joined paragraph is the heading's: its outline level comes with it.
    expect(paragraphs[2]!.hint?.outlineLevel).toBe(1);
    const blocks = importSource(bytes).document.blocks.filter((b) => b.type === 'heading');
    expect(blocks.map((b) => [b.level, b.runIn === true, b.children.map((c) => c.text).join('')])).toContainEqual([2, true, '强化创新。举办活动4场，签约项目5个。']);
  });

  it('a hidden run (not the mark) still only hides its text', () => {
    const bytes = docxPackage({ document: documentXml('<w:p><w:r><w:t>正文。</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>' + para('下一段。')) });
    expect(readDocx(bytes).map((p) => p.text)).toEqual(['正文。', '下一段。']);
  });
});
