import { blockText, type GongwenDocument } from '../../../core/model.ts';
import { checkSubmission, type Finding, type SubmissionCheckOptions } from '../../../core/check/index.ts';
import { blocksOf, type Compact } from '../compact.ts';

// A clean report for 2023 (template "report"); the indices are used below.
export const CLEAN: Compact[] = [
  'T:市科技局关于报送2023年工作总结及2024年工作计划的报告', // 0
  'A:市政府办公厅：', // 1
  'P:现将我局2023年工作总结及2024年工作计划报告如下：', // 2
  'H1:2023年工作完成情况#done', // 3
  'H2~:加强科技创新。全年投入研发经费3.5亿元，同比增长12%，较2022年增加0.4亿元。', // 4
  'P:今年以来，新增高新技术企业45家，1-11月技术合同交易额58.22亿元，居全省第5位。', // 5
  'H1:存在的问题#problems', // 6
  'P:创新能力有待提升，上年遗留问题仍需解决。', // 7
  'H1:2024年工作计划#plan', // 8
  'H2:加大研发投入', // 9
  'P:继续加大投入，到2025年实现翻番。', // 10
  'S:市科技局', // 11
  'D:2024年1月10日', // 12
];

export function report(entries: Compact[] = CLEAN, meta: Partial<GongwenDocument['meta']> = {}): GongwenDocument {
  return { meta: { template: 'report', organ: '市科技局', year: 2023, period: '全年', date: '', ...meta }, blocks: blocksOf(entries) };
}

/** CLEAN with some blocks replaced: { index: compact }. */
export function edited(changes: Record<number, Compact>, meta: Partial<GongwenDocument['meta']> = {}): GongwenDocument {
  return report(CLEAN.map((entry, i) => changes[i] ?? entry), meta);
}

export const check = (document: GongwenDocument, options?: SubmissionCheckOptions) => checkSubmission(document, options);
export const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
export const brief = (findings: Finding[]) => findings.map((f) => ({ code: f.code, severity: f.severity, block: f.block, start: f.start, end: f.end }));
export const textOf = (document: GongwenDocument, f: Finding) => {
  const block = document.blocks[f.block!]!;
  return blockText(block).slice(f.start, f.end);
};
