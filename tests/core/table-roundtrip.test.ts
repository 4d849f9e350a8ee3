import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { importSource } from '../../core/import/import-source.ts';
import { blockText, heading, type Block, type GongwenDocument, type TableCell } from '../../core/model.ts';
import { cellStarts } from '../../core/table/grid.ts';
import { randomTableDocument } from '../render/random-table-docs.ts';
import { childTags, readPackage } from './export-xml.ts';
import { prng } from './random-blocks.ts';
import { randomReport } from './random-report.ts';
import { randomTable } from './random-table.ts';
import { row, table } from './table-docs.ts';

/**
 * Property (issue 18): a document with tables, captions and attachments, exported and imported
 * again, gives the same blocks: every table with its rows, header rows, every cell's paragraphs in
 * place, its column spans and vertical merges; every caption before its table; every attachment's
 * title and content after the 成文日期, in order.
 */
function shape(block: Block): unknown {
  if (block.type !== 'table') return { type: block.type, text: blockText(block) };
  const starts = block.children.map(cellStarts);
  /** A merge that starts and covers no row below is no merge: Word draws, and the export writes, a plain cell. */
  const merge = (cell: TableCell, r: number, c: number) => {
    if (cell.vMerge !== 'restart') return cell.vMerge ?? null;
    const below = block.children[r + 1];
    const under = below?.children[starts[r + 1]!.indexOf(starts[r]![c]!)];
    return under?.vMerge === 'continue' ? 'restart' : null;
  };
  return {
    type: 'table',
    rows: block.children.map((row, r) => ({
      header: row.header === true,
      cells: row.children.map((cell, c) => ({ span: cell.colSpan ?? 1, vMerge: merge(cell, r, c), text: cell.children.map((p) => p.children.map((run) => run.text).join('')) })),
    })),
  };
}

async function roundTrip(document: GongwenDocument): Promise<GongwenDocument> {
  return importSource(await exportDocx(document), { template: document.meta.template }).document;
}

const tablesAndAnnexes = (document: GongwenDocument) => document.blocks.filter((b) => b.type === 'table' || b.type === 'caption' || b.type === 'annex').map(shape);

describe('export → import of tables and attachments', () => {
  it.each(Array.from({ length: 30 }, (_, i) => 500 + i))('report with tables and attachments, seed %i', async (seed) => {
    // A template with no required sections: the importer would add a half-year's missing ones (and say so).
    const generated = randomTableDocument(seed);
    const document = { ...generated, meta: { ...generated.meta, template: '' } };
    expect(document.blocks.some((b) => b.type === 'table')).toBe(true);
    const back = await roundTrip(document);
    expect(back.blocks.map(shape)).toEqual(document.blocks.map(shape));
  });

  it.each(Array.from({ length: 30 }, (_, i) => 900 + i))('a random table in a generated report, seed %i', async (seed) => {
    const random = prng(seed);
    const document = randomReport(seed);
    const at = document.blocks.findIndex((b) => b.type === 'signature' || b.type === 'date');
    const where = 1 + Math.floor(random() * Math.max(1, (at < 0 ? document.blocks.length : at) - 1));
    document.blocks.splice(where, 0, randomTable(random));
    const back = await roundTrip(document);
    expect(tablesAndAnnexes(back)).toEqual(tablesAndAnnexes(document));
  });

  it('keeps two tables back to back apart in the .docx (Word joins adjacent w:tbl), and they come back as two', async () => {
    const first = table([row(['项目', '金额'], true), row(['甲', '1'])]);
    const second = table([row(['单位', '人数', '备注'], true), row(['乙', '2', '无'])]);
    const document: GongwenDocument = { meta: { template: '', organ: '某局', year: 2023, period: '上半年', date: '' }, blocks: [heading(1, '情况'), first, second] };
    const bytes = await exportDocx(document);
    const body = /<w:body>([\s\S]*)<\/w:body>/u.exec(readPackage(bytes).part('word/document.xml'))![1]!;
    const tags = childTags(body);
    const at = tags.indexOf('tbl');
    expect(tags.slice(at, at + 3)).toEqual(['tbl', 'p', 'tbl']);
    const back = await roundTrip(document);
    expect(tablesAndAnnexes(back)).toEqual(tablesAndAnnexes(document));
  });
});
