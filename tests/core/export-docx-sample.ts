import { exportDocx } from '../../core/export/docx.ts';
import { heading, textBlock, type Block, type GongwenDocument } from '../../core/model.ts';
import { paragraphsOf, readPackage, type Package, type Para } from './export-xml.ts';

/**
 * The exported package, read back. Expected values come from GB/T 9704-2012 and Word's units
 * (1 mm = 1440/25.4 twips, w:sz in half-points), not from the exporter's output.
 */
export const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** One 字 on Word's character grid: 156 mm / 28 in points is 16 pt + charSpace/4096. */
export const CHAR_SPACE = Math.round(((156 * 72) / 25.4 / 28 - 16) * 4096);
export const P = (16 + CHAR_SPACE / 4096) * 20;
export const chars = (n: number) => String(Math.round(n * P));

export const TITLE = '宣城市科技局2023年上半年工作总结和下半年工作打算';

export function sample(extra: Partial<{ signature: string; date: string }> = {}): GongwenDocument {
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
export interface ExportedSample {
  pkg: Package;
  document: string;
  styles: string;
  /** The body's paragraphs (the section properties left out). */
  paragraphs: Para[];
}

/** The sample exported and read back. */
export async function exportSample(): Promise<ExportedSample> {
  const pkg = readPackage(await exportDocx(sample()));
  const document = pkg.part('word/document.xml');
  return { pkg, document, styles: pkg.part('word/styles.xml'), paragraphs: paragraphsOf(document.slice(0, document.indexOf('<w:sectPr'))) };
}

/** The paragraph whose text starts so; throws, listing the paragraphs, when there is none. */
export function findParagraph(paragraphs: readonly Para[], start: string): Para {
  const p = paragraphs.find((para) => para.text.startsWith(start));
  if (!p) throw new Error(`no paragraph starting ${start}: ${paragraphs.map((x) => x.text.slice(0, 10)).join(' / ')}`);
  return p;
}
