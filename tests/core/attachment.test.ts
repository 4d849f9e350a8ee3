import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { chars } from '../../core/export/page.ts';
import { tableWidth } from '../../core/print/char-width.ts';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import { heading, textBlock, type Block, type GongwenDocument } from '../../core/model.ts';
import { normalizeBlocks } from '../../core/normalize.ts';
import { computeLabels } from '../../core/numbering.ts';
import { closingStart, newAttachmentAt, sectionSpan } from '../../core/outline.ts';
import { planSetLevel } from '../../core/structure.ts';
import { findTemplate } from '../../core/templates.ts';
import { attrs, paragraphsOf, readPackage } from './export-xml.ts';

const attachment = (text: string): Block => textBlock('attachment', text);

function documentWith(names: string[]): GongwenDocument {
  const blocks: Block[] = [
    textBlock('title', '某局2023年上半年工作总结和下半年工作打算'),
    heading(1, '上半年工作完成情况', { section: 'done' }),
    textBlock('paragraph', '完成了工作。'),
    heading(1, '下半年工作打算', { section: 'plan' }),
    textBlock('paragraph', '继续推进。'),
    ...names.map(attachment),
    textBlock('signature', '某局'),
    textBlock('date', '2023年6月28日'),
  ];
  return { meta: { template: 'half-year', organ: '某局', year: 2023, period: '上半年', date: '' }, blocks };
}

describe('附件说明 labels (GB/T 9704 7.3.4)', () => {
  it('is 附件： before a single name', () => {
    const blocks = documentWith(['项目清单']).blocks;
    const labels = computeLabels(blocks);
    expect(labels[blocks.findIndex((b) => b.type === 'attachment')]).toBe('附件：');
  });

  it('numbers several names 附件：1. then 2. 3.', () => {
    const blocks = documentWith(['项目清单', '资金明细表', '联系人名单']).blocks;
    const labels = computeLabels(blocks);
    expect(blocks.flatMap((b, i) => (b.type === 'attachment' ? [labels[i]] : []))).toEqual(['附件：1.', '2.', '3.']);
    // Headings keep their own labels.
    expect(labels[1]).toBe('一、');
    expect(labels[3]).toBe('二、');
  });
});

describe('附件说明 in the model', () => {
  it('is a closing block: the last section ends before it and moves leave it at the end', () => {
    const blocks = documentWith(['项目清单', '资金明细表']).blocks;
    expect(sectionSpan(blocks, 3)).toEqual({ start: 3, end: 5 });
    expect(closingStart(blocks)).toBe(5);
  });

  it('round-trips through .gwdoc', () => {
    const document = documentWith(['项目清单']);
    const parsed = parseGwdoc(serializeGwdoc(document));
    expect(parsed.ok && parsed.document.blocks.filter((b) => b.type === 'attachment')).toEqual([attachment('项目清单')]);
  });

  it('drops 附件： and a number typed into a name, since the label shows them', () => {
    const template = findTemplate('half-year');
    const { blocks, meta } = documentWith(['附件：1.项目清单', '2、资金明细表', '附件:名单', '2023年度预算表']);
    const names = normalizeBlocks(blocks, { template, meta }).filter((b) => b.type === 'attachment').map((b) => b.children[0]!.text);
    expect(names).toEqual(['项目清单', '资金明细表', '名单', '2023年度预算表']);
  });

  it('takes a new name after the body text, before 署名 and 成文日期, or after its last name', () => {
    // 0 title … 4 继续推进。, 5 signature, 6 date.
    expect(newAttachmentAt(documentWith([]).blocks)).toBe(5);
    expect(newAttachmentAt(documentWith(['项目清单', '资金明细表']).blocks)).toBe(7);
    const { blocks } = documentWith([]);
    // Without signature and date: at the end; with body text after the date: still before the date.
    expect(newAttachmentAt(blocks.slice(0, 5))).toBe(5);
    expect(newAttachmentAt([...blocks, textBlock('paragraph', '')])).toBe(5);
    // An attachment name can be turned back into body text.
    expect(planSetLevel([...blocks.slice(0, 5), attachment('清单')], 5, 0).ok).toBe(true);
  });
});

describe('附件说明 exported', () => {
  it('writes 附件：1.名称 左空二字 after a blank line, later numbers under the first, wrapped lines under the name', async () => {
    const document = documentWith(['项目清单', '2023年度科技创新专项资金使用情况明细表及绩效评价报告']);
    const xml = readPackage(await exportDocx(document)).part('word/document.xml');
    const ps = paragraphsOf(xml.slice(0, xml.indexOf('<w:sectPr')));
    const first = ps.findIndex((p) => p.text.startsWith('附件：'));
    // 7.3.4: 正文下空一行.
    expect(ps[first - 2]!.text).toBe('继续推进。');
    expect(ps[first - 1]!.text).toBe('');
    expect(ps[first]!.text).toBe('附件：1.项目清单');
    expect(ps[first + 1]!.text).toBe('2.2023年度科技创新专项资金使用情况明细表及绩效评价报告');
    // 7.3.5.2: 署名 one blank line below the 附件说明.
    expect(ps[first + 2]!.text).toBe('');
    expect(ps[first + 3]!.text).toBe('某局');

    // The first line starts two characters in; every wrapped line starts where the name does.
    const lead = tableWidth('附件：1.');
    expect(attrs(ps[first]!.pPr, 'ind')).toEqual({ left: String(chars(2 + lead)), hanging: String(chars(lead)) });
    const number = tableWidth('2.');
    expect(attrs(ps[first + 1]!.pPr, 'ind')).toEqual({ left: String(chars(2 + tableWidth("附件：") + number)), hanging: String(chars(number)) });
    // The two names start at the same place.
    expect(2 + lead).toBeCloseTo(2 + tableWidth('附件：') + number, 6);
    expect(attrs(ps[first]!.pPr, 'jc')).toEqual({ val: 'left' });
    expect(attrs(ps[first]!.runs[0]!.rPr, 'rFonts')).toMatchObject({ eastAsia: '仿宋_GB2312', hint: 'eastAsia' });
  });

  it('writes a single name as 附件：名称 and leaves empty names out', async () => {
    const xml = readPackage(await exportDocx(documentWith(['', '项目清单', '  ']))).part('word/document.xml');
    const texts = paragraphsOf(xml).map((p) => p.text);
    expect(texts.filter((t) => t.startsWith('附件'))).toEqual(['附件：项目清单']);
  });
});
