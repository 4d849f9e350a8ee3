import { describe, expect, it } from 'vitest';
import { applyListEdits, listEdits, listState } from '../../../core/annex-list.ts';
import { checkSubmission, RULES } from '../../../core/check/index.ts';
import { textBlock, type Block, type GongwenDocument, type TableBlock, type TableCell } from '../../../core/model.ts';
import { reportWithAnnexes } from '../annex-docs.ts';

const codes = (document: GongwenDocument, code: string) => checkSubmission(document).filter((f) => f.code === code);
const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ type: 'table-cell', ...extra, children: [{ type: 'cell-paragraph', children: [{ text }] }] });
const table = (rows: TableCell[][], header = true): TableBlock => ({ type: 'table', children: rows.map((cells, r) => ({ type: 'table-row', ...(header && r === 0 ? { header: true } : {}), children: cells })) });

function withBody(extra: Block[]): GongwenDocument {
  const document = reportWithAnnexes([]);
  const at = document.blocks.findIndex((b) => b.type === 'signature');
  document.blocks.splice(at, 0, ...extra);
  return document;
}

describe('检查: 附件说明 and the attachments (annex-list-mismatch)', () => {
  it('a list in step, or a document whose attachments are sent apart, is fine', () => {
    expect(codes(reportWithAnnexes([{ title: '项目清单' }, { title: '资金明细表' }]), 'annex-list-mismatch')).toEqual([]);
    expect(codes(reportWithAnnexes([], ['另行报送的方案']), 'annex-list-mismatch')).toEqual([]);
  });

  it('a line that names an attachment differently blocks, and its fix writes the title in', () => {
    const document = reportWithAnnexes([{ title: '项目清单' }, { title: '资金明细表' }], ['项目清单', '资金表']);
    const [finding, ...rest] = codes(document, 'annex-list-mismatch');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'blocking', block: document.blocks.findIndex((b) => b.type === 'attachment') + 1, fix: { start: 0, end: 3, text: '资金明细表' } });
    expect(finding!.message).toContain('附件2');
  });

  it('a list with a line missing (or none) blocks, and its fix rewrites the list from the titles', () => {
    for (const lines of [['项目清单'], [], ['项目清单', '资金明细表', '多余']]) {
      const document = reportWithAnnexes([{ title: '项目清单' }, { title: '资金明细表' }], lines);
      const findings = codes(document, 'annex-list-mismatch');
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('blocking');
      const fixed = applyListEdits(document.blocks, listEdits(document.blocks, findings[0]!.listFix!));
      expect(listState(fixed).lines).toEqual(['项目清单', '资金明细表']);
      expect(codes({ ...document, blocks: fixed }, 'annex-list-mismatch')).toEqual([]);
    }
  });
});

describe('检查: an attachment with no title (annex-untitled)', () => {
  it('blocks, naming the attachment', () => {
    const document = reportWithAnnexes([{ title: '项目清单' }, { title: '  ' }], ['项目清单', '']);
    const findings = codes(document, 'annex-untitled');
    expect(findings.map((f) => [f.severity, f.block])).toEqual([['blocking', document.blocks.findLastIndex((b) => b.type === 'annex')]]);
    expect(findings[0]!.message).toContain('附件2没有标题');
    // The list cannot be fixed from a title that is not there.
    expect(codes(document, 'annex-list-mismatch').every((f) => !f.fix && !f.listFix)).toBe(true);
  });
});

describe('检查: tables', () => {
  it('a header cell left empty warns (table-empty-header); a cell merged from above does not', () => {
    const empty = withBody([table([[cell('项目'), cell(' ')], [cell('甲'), cell('1')]])]);
    const findings = codes(empty, 'table-empty-header');
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]!.message).toContain('第 1 行第 2 列');
    const merged = withBody([table([[cell('项目', { colSpan: 2 }), cell('金额')], [cell('甲'), cell('乙'), cell('1')]])]);
    expect(codes(merged, 'table-empty-header')).toEqual([]);
    const twoHeaderRows: TableBlock = { type: 'table', children: [{ type: 'table-row', header: true, children: [cell('项目', { vMerge: 'restart' }), cell('金额')] }, { type: 'table-row', header: true, children: [cell('', { vMerge: 'continue' }), cell('万元')] }] };
    expect(codes(withBody([twoHeaderRows]), 'table-empty-header')).toEqual([]);
    // Without a marked header row, the first row is the header.
    expect(codes(withBody([table([[cell(''), cell('金额')]], false)]), 'table-empty-header')).toHaveLength(1);
  });

  it('a 表题 not followed by a table warns (caption-without-table)', () => {
    const good = withBody([textBlock('caption', '表1 资金情况'), table([[cell('项目')]])]);
    expect(codes(good, 'caption-without-table')).toEqual([]);
    const stray = withBody([textBlock('caption', '表1 资金情况'), textBlock('paragraph', '正文。')]);
    const findings = codes(stray, 'caption-without-table');
    expect(findings.map((f) => [f.severity, f.block])).toEqual([['warning', stray.blocks.findIndex((b) => b.type === 'caption')]]);
  });
});

describe('RULES holds the four rules', () => {
  it('weighs each of their codes', () => {
    const weights = Object.assign({}, ...RULES.map((rule) => rule.severity)) as Record<string, string>;
    expect(weights).toMatchObject({ 'annex-list-mismatch': 'blocking', 'annex-untitled': 'blocking', 'table-empty-header': 'warning', 'caption-without-table': 'warning' });
  });
});
