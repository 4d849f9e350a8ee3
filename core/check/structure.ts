import { blockText, isHeading, type GongwenDocument } from '../model.ts';
import { isAllowedWording, sectionTitle } from '../template.ts';
import { findTemplate } from '../templates.ts';
import { quoteBlock } from '../quote-block.ts';
import type { CheckContext, Draft, ProblemCode } from './finding.ts';
import { where } from './message.ts';
import { sectionHasContent } from './section-content.ts';

export interface Problem {
  code: ProblemCode;
  /** Index of the block the problem is at, where there is one. */
  block?: number;
  message: string;
}

/**
 * Structure problems a reviewer would send the report back for. Runs on the document as it is
 * (not normalized), so it also reports what the normalizer would silently repair on load.
 */
export function checkStructure(document: GongwenDocument): Problem[] {
  const { blocks, meta } = document;
  const problems: Problem[] = [];
  const template = findTemplate(meta.template);
  // No template chosen ('': a reformatted document keeps its sections as written) has no required
  // sections to miss; a template the document names but this version lacks is worth a word.
  if (!template && meta.template !== '') problems.push({ code: 'unknown-template', message: `未知模板「${meta.template}」，无法检查必需章节` });
  if (blocks[0]?.type !== 'title' || !blockText(blocks[0]).trim()) problems.push({ code: 'missing-title', block: 0, message: '缺少标题' });

  let previous = 0;
  const found = new Map<string, number>();
  let lastOrder = -1;
  blocks.forEach((block, i) => {
    // Each attachment's headings start afresh at level 1 (annex-zone.ts).
    if (block.type === 'annex') previous = 0;
    if (!isHeading(block)) return;
    if (block.level > previous + 1) {
      problems.push({ code: 'level-jump', block: i, message: `第 ${i + 1} 段${quoteBlock(block)}是${block.level}级标题，但上一级标题是${previous || '（无）'}级，跳过了一级` });
    }
    previous = block.level;
    if (!blockText(block).trim()) problems.push({ code: 'empty-heading', block: i, message: `第 ${i + 1} 段是空标题` });
    if (block.section === undefined || !template) return;
    const order = template.sections.findIndex((s) => s.key === block.section);
    const section = template.sections[order];
    if (!section) return;
    if (found.has(block.section)) {
      problems.push({ code: 'duplicate-section', block: i, message: `必需章节「${section.title}」出现了不止一次` });
      return;
    }
    found.set(block.section, i);
    if (order < lastOrder) problems.push({ code: 'section-order', block: i, message: `必需章节${quoteBlock(block)}的位置不符合模板顺序` });
    lastOrder = Math.max(lastOrder, order);
    if (!isAllowedWording(section, blockText(block), meta)) {
      problems.push({ code: 'section-wording', block: i, message: `${quoteBlock(block)}不是模板允许的「${sectionTitle(section, meta)}」的写法` });
    }
    if (!sectionHasContent(blocks, i)) problems.push({ code: 'empty-section', block: i, message: `必需章节${quoteBlock(block)}还没有内容` });
  });
  for (const section of template?.sections ?? []) {
    if (!found.has(section.key)) problems.push({ code: 'missing-section', message: `缺少必需章节「${sectionTitle(section, meta)}」` });
  }
  return problems;
}

/** The structure problems as findings of 检查, each said at its block. */
export function structureFindings({ document }: CheckContext): Draft<ProblemCode>[] {
  return checkStructure(document).map((problem) => {
    const finding: Draft<ProblemCode> = { code: problem.code, message: problem.message };
    if (problem.block !== undefined) {
      finding.block = problem.block;
      if (!problem.message.startsWith('第 ') && problem.code !== 'missing-title') finding.message = `${where(problem.block)}：${problem.message}`;
    }
    return finding;
  });
}
