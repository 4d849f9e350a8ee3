import { annexZoneStart } from '../annex-zone.ts';
import { matchesSection, sectionWording } from '../import/section-wording.ts';
import { blockText, type Block, type GongwenDocument, type HeadingBlock } from '../model.ts';
import { computeLabels } from '../numbering.ts';
import type { Template } from '../template.ts';
import { findTemplate } from '../templates.ts';
import { OTHER_ROLE, type RollForwardRules } from './rules.ts';

/**
 * Last period's report read for roll forward: its template (detected from the title when it has
 * none), and its level-1 sections, each with the role it plays (done, problems, plan …), the
 * blocks under it and their derived numbers (一、 （一） 1. as the report printed them).
 */

export interface LabelledBlock {
  block: Block;
  /** The number the heading had in last period's report; undefined for other blocks. */
  label: string | undefined;
}

export interface LastSection {
  /** A section key (done, problems, plan, approach, goals, tasks …) or `other`. */
  role: string;
  heading: LabelledBlock & { block: HeadingBlock };
  /** Everything under the heading, up to the next level-1 heading or the closing. */
  content: LabelledBlock[];
}

export interface LastReport {
  document: GongwenDocument;
  /** The document's template, or the one its title says it is. */
  template: Template;
  title: string;
  addressee: string | null;
  signature: string | null;
  /** The text between the title (and addressee) and the first level-1 heading. */
  front: LabelledBlock[];
  sections: LastSection[];
  /** The names of the 附件说明, as written. */
  attachmentList: string[];
  /** The attachments (附件), each its title and the blocks after it; their headings numbered afresh. */
  annexes: { title: string; content: LabelledBlock[] }[];
}

const compiled = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, 'u');
    compiled.set(source, re);
  }
  return re;
}

/** The template of last period's report: its own, or the first `detect` rule its title or period matches. */
export function detectTemplate(document: GongwenDocument, rules: RollForwardRules): Template {
  const own = findTemplate(document.meta.template);
  if (own) return own;
  const titleBlock = document.blocks.find((b) => b.type === 'title');
  const title = titleBlock ? blockText(titleBlock) : '';
  for (const entry of rules.detect) {
    if (entry.title !== undefined && !regex(entry.title).test(title)) continue;
    if (entry.period !== undefined && entry.period !== document.meta.period) continue;
    const template = findTemplate(entry.template);
    if (template) return template;
  }
  // Not reached with validated rules (the last entry matches everything).
  throw new Error('上期转本期规则没有为这份报告找到模板');
}

/** The role of a level-1 heading: its section key, a wording of its template, or the rules' roles. */
export function roleOf(heading: HeadingBlock, template: Template, document: GongwenDocument, rules: RollForwardRules): string {
  if (heading.section !== undefined && template.sections.some((s) => s.key === heading.section)) return heading.section;
  const text = blockText(heading);
  const section = template.sections.find((s) => matchesSection(s, text, document.meta));
  if (section) return section.key;
  const wording = sectionWording(text);
  for (const role of rules.roles) if (role.wordings.some((source) => regex(source).test(wording))) return role.key;
  return OTHER_ROLE;
}

const NOT_CONTENT = new Set<Block['type']>(['title', 'addressee', 'signature', 'date', 'attachment']);

export function readLastReport(document: GongwenDocument, rules: RollForwardRules): LastReport {
  const template = detectTemplate(document, rules);
  const { blocks } = document;
  const labels = computeLabels(blocks, template.numbering);
  const textOf = (type: Block['type']) => {
    const block = blocks.find((b) => b.type === type);
    return block ? blockText(block).trim() : null;
  };
  const front: LabelledBlock[] = [];
  const sections: LastSection[] = [];
  const annexes: LastReport['annexes'] = [];
  const body = annexZoneStart(blocks);
  blocks.forEach((block, i) => {
    if (i >= body) {
      if (block.type === 'annex') annexes.push({ title: blockText(block).trim(), content: [] });
      else annexes.at(-1)!.content.push({ block, label: labels[i] });
      return;
    }
    if (NOT_CONTENT.has(block.type)) return;
    const labelled = { block, label: labels[i] };
    if (block.type === 'heading' && block.level === 1) {
      sections.push({ role: roleOf(block, template, document, rules), heading: { block, label: labels[i] }, content: [] });
      return;
    }
    (sections.length ? sections[sections.length - 1]!.content : front).push(labelled);
  });
  const attachmentList = blocks.flatMap((b) => (b.type === 'attachment' ? [blockText(b).trim()] : []));
  return { document, template, title: textOf('title') ?? '', addressee: textOf('addressee'), signature: textOf('signature'), front, sections, attachmentList, annexes };
}

/** Whether a section has any text under its heading. */
export function hasText(section: LastSection): boolean {
  return section.content.some(({ block }) => blockText(block).trim() !== '');
}
