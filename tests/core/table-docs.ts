import { heading, textBlock, type Block, type GongwenDocument, type TableBlock, type TableCell, type TableRow } from '../../core/model.ts';

/** A cell of one paragraph per line of `text`. */
export function cell(text: string, extra: Pick<TableCell, 'colSpan' | 'vMerge'> = {}): TableCell {
  return { type: 'table-cell', ...extra, children: text.split('\n').map((line) => ({ type: 'cell-paragraph', children: [{ text: line }] })) };
}

export function row(cells: (string | TableCell)[], header = false): TableRow {
  return { type: 'table-row', ...(header ? { header: true } : {}), children: cells.map((c) => (typeof c === 'string' ? cell(c) : c)) };
}

export function table(rows: TableRow[]): TableBlock {
  return { type: 'table', children: rows };
}

/**
 * A 35-row table: a header row, a first column merged down over rows 1–3 (vMerge), a cell
 * spanning two columns (gridSpan), figures and text of several lengths.
 */
export function bigTable(rows = 35): TableBlock {
  const out: TableRow[] = [row(['序号', '项目名称', '2023年投资（万元）', '完成率（%）', '备注'], true)];
  for (let i = 1; i < rows; i++) {
    if (i === 1) out.push(row([cell('重点', { vMerge: 'restart' }), '宣城市科技创新综合体建设项目', '1200', '85.5', '按计划推进']));
    else if (i <= 3) out.push(row([cell('', { vMerge: 'continue' }), `重点项目${i}`, String(300 * i), '90', '']));
    else if (i === 5) out.push(row([String(i), cell('合并两列的说明文字，占用第二列和第三列', { colSpan: 2 }), '100', '已完成']));
    else out.push(row([String(i), i % 7 === 0 ? '一个名称较长需要在单元格内换行显示的科技项目名称' : `项目${i}`, String(1000 + i * 37), String(60 + (i % 40)), i % 5 === 0 ? '年内完工' : '']));
  }
  return table(out);
}

/** A report with text, a captioned table, `after` paragraphs of three lines each, the 附件说明, signature, date and two attachments, one holding a table. */
export function tableReport(tableBlock: TableBlock = bigTable(), after = 8): GongwenDocument {
  // Hanzi and full-width marks only, three lines each: the middle one a full line of 28.
  const body = (n: number): Block[] => Array.from({ length: n }, () => textBlock('paragraph', '上半年，我局围绕中心工作，统筹推进科技创新各项任务，取得了明显成效，各项指标均超额完成，为全年目标打下了坚实基础，群众满意度持续提升。'));
  const blocks: Block[] = [
    textBlock('title', '宣城市科技局2023年上半年工作总结'),
    heading(1, '工作完成情况'),
    ...body(3),
    textBlock('caption', '表1　重点项目推进情况'),
    tableBlock,
    ...body(after),
    textBlock('attachment', '重点项目清单'),
    textBlock('attachment', '资金安排表'),
    textBlock('signature', '宣城市科技局'),
    textBlock('date', '2023年7月10日'),
    textBlock('annex', '重点项目清单'),
    ...body(2),
    textBlock('annex', '资金安排表'),
    table([row(['科目', '金额（万元）'], true), row(['研发补助', '500']), row(['平台建设', '1,200.5'])]),
  ];
  return { meta: { template: 'half-year', organ: '宣城市科技局', year: 2023, period: '上半年', date: '2023年7月10日' }, blocks };
}
