import { describe, expect, it } from 'vitest';
import { checkSubmission } from '../../core/check/index.ts';
import { docNumberProblems, rollDocNumber } from '../../core/doc-number.ts';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import type { Banner, GongwenDocument } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { BANNER_LAYOUT_SOURCES } from '../../core/print/banner-layout.ts';
import { organMarkPt } from '../../core/print/banner.ts';
import { measureByTable } from '../../core/print/char-width.ts';
import { isPrintedParagraph, printPlan } from '../../core/print/plan.ts';
import { rollForward } from '../../core/rollforward/roll-forward.ts';

import { getTemplate } from '../../core/templates.ts';

const report = (banner: Partial<Banner> = {}): GongwenDocument => {
  const document = newDocument(getTemplate('report'), { organ: '市科技局', year: 2023, date: '2024年1月5日' });
  document.meta.banner = { ...document.meta.banner!, number: '市科〔2024〕3号', signers: ['张三'], ...banner };
  return document;
};
const codes = (document: GongwenDocument) => checkSubmission(document).filter((f) => f.block === undefined).map((f) => `${f.code}:${f.severity}`);

describe('版头 and 版记 data', () => {
  it('holds every number of templates/banner-layout.json to a clause of GB/T 9704-2012', () => {
    expect(BANNER_LAYOUT_SOURCES.length).toBeGreaterThanOrEqual(15);
    for (const { key, clause } of BANNER_LAYOUT_SOURCES) expect(clause, key).toMatch(/^\d\.\d(\.\d)?[ 、]/u);
    expect(BANNER_LAYOUT_SOURCES.find((s) => s.key === 'organTopMm')?.value).toBe(35);
    expect(BANNER_LAYOUT_SOURCES.find((s) => s.key === 'ruleBelowNumberMm')?.value).toBe(4);
  });

  it('gives a new 报告 a 版头 (organ + 文件) and a 版记, a work summary neither', () => {
    const fresh = newDocument(getTemplate('report'), { organ: '市科技局', year: 2023 });
    expect(fresh.meta.banner).toEqual({ organs: ['市科技局'], withWenjian: true, number: '', signers: [] });
    expect(fresh.meta.colophon).toEqual({ copyTo: [], printer: '市科技局', printDate: '' });
    const summary = newDocument(getTemplate('annual'), { organ: '市科技局', year: 2023 });
    expect(summary.meta.banner).toBeUndefined();
    expect(summary.meta.colophon).toBeUndefined();
  });

  it('opens a file written before the 版头 existed, and saves one with it byte for byte', () => {
    const old = serializeGwdoc(newDocument(getTemplate('annual'), { organ: '市科技局', year: 2023 }));
    const opened = parseGwdoc(old);
    expect(opened.ok && opened.document.meta.banner).toBe(undefined);
    const text = serializeGwdoc(report({ secrecy: '秘密★1年' }));
    const again = parseGwdoc(text);
    expect(again.ok).toBe(true);
    if (again.ok) expect(serializeGwdoc(again.document)).toBe(text);
  });
});

describe('版头 in the print plan', () => {
  it('prints 份号, 密级, the mark, the 发文字号 row and the rule, in this order, before the title; the 版记 last', () => {
    const roles = printPlan(report({ copyNumber: '000001', secrecy: '秘密★1年' }), getTemplate('report')).map((p) => p.role);
    expect(roles.slice(0, 6)).toEqual(['copy-number', 'secrecy', 'organ-mark', 'doc-number', 'banner-rule', 'title']);
    // A new report's 版记 has its 印发机关 and no 抄送 yet.
    expect(roles.at(-1)).toBe('printed-by');
    expect(roles).not.toContain('copy-to');
  });

  it('puts the 签发人 names in rows of two, the 发文字号 on the last row', () => {
    const plan = printPlan(report({ signers: ['张三', '李四', '王五'] }), getTemplate('report')).filter(isPrintedParagraph);
    const rows = plan.filter((p) => p.role === 'doc-number').map((p) => p.runs.map((r) => r.text).join('|'));
    expect(rows).toEqual(['|签发人：|张三　李四', '市科〔2024〕3号||王五']);
  });

  it('shrinks the mark below 初号 only where a line would overflow the 版心', () => {
    expect(organMarkPt(['市科技局'], true, measureByTable)).toBe(42);
    const long = organMarkPt(['中华人民共和国国家发展和改革委员会办公厅'], true, measureByTable);
    expect(long).toBeLessThan(42);
    // 22 字 at that size fit in 156 mm.
    expect((22 * long * 25.4) / 72).toBeLessThanOrEqual(156);
  });
});

