import { heading, textBlock, type Block, type GongwenDocument, type TableBlock, type TableRow } from '../../core/model.ts';
import { prng } from '../core/random-blocks.ts';
import { cell, row } from '../core/table-docs.ts';

const HANZI = [...'科技创新项目建设资金投入完成情况企业研发平台人才引进成果转化专项补助考核指标年度计划推进落实'];
const WORDS = ['宣城市科技创新综合体', '研发费用加计扣除', '高新技术企业', '省级重点实验室', '技术合同交易额', '备注', '已完成', '推进中'];

/**
 * A seeded report with tables: text of random length, captioned tables of random size (1–45 rows,
 * 1–6 columns, 0–2 header rows), cells of words, figures, empty text, several paragraphs, now
 * and then a cell merged across columns or down rows and a cell long enough to make its row
 * taller than a page; after the 成文日期, 0–2 attachments, one holding a table.
 */
export function randomTableDocument(seed: number): GongwenDocument {
  const random = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const phrase = (max: number) => Array.from({ length: int(1, max) }, () => pick(HANZI)).join('');
  const cellText = (): string => {
    const r = random();
    if (r < 0.1) return '';
    if (r < 0.35) return pick(['1,234.5', '85%', '12', '2023', '－3.2', '100']);
    if (r < 0.55) return pick(WORDS);
    if (r < 0.62) return `${phrase(6)}\n${phrase(6)}`;
    if (r < 0.64) return Array.from({ length: int(30, 50) }, () => phrase(4)).join('\n');
    return phrase(int(2, 30));
  };
  const randomTable = (): TableBlock => {
    const columns = int(1, 6);
    const headers = int(0, 2);
    const rows: TableRow[] = [];
    let mergeDown = -1;
    const count = int(1, 45);
    for (let r = 0; r < count; r++) {
      const header = r < headers;
      const cells = [];
      for (let c = 0; c < columns; ) {
        if (!header && c === 0 && mergeDown > 0) {
          cells.push(cell('', { vMerge: 'continue' }));
          mergeDown--;
          c++;
          continue;
        }
        const span = c + 1 < columns && random() < 0.05 ? 2 : 1;
        if (!header && c === 0 && span === 1 && r > headers && random() < 0.06) {
          mergeDown = int(1, 3);
          cells.push(cell(pick(WORDS), { vMerge: 'restart' }));
        } else {
          cells.push(cell(header ? phrase(6) : cellText(), span > 1 ? { colSpan: span } : {}));
        }
        c += span;
      }
      rows.push(row(cells, header));
    }
    return { type: 'table', children: rows };
  };
  const body = (): Block => textBlock('paragraph', `${phrase(int(5, 120))}。`);
  const blocks: Block[] = [textBlock('title', '宣城市科技局2023年上半年工作总结'), heading(1, '工作完成情况')];
  for (let t = 0, tables = int(1, 3); t < tables; t++) {
    // Never two tables back to back: Word and LibreOffice join adjacent w:tbl into one table.
    for (let i = int(t > 0 ? 1 : 0, 6); i > 0; i--) blocks.push(body());
    if (random() < 0.7) blocks.push(textBlock('caption', `表${t + 1}\u3000${phrase(12)}`));
    blocks.push(randomTable());
  }
  for (let i = int(0, 4); i > 0; i--) blocks.push(body());
  blocks.push(textBlock('signature', '宣城市科技局'), textBlock('date', '2023年7月10日'));
  for (let a = int(0, 2); a > 0; a--) {
    blocks.push(textBlock('annex', phrase(int(4, 30))));
    for (let i = int(0, 3); i > 0; i--) blocks.push(body());
    if (random() < 0.6) blocks.push(randomTable());
  }
  return { meta: { template: 'half-year', organ: '宣城市科技局', year: 2023, period: '上半年', date: '2023年7月10日' }, blocks };
}
