import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { TYPE_AREA_WIDTH } from '../../core/export/page.ts';
import { cellText, type GongwenDocument, type TableBlock } from '../../core/model.ts';
import { attrs, paragraphsOf, readPackage } from './export-xml.ts';
import { prng } from './random-blocks.ts';
import { bigTable, cell, row, table, tableReport } from './table-docs.ts';

const documentXml = async (doc: GongwenDocument, options = {}) => readPackage(await exportDocx(doc, options)).part('word/document.xml');
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
const rowsOf = (tbl: string) => [...tbl.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
const cellsOf = (tr: string) => [...tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]!);
const span = (tc: string) => Number(attrs(tc, 'gridSpan')?.val ?? 1);
const vMerge = (tc: string) => (/<w:vMerge w:val="restart"\/>/.test(tc) ? 'restart' : /<w:vMerge\/>/.test(tc) ? 'continue' : undefined);
const cellTextXml = (tc: string) =>
  paragraphsOf(tc)
    .map((p) => p.text)
    .join('\n');
const doc = (t: TableBlock): GongwenDocument => ({ meta: { template: 'half-year', organ: '某市科技局', year: 2023, period: '上半年', date: '' }, blocks: [t] });

describe('a table in the .docx', () => {
  it('is the 版心 wide, on a grid summing to it, with full single borders and a fixed layout', async () => {
    const [tbl] = tables(await documentXml(doc(bigTable())));
    expect(attrs(tbl!, 'tblW')).toEqual({ w: String(TYPE_AREA_WIDTH), type: 'dxa' });
    expect(TYPE_AREA_WIDTH).toBe(8845);
    const grid = [...tbl!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(5);
    expect(grid.reduce((a, b) => a + b)).toBe(8845);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(tbl!)![1]!;
    expect([...borders.matchAll(/<w:(\w+) w:val="single" w:sz="4"/g)].map((m) => m[1])).toEqual(['top', 'left', 'bottom', 'right', 'insideH', 'insideV']);
    expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
    // Every row fills the grid: its cells' spans add up to the columns.
    for (const tr of rowsOf(tbl!)) expect(cellsOf(tr).reduce((n, tc) => n + span(tc), 0)).toBe(5);
  });

  it('repeats the header row, keeps rows whole, and writes each row the plan’s height less its border', async () => {
    const [tbl] = tables(await documentXml(doc(bigTable())));
    const trs = rowsOf(tbl!);
    expect(trs).toHaveLength(35);
    expect(trs.map((tr) => tr.includes('<w:tblHeader/>'))).toEqual([true, ...Array<boolean>(34).fill(false)]);
    expect(trs.every((tr) => tr.includes('<w:cantSplit/>'))).toBe(true);
    // 28.95 pt = 579 twips a grid row; the 0.5 pt border (10 twips) is LibreOffice's to add.
    const heights = trs.map((tr) => attrs(tr, 'trHeight')!);
    for (const h of heights) {
      expect(h.hRule).toBe('atLeast');
      expect((Number(h.val) + 10) % 579).toBeLessThanOrEqual(1);
    }
    // The long name wraps: its row is taller than one grid row.
    expect(Number(heights[7]!.val)).toBeGreaterThan(579);
  });

  it('merges cells with gridSpan and vMerge', async () => {
    const [tbl] = tables(await documentXml(doc(bigTable())));
    const trs = rowsOf(tbl!).map(cellsOf);
    expect(trs.slice(1, 5).map((tcs) => vMerge(tcs[0]!))).toEqual(['restart', 'continue', 'continue', undefined]);
    expect(cellTextXml(trs[1]![0]!)).toBe('重点');
    expect(trs[5]!.map(span)).toEqual([1, 2, 1, 1]);
  });

  it('sets cells in 仿宋 at 14 pt on an exact 18 pt line, off the grid; header cells in 黑体, figures centred or right', async () => {
    const xml = await documentXml(doc(bigTable()));
    const trs = rowsOf(tables(xml)[0]!).map(cellsOf);
    const [header] = paragraphsOf(trs[0]![0]!);
    expect(header!.runs[0]!.rPr).toContain('w:eastAsia="黑体"');
    expect(header!.runs[0]!.rPr).toContain('<w:sz w:val="28"/>');
    const [name, figure] = [paragraphsOf(trs[4]![1]!)[0]!, paragraphsOf(trs[4]![2]!)[0]!];
    expect(name.runs[0]!.rPr).toContain('w:eastAsia="仿宋_GB2312"');
    expect(attrs(name.pPr, 'spacing')).toEqual({ after: '0', before: '0', line: '360', lineRule: 'exact' });
    expect(name.pPr).toContain('<w:snapToGrid w:val="0"/>');
    expect(attrs(name.pPr, 'jc')!.val).toBe('left');
    expect(attrs(figure.pPr, 'jc')!.val).toBe('center');
    const right = rowsOf(tables(await documentXml(doc(bigTable()), { format: { figureAlign: 'right' } }))[0]!).map(cellsOf);
    expect(attrs(paragraphsOf(right[4]![2]!)[0]!.pPr, 'jc')!.val).toBe('right');
  });

  it('lets a row taller than a page split', async () => {
    const [tbl] = tables(await documentXml(doc(table([row(['表头'], true), row(['长'.repeat(1200)])]))));
    expect(rowsOf(tbl!).map((tr) => tr.includes('<w:cantSplit/>'))).toEqual([true, false]);
    expect(rowsOf(tbl!).map((tr) => /<w:vAlign w:val="(\w+)"\/>/u.exec(tr)?.[1])).toEqual(['center', 'top']);
  });

  it('prints the caption centred in 黑体 before the table, and starts each 附件 on a new page', async () => {
    const xml = await documentXml(tableReport());
    const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '<w:p><w:r><w:t>[表]</w:t></w:r></w:p>');
    const paragraphs = paragraphsOf(body);
    const caption = paragraphs.findIndex((p) => p.text === '表1　重点项目推进情况');
    expect(paragraphs[caption + 1]!.text).toBe('[表]');
    expect(paragraphs[caption]!.runs[0]!.rPr).toContain('w:eastAsia="黑体"');
    expect(attrs(paragraphs[caption]!.pPr, 'jc')!.val).toBe('center');
    const labels = paragraphs.filter((p) => /^附件\d$/u.test(p.text));
    expect(labels.map((p) => p.text)).toEqual(['附件1', '附件2']);
    for (const label of labels) {
      expect(label.pPr).toContain('<w:pageBreakBefore/>');
      expect(label.runs[0]!.rPr).toContain('w:eastAsia="黑体"');
      expect(label.runs[0]!.rPr).toContain('<w:sz w:val="32"/>');
    }
    const title = paragraphs[paragraphs.indexOf(labels[0]!) + 2]!;
    expect(title.text).toBe('重点项目清单');
    expect(title.runs[0]!.rPr).toContain('<w:sz w:val="44"/>');
    expect(attrs(title.pPr, 'jc')!.val).toBe('center');
  });

  it('keeps every cell’s text, in place, for random tables (merges, headers, empty cells, figures)', async () => {
    const texts = ['', '项目', '12.5%', '1,200', '一个较长的单元格文字需要换行显示在表格中', 'R&D投入', '<a>&"', '第一行\n第二行', '　', '（一）标题'];
    for (let seed = 1; seed <= 25; seed++) {
      const random = prng(seed);
      const columns = 1 + Math.floor(random() * 6);
      const rows = 1 + Math.floor(random() * 12);
      const source: TableBlock = table([]);
      for (let r = 0; r < rows; r++) {
        const cells = [];
        for (let c = 0; c < columns; ) {
          const colSpan = Math.min(columns - c, random() < 0.15 ? 2 : 1);
          const above = r > 0 && random() < 0.2;
          cells.push(cell(above ? '' : texts[Math.floor(random() * texts.length)]!, { ...(colSpan > 1 ? { colSpan } : {}), ...(above ? { vMerge: 'continue' as const } : random() < 0.2 ? { vMerge: 'restart' as const } : {}) }));
          c += colSpan;
        }
        source.children.push(row(cells as never, r === 0 && random() < 0.5));
      }
      const [tbl] = tables(await documentXml(doc(source)));
      const written = rowsOf(tbl!).map((tr) => cellsOf(tr).map(cellTextXml));
      const expected = source.children.map((r) => r.children.map(cellText));
      expect(written.map((r) => r.join('|')), `seed ${seed}`).toEqual(expected.map((r) => r.join('|')));
    }
  });
});
