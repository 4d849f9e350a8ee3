import { describe, expect, it } from 'vitest';
import { importSource } from '../../core/import/import-source.ts';
import { readDocx } from '../../core/import/docx-reader.ts';
import { blockText, type TableBlock, type TableCell, type TableRow } from '../../core/model.ts';
import { docxOf, escapeXml, para } from './import-docx-build.ts';
import { prng } from './random-blocks.ts';

/**
 * Property: a table written as Word writes it (w:tbl, w:tblGrid, w:tr with w:tblHeader, w:tc
 * with w:gridSpan and w:vMerge) reads back as the same table — every cell's paragraphs, spans,
 * merges and header rows — alone or inside a report, where none of its text (labels, dates, an
 * addressee's ：, 附件1) becomes part of the outline.
 */
const PIECES = ['1', '25', '12.5', '1,200.00', '95%', '—', '一、', '（一）', '1.', '(2)', '2023年6月28日', '市政府办公厅：', '附件1', '附件', '表1', '。', '，', '；', ' ', '　', '“揭榜”', '<&>', 'abc', '宣城市科技局', '合计', '情况表'];

function randomText(random: () => number): string {
  if (random() < 0.2) return '';
  const pick = () => PIECES[Math.floor(random() * PIECES.length)]!;
  const paragraphs = random() < 0.15 ? 2 : 1;
  return Array.from({ length: paragraphs }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, pick).join('')).join('\n');
}

function cellOf(text: string, colSpan: number, vMerge?: 'restart' | 'continue'): TableCell {
  const cell: TableCell = { type: 'table-cell', children: text.split('\n').map((t) => ({ type: 'cell-paragraph', children: [{ text: t }] })) };
  if (colSpan > 1) cell.colSpan = colSpan;
  if (vMerge) cell.vMerge = vMerge;
  return cell;
}

/** A random table whose merges are all sound (a 'continue' under a merged cell of the same span). */
function randomTable(random: () => number): TableBlock {
  const columns = 1 + Math.floor(random() * 6);
  const rowCount = 1 + Math.floor(random() * 12);
  const headers = random() < 0.6 ? Math.floor(random() * Math.min(3, rowCount + 1)) : 0;
  const rows: TableRow[] = [];
  let above = new Map<number, TableCell>();
  for (let r = 0; r < rowCount; r++) {
    const here = new Map<number, TableCell>();
    const cells: TableCell[] = [];
    for (let column = 0; column < columns; ) {
      const up = above.get(column);
      let span = random() < 0.25 ? 1 + Math.floor(random() * (columns - column)) : 1;
      let merge: 'restart' | 'continue' | undefined;
      if (up?.vMerge && random() < 0.5) {
        span = up.colSpan ?? 1;
        merge = 'continue';
      } else if (random() < 0.15) merge = 'restart';
      const cell = cellOf(randomText(random), span, merge);
      cells.push(cell);
      here.set(column, cell);
      column += span;
    }
    const row: TableRow = { type: 'table-row', children: cells };
    if (r < headers) row.header = true;
    rows.push(row);
    above = here;
  }
  return { type: 'table', children: rows };
}

/** The table in WordprocessingML, written here by hand (not by the app's exporter). */
function tableXml(table: TableBlock): string {
  const columns = table.children[0]!.children.reduce((n, cell) => n + (cell.colSpan ?? 1), 0);
  const grid = '<w:tblGrid>' + '<w:gridCol w:w="1200"/>'.repeat(columns) + '</w:tblGrid>';
  const rows = table.children.map((row) => {
    const trPr = row.header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    const cells = row.children.map((cell) => {
      const tcPr = (cell.colSpan ? `<w:gridSpan w:val="${cell.colSpan}"/>` : '') + (cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.vMerge ? '<w:vMerge/>' : '');
      const paragraphs = cell.children.map((p) => {
        const text = p.children[0]!.text;
        return text ? `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>` : '<w:p/>';
      });
      return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${paragraphs.join('')}</w:tc>`;
    });
    return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr/>${grid}${rows.join('')}</w:tbl>`;
}

describe('random tables written as .docx read back as the same tables', () => {
  it('alone: the same cells, spans, merges and header rows', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const table = randomTable(prng(seed));
      const read = readDocx(docxOf(tableXml(table)));
      expect(read, `seed ${seed}`).toHaveLength(1);
      expect(read[0]!.table, `seed ${seed}`).toEqual(table);
    }
  });

  it('inside a report and an attachment: the tables in place, the outline untouched by their text', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = prng(seed * 7919);
      const body = randomTable(random);
      const annex = randomTable(random);
      const xml = [
        para('宣城市科技局2023年上半年工作总结和下半年工作打算', '<w:jc w:val="center"/>'),
        para('市人民政府：'),
        para('一、上半年工作完成情况'),
        para('全年完成投资12亿元。'),
        tableXml(body),
        para('二、存在的问题'),
        para('项目推进较慢。'),
        para('三、下半年工作打算'),
        para('加快推进。'),
        para('宣城市科技局'),
        para('2023年7月10日'),
        para('附件1'),
        para('项目清单'),
        tableXml(annex),
      ].join('');
      const { recognised, document } = importSource(docxOf(xml));
      const context = `seed ${seed}`;
      expect([recognised.title, recognised.addressee, recognised.signature, recognised.date], context).toEqual(['宣城市科技局2023年上半年工作总结和下半年工作打算', '市人民政府：', '宣城市科技局', '2023年7月10日']);
      expect(document.blocks.filter((b) => b.type === 'heading').map(blockText), context).toEqual(['上半年工作完成情况', '存在的问题', '下半年工作打算']);
      expect(document.blocks.filter((b) => b.type === 'table'), context).toEqual([body, annex]);
      const types = document.blocks.map((b) => b.type);
      expect(types.slice(types.indexOf('date') + 1), context).toEqual(['annex', 'table']);
    }
  });
});
