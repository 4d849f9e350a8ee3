import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { printPlan } from '../../core/print/plan.ts';
import { findTemplate } from '../../core/templates.ts';
import { blockText } from '../../core/model.ts';
import { exportSamples, type ExportSample } from './export-samples.ts';
import { PPR_ORDER, orderProblems, readPackage, type Package } from './export-xml.ts';

/**
 * The package edits (core/export/package.ts) on every kind of document: each part read back with
 * a namespace-aware parser, every w:pPr in CT_PPrBase order, the title (where there is one) off
 * the grid, automatic spacing off in both halves where it is off at all.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Property {
  name: string;
  val: string | undefined;
}

interface ParagraphProperties {
  /** The element holding the w:pPr: w:p, or w:pPrDefault / w:style in styles.xml. */
  holder: string;
  children: Property[];
}

/** Every w:pPr of a part, with its direct children in order. */
function paragraphProperties(xml: string): ParagraphProperties[] {
  const parser = new SaxesParser({ xmlns: true });
  const found: ParagraphProperties[] = [];
  const stack: { local: string; uri: string }[] = [];
  let current: ParagraphProperties | null = null;
  let depthInPPr = 0;
  parser.on('opentag', (tag) => {
    if (current) {
      depthInPPr++;
      if (depthInPPr === 1) current.children.push({ name: tag.uri === W ? tag.local : `{${tag.uri}}${tag.local}`, val: Object.values(tag.attributes).find((a) => a.uri === W && a.local === 'val')?.value });
    } else if (tag.uri === W && tag.local === 'pPr') {
      current = { holder: stack[stack.length - 1]?.local ?? '', children: [] };
      found.push(current);
      depthInPPr = 0;
    }
    stack.push({ local: tag.local, uri: tag.uri });
  });
  parser.on('closetag', () => {
    stack.pop();
    if (!current) return;
    if (depthInPPr === 0) current = null;
    else depthInPPr--;
  });
  parser.write(xml).close();
  return found;
}

const off = (p: Property | undefined) => p !== undefined && ['0', 'false', 'off'].includes(p.val ?? 'true');
const child = (pPr: ParagraphProperties, name: string) => pPr.children.find((c) => c.name === name);

const samples = exportSamples();
const exported = new Map<string, Package>();

beforeAll(async () => {
  for (const sample of samples) exported.set(sample.name, readPackage(await exportDocx(sample.document, sample.options)));
}, 120_000);

function hasTitle(sample: ExportSample): boolean {
  return sample.document.blocks.some((b) => b.type === 'title' && blockText(b).trim() !== '');
}

describe('exported packages', () => {
  it('covers documents with and without a title', () => {
    expect(samples.filter(hasTitle).length).toBeGreaterThan(10);
    expect(samples.filter((s) => !hasTitle(s)).map((s) => s.name)).toEqual(
      expect.arrayContaining(['no-title-block', 'empty-title', 'blank-title', 'nothing', 'empty-blocks', 'date-only-seal', 'attachments-no-title']),
    );
  });

  it.each(samples.map((s) => [s.name, s] as const))('%s: every w:pPr in schema order', (_, sample) => {
    const pkg = exported.get(sample.name)!;
    for (const part of pkg.names.filter((n) => /^word\/(document|styles|footer\d+)\.xml$/.test(n))) {
      for (const pPr of paragraphProperties(pkg.part(part))) {
        const names = pPr.children.map((c) => c.name);
        expect(orderProblems(names, PPR_ORDER), `${part} <${pPr.holder}> pPr: ${names.join(' ')}`).toEqual([]);
      }
    }
  });

  it.each(samples.map((s) => [s.name, s] as const))('%s: the title off the grid, automatic spacing off in both halves', (_, sample) => {
    const pkg = exported.get(sample.name)!;
    const paragraphs = paragraphProperties(pkg.part('word/document.xml')).filter((p) => p.holder === 'p');
    const titles = paragraphs.filter((p) => child(p, 'pStyle')?.val === 'Title');
    // One title paragraph where the document has a title, none where it has not.
    expect(titles.length).toBe(hasTitle(sample) ? 1 : 0);
    for (const title of titles) expect(child(title, 'snapToGrid')?.val).toBe('0');
    // Off the grid besides the title: the 版头's mark, 发文字号 rows and rule (core/print/banner.ts), placed by measure;
    // the 版记's rows (4号 characters, core/export/colophon-table.ts) and the paragraph its table is anchored to.
    const plan = printPlan(sample.document, findTemplate(sample.document.meta.template));
    const colophon = plan.filter((p) => p.role === 'copy-to' || p.role === 'printed-by').length;
    const offGrid = plan.filter((p) => p.role !== 'table' && p.offGrid).length + colophon + (colophon > 0 ? 1 : 0);
    expect(paragraphs.filter((x) => !titles.includes(x) && child(x, 'snapToGrid') !== undefined).map((x) => child(x, 'snapToGrid')?.val)).toEqual(Array(offGrid).fill('0'));
    for (const p of paragraphs) expect(off(child(p, 'autoSpaceDN')), p.children.map((c) => c.name).join(' ')).toBe(off(child(p, 'autoSpaceDE')));
    // Signature, date and attachment lines turn it off; the exporter writes some of them for most samples.
    const signed = sample.document.blocks.some((b) => ['signature', 'date', 'attachment'].includes(b.type) && blockText(b).trim() !== '');
    if (signed) expect(paragraphs.some((p) => off(child(p, 'autoSpaceDN')))).toBe(true);

    const defaults = paragraphProperties(pkg.part('word/styles.xml')).find((p) => p.holder === 'pPrDefault')!;
    expect(off(child(defaults, 'widowControl'))).toBe(true);
    expect(pkg.part('word/fontTable.xml')).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:panose1 w:val="02010609030101010101"\/><w:charset w:val="86"\/>/);
  });
});