describe('a joint 发文机关标志 in the print plan', () => {
  it('spreads the names over the longest one\'s width, 文件 beside, the whole within the 版心', () => {
    const organs = ['宣城市科学技术局', '宣城市财政局', '宣城市发展和改革委员会'];
    const mark = printPlan(report({ organs, withWenjian: true }), getTemplate('report')).filter(isPrintedParagraph).find((p) => p.role === 'organ-mark')!;
    const size = mark.runs[0]!.sizePt!;
    expect(mark.runs[0]!.text.split('\n')).toEqual(organs);
    expect(mark.besideLines?.text).toBe('文件');
    // 11 characters, the longest name; 文件 two of them after the gap.
    expect(mark.jointMark!.namesWidthPt).toBeCloseTo(11 * size, 6);
    expect(mark.jointMark!.besideWidthPt).toBeCloseTo(2 * size, 6);
    const { namesWidthPt, gapPt, besideWidthPt } = mark.jointMark!;
    expect(((namesWidthPt + gapPt + besideWidthPt) * 25.4) / 72).toBeLessThanOrEqual(156);
    expect(gapPt).toBeGreaterThan(0);
  });
});

describe('检查 of the 版头 and 版记', () => {
  it('asks a 上行文 for its 签发人', () => {
    expect(codes(report({ signers: [] }))).toContain('signer-missing:blocking');
    expect(codes(report())).not.toContain('signer-missing:blocking');
  });

  it('reads the 发文字号: 〔〕 brackets, no leading zero, no 第', () => {
    expect(docNumberProblems('市科〔2024〕3号')).toEqual([]);
    expect(docNumberProblems('市科(2024)03号')).toHaveLength(2);
    expect(docNumberProblems('市科〈2024〉第3号')).toHaveLength(2);
    expect(codes(report({ number: '市科（2024）3号' }))).toContain('doc-number-form:warning');
    // Each fault alone is found, through 检查, and named in its message.
    const message = (number: string) => checkSubmission(report({ number })).find((f) => f.code === 'doc-number-form')?.message ?? '';
    expect(message('市科〈2024〉3号')).toContain('「〈〉」');
    expect(message('市科(2024)3号')).toContain('「()」');
    expect(message('市科〔2024〕03号')).toContain('序号不编虚位（03 应为 3）');
    expect(message('市科〔2024〕3号')).toBe('');
  });

  it('finds a 印发日期 before the 成文日期', () => {
    const document = report();
    document.meta.colophon!.printDate = '2024年1月4日';
    expect(codes(document)).toContain('print-date-early:blocking');
    document.meta.colophon!.printDate = '2024年1月5日';
    expect(codes(document)).not.toContain('print-date-early:blocking');
  });
});

describe('roll forward', () => {
  it('carries the 版头 with the year moved on and the 序号 left to fill, which 检查 then asks for', () => {
    expect(rollDocNumber('市科〔2024〕3号', 2025)).toBe('市科〔2025〕【序号】号');
    const next = rollForward(report()).document;
    expect(next.meta.banner).toEqual({ organs: ['市科技局'], withWenjian: true, number: '市科〔2025〕【序号】号', signers: ['张三'] });
    expect(next.meta.colophon?.printDate).toBe('');
    expect(codes(next)).toContain('doc-number-placeholder:blocking');
  });

  it('carries a joint 版头 whole: every organ in order, 文件, the 签发人, the 序号 a placeholder', () => {
    const joint = { organs: ['市科技局', '市财政局'], withWenjian: true, number: '市科〔2024〕03号', signers: ['张三', '李四', '王五'] };
    const next = rollForward(report(joint)).document;
    expect(next.meta.banner).toEqual({ ...joint, number: '市科〔2025〕【序号】号' });
    // The clerk's own document is left as it was.
    expect(joint.number).toBe('市科〔2024〕03号');
  });
});
