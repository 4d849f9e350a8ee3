import { organFromTitle } from '../import/to-document.ts';
import { parseDocNumber, rollDocNumber } from '../doc-number.ts';
import { blockText, heading, textBlock, type Banner, type Block, type DocumentMeta, type GongwenDocument, type Period } from '../model.ts';
import { normalizeBlocks } from '../normalize.ts';
import { countPlaceholders } from '../placeholder.ts';
import { fillPattern, isAllowedWording, sectionTitle, type RequiredSection } from '../template.ts';
import { asNote, carry, type Carried } from './carry.ts';
import { maskFigures, type PlaceholderStyle } from './figures.ts';
import { detectTemplate, hasText, readLastReport, type LastReport } from './last-report.ts';
import { OTHER_ROLE, ROLL_FORWARD_RULES, type Feed, type RollForwardRules } from './rules.ts';
import { shiftYears } from './shift-years.ts';
import { chooseTarget, type Target } from './target.ts';

/**
 * 由上期报告新建: this period's report from last period's.
 *
 * - Target: template, year and period as chosen, else as the rules propose (templates/
 *   rollforward.json: 上半年 Y → 全年 Y, 全年 Y → 上半年 Y+1, 工作要点 Y → Y+1, 报告 Y → Y+1).
 * - Years move on where they name the report's own period: the title and the section titles (the
 *   same template: last period's wording with its years shifted, where the template allows it;
 *   another template: the template's own wording for this organ and year);
 *   the date is emptied. Years in body text are not rewritten: a stale one is the check's finding.
 * - Structure: the rules' feeds carry last period's sections into this period's (plan headings →
 *   工作完成情况, 存在的问题 → notes …), figures in carried headings and text made placeholders of
 *   one style; the new plan section starts empty, or from last period's plan headings.
 * - Last period's opening is kept as notes under the template's opening.
 * The result is normalized for the target template.
 */

export interface RollForwardOptions {
  /** This period's template id; by default the one the rules propose. */
  template?: string;
  year?: number;
  period?: Period;
  /** Start the new plan section from last period's plan headings (else it starts empty). */
  planFromLast?: boolean;
  placeholder?: PlaceholderStyle;
}

export interface RollForwardReport {
  /** Placeholders left to fill in the report's text (notes aside), as the status line counts them. */
  placeholders: number;
  /** Headings carried from last period's report. */
  carriedHeadings: number;
  /** 参考 notes in the new report. */
  notes: number;
  /** The title and section titles that changed wording: last period's → this period's. */
  renamed: { from: string; to: string }[];
}

export interface RollForwardResult {
  document: GongwenDocument;
  report: RollForwardReport;
}

const span = (period: Period) => (period === '年度' ? '全年' : period);

function newTitle(last: LastReport, target: Target, meta: DocumentMeta): string {
  const sameKind = target.template.id === last.template.id && span(target.period) === span(last.document.meta.period);
  if (sameKind && last.title) return shiftYears(last.title, meta.year - last.document.meta.year);
  return fillPattern(target.template.titlePattern, meta);
}

/**
 * This period's wording of a required section, and last period's wording it replaces (if any):
 * with the same template, last period's wording with its years moved on where the template allows
 * it (2023年工作计划 → 2024年工作计划); otherwise the template's own (下半年工作打算 → 2024年工作计划).
 */
function newSectionTitle(section: RequiredSection, last: LastReport, meta: DocumentMeta): { title: string; from: string | null } {
  const own = last.sections.filter((s) => s.role === section.key);
  const source = own.find(hasText) ?? own[0];
  const standard = sectionTitle(section, meta);
  if (!source) return { title: standard, from: null };
  const from = blockText(source.heading.block).trim();
  if (last.template.id !== meta.template) return { title: standard, from };
  const shifted = shiftYears(from, meta.year - last.document.meta.year);
  return { title: isAllowedWording(section, shifted, meta) ? shifted : standard, from };
}

/** What each section of the new report receives from last period's, by the feeds in order. */
function feedSections(last: LastReport, feeds: readonly Feed[], style: PlaceholderStyle): Map<string, Carried[]> {
  const parts = new Map<string, Carried[]>();
  const used = new Map<string, Set<string>>();
  for (const feed of feeds) {
    const roles = used.get(feed.to) ?? new Set<string>();
    used.set(feed.to, roles);
    const role = feed.from.find((r) => !roles.has(r) && last.sections.some((s) => s.role === r && hasText(s)));
    if (role === undefined) continue;
    roles.add(role);
    last.sections
      .filter((s) => s.role === role && hasText(s))
      .forEach((section, k) => {
        const carried = carry(section.content, feed.carry, style);
        // A second section of the same role, or one of no known role, says where its text came from.
        if (k > 0 || role === OTHER_ROLE) carried.lead.unshift(asNote(section.heading));
        parts.set(feed.to, [...(parts.get(feed.to) ?? []), carried]);
      });
  }
  return parts;
}

