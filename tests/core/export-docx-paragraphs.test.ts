import { beforeAll, describe, expect, it } from 'vitest';
import { titleLines } from '../../core/print/title-lines.ts';
import { attrs, childTags, isOn, runsOf, type Package, type Para } from './export-xml.ts';
import { TITLE, chars, exportSample, findParagraph } from './export-docx-sample.ts';

let pkg: Package;
let paragraphs: Para[];

beforeAll(async () => {
  ({ pkg, paragraphs } = await exportSample());
});

const find = (start: string) => findParagraph(paragraphs, start);

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