/**
 * The target the rules propose for last period's report, given what the clerk has chosen so far:
 * with nothing chosen, the template's default (上半年 2023 → annual 2023); with a template chosen,
 * that template's year and period (上半年 2023 + half-year → 2024 上半年). For a dialog's defaults.
 */
export function proposeTarget(
  last: GongwenDocument,
  choice: Pick<RollForwardOptions, 'template' | 'period'> = {},
  rules: RollForwardRules = ROLL_FORWARD_RULES,
): { template: string; year: number; period: Period } {
  const target = chooseTarget(detectTemplate(last, rules), last.meta, choice, rules);
  return { template: target.template.id, year: target.year, period: target.period };
}

/**
 * Last period's 版头 for this period's report: the marks, 签发人, 份号 and 密级 as they were, the
 * 发文字号's year moved on by as many years as the report's, its 序号 left as 【序号】 to be given.
 */
function carryBanner(last: DocumentMeta, year: number): Banner | undefined {
  if (!last.banner) return undefined;
  const number = parseDocNumber(last.banner.number);
  const shifted = number ? rollDocNumber(last.banner.number, number.year + year - last.year) : last.banner.number;
  return { ...last.banner, organs: [...last.banner.organs], signers: [...last.banner.signers], number: shifted };
}

export function rollForward(last: GongwenDocument, options: RollForwardOptions = {}, rules: RollForwardRules = ROLL_FORWARD_RULES): RollForwardResult {
  const report = readLastReport(last, rules);
  const target = chooseTarget(report.template, last.meta, options, rules);
  const style = options.placeholder ?? '【\u3000】';
  const organ = last.meta.organ.trim() || organFromTitle(report.title) || report.signature || '';
  const meta: DocumentMeta = { template: target.template.id, organ, year: target.year, period: target.period, date: '' };
  const banner = carryBanner(last.meta, target.year);
  if (banner) meta.banner = banner;
  // The 版记's 抄送 and 印发机关 stay; its 印发日期 is this report's own.
  if (last.meta.colophon) meta.colophon = { ...last.meta.colophon, copyTo: [...last.meta.colophon.copyTo], printDate: '' };
  const renamed: RollForwardReport['renamed'] = [];

  const title = newTitle(report, target, meta);
  if (report.title && title !== report.title) renamed.push({ from: report.title, to: title });
  const blocks: Block[] = [textBlock('title', title)];
  const addressee = report.addressee ?? target.template.addressee;
  if (addressee !== undefined) blocks.push(textBlock('addressee', addressee));
  if (target.template.opening) blocks.push(textBlock('paragraph', fillPattern(target.template.opening, meta)));
  for (const item of report.front) if (blockText(item.block).trim() && item.block.type !== 'note') blocks.push(asNote(item));

  const feeds = options.planFromLast ? [...target.feeds, ...target.planFromLast] : target.feeds;
  const parts = feedSections(report, feeds, style);
  let carriedHeadings = 0;
  for (const section of target.template.sections) {
    const { title: wording, from } = newSectionTitle(section, report, meta);
    if (from !== null && from !== wording) renamed.push({ from, to: wording });
    blocks.push(heading(1, wording, { section: section.key }));
    const carried = parts.get(section.key) ?? [];
    // The text that belongs to the section itself first, then the carried headings with theirs.
    const content = [...carried.flatMap((c) => c.lead), ...carried.flatMap((c) => c.body)];
    carriedHeadings += carried.reduce((n, c) => n + c.headings, 0);
    blocks.push(...content);
    // Somewhere to write where nothing of the report's own text was carried.
    if (content.every((b) => b.type === 'note')) blocks.push(textBlock('paragraph'));
  }
  // The 附件说明 and the attachments come along where the report had attachments of its own,
  // their titles and names moved on alike, so a list that named them still does.
  const retitle = (text: string) => maskFigures(shiftYears(text, target.year - last.meta.year), style).text;
  if (report.annexes.length > 0) for (const name of report.attachmentList) blocks.push(textBlock('attachment', retitle(name)));
  if (target.template.signature || report.signature !== null) blocks.push(textBlock('signature', report.signature ?? organ));
  if (target.template.date) blocks.push(textBlock('date'));
  for (const annex of report.annexes) {
    const { lead, body } = carry(annex.content, 'text', style);
    blocks.push(textBlock('annex', retitle(annex.title)), ...lead, ...body);
  }

  const document: GongwenDocument = { meta, blocks: normalizeBlocks(blocks, { template: target.template, meta }) };
  let placeholders = 0;
  let notes = 0;
  for (const block of document.blocks) {
    if (block.type === 'note') notes++;
    else placeholders += countPlaceholders(blockText(block));
  }
  return { document, report: { placeholders, carriedHeadings, notes, renamed } };
}
