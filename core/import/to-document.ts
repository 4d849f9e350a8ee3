import { blockText, heading, textBlock, type Block, type GongwenDocument, type HeadingBlock, type Period } from '../model.ts';
import { normalizeBlocks } from '../normalize.ts';
import type { Template } from '../template.ts';
import { getTemplate } from '../templates.ts';
import { normalizePunctuation } from './punctuation.ts';
import type { Recognised, RecognisedAnnexBlock, RecognisedBlock, RecognisedHeading } from './recognised.ts';
import { matchesSection } from './section-wording.ts';

export interface ToDocumentOptions {
  /** Template id; "" for none; picked from the title when absent (see pickTemplate). */
  template?: string | undefined;
  /** Half-width , : ; ( ) ? in Chinese text made full-width (punctuation.ts). Off by default. */
  punctuation?: boolean | undefined;
  /** The year when neither the title, the date nor the text gives one (default: this year). */
  fallbackYear?: number | undefined;
  /**
   * The headings kept exactly as recognised: a required section the source lacks is not added,
   * nor one out of template order moved (a one-step export or check; 检查 reports them). Off
   * by default: a document opened in the editor gets the missing sections, with their hints.
   */
  sectionsAsWritten?: boolean | undefined;
}

/**
 * The template a report's title (and addressee) asks for, or "" for none:
 * 工作要点 → key-points; 上半年 with 下半年 or 总结 → half-year; an addressee and 报告 → report;
 * 工作总结…工作计划 or 年度 → annual. A 版头 with 签发人 is a 上行文's (7.2.6): report, whose 版头
 * prints them.
 */
export function pickTemplate(title: string | null, addressee: string | null, signers = false): string {
  const t = title ?? '';
  if (signers) return 'report';
  if (/工作要点/u.test(t)) return 'key-points';
  if (/上半年/u.test(t) && /下半年|总结/u.test(t)) return 'half-year';
  if (addressee && /报告/u.test(t)) return 'report';
  if (/总结.*(?:计划|打算)|年度/u.test(t)) return 'annual';
  return '';
}

const ORGAN = /^(.{2,24}?(?:委员会|办公室|局|委|办|厅|部|院|会|处|室|中心|政府|公司|所|站|队|馆|学校|大学|学院|街道|镇|乡|村|社区|集团|协会|署|司))(?=\d{4}年|关于|上半年|下半年|年度|工作|全年)/u;

/** The issuing organ at the start of a title (市科技局关于报送… → 市科技局), or "". */
export function organFromTitle(title: string | null): string {
  return (title && ORGAN.exec(title)?.[1]) ?? '';
}

const CN_DIGITS: Record<string, string> = { 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function yearOfDate(date: string | null): number | undefined {
  const m = date ? /^(\d{4}|[〇○零一二三四五六七八九]{4})/u.exec(date.trim()) : null;
  if (!m) return undefined;
  return Number([...m[1]!].map((c) => CN_DIGITS[c] ?? c).join(''));
}

/**
 * The year a report is about: the title's first year, except that a year that only dates the
 * plan of a 总结及…计划 title (区科技局工作总结及2024年工作计划) is the year after it; else the
 * date's year; else the first year in the text.
 */
export function yearOf(recognised: Recognised, fallback: number): number {
  const title = recognised.title ?? '';
  const m = /(\d{4})年/u.exec(title);
  if (m) {
    const year = Number(m[1]);
    const planOnly = /^\d{4}年度?[^总结]{0,8}(?:计划|打算)/u.test(title.slice(m.index)) && title.slice(0, m.index).includes('总结');
    return planOnly ? year - 1 : year;
  }
  const dated = yearOfDate(recognised.date);
  if (dated !== undefined) return dated;
  for (const block of recognised.blocks) {
    const y = /((?:19|20)\d{2})年/u.exec(block.text);
    if (y) return Number(y[1]);
  }
  return fallback;
}

const NOTE = /^附[ \t\u3000]*件[ \t\u3000]*[：:][ \t\u3000]*/u;
const NUMBERED = /^[0-9０-９]{1,2}[ \t\u3000]*[.．、][ \t\u3000]*/u;

/**
 * The 附件说明 at the end of the body (附件：1.名称 / 2.名称, or 附件：名称) as attachment blocks
 * holding the names only: 附件： and the numbers are derived, like heading labels.
 */
function attachmentsAtEnd(blocks: Block[]): void {
  let start = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.type !== 'paragraph') break;
    const text = blockText(block);
    if (NOTE.test(text)) {
      start = i;
      break;
    }
    if (!NUMBERED.test(text)) break;
  }
  if (start < 0) return;
  for (let i = start; i < blocks.length; i++) {
    const name = blockText(blocks[i]!).replace(NOTE, '').replace(NUMBERED, '').trim();
    blocks[i] = textBlock('attachment', name);
  }
}

/**
 * A recognised block that is content, not outline, as the model's block; a table as the source
 * shaped it (its cells' text is never made full-width: figures and marks stay as written).
 */
export function contentBlock(block: Exclude<RecognisedBlock | RecognisedAnnexBlock, RecognisedHeading>, fix: (text: string) => string = (text) => text): Block {
  if (block.kind === 'table') return block.table;
  return textBlock(block.kind, fix(block.text));
}

function addresseeText(text: string): string {
  return text.replace(/[:：]$/u, '：');
}

/**
 * A recognised outline → a valid document: the template picked (or given), meta filled from the
 * text (organ from the signature or the title, year from the title, period from the template,
 * date as written), level-1 headings worded as a required section marked with its key, run-in
 * headings as run-in blocks (a level-1 heading cannot be run-in: its body becomes a paragraph),
 * and the normalizer run so every invariant holds (missing required sections are added empty,
 * unless `sectionsAsWritten`).
 */
export function toDocument(recognised: Recognised, options: ToDocumentOptions = {}): GongwenDocument {
  const banner = recognised.banner ?? undefined;
  const colophon = recognised.colophon ?? undefined;
  const templateId = options.template ?? pickTemplate(recognised.title, recognised.addressee, (banner?.signers.length ?? 0) > 0);
  const template: Template | undefined = templateId ? getTemplate(templateId) : undefined;
  const title = recognised.title ?? '';
  const period: Period = template?.period ?? (/上半年/u.test(title) ? '上半年' : '全年');
  const meta = {
    template: template?.id ?? '',
    organ: recognised.signature ?? (organFromTitle(recognised.title) || (banner?.organs[0] ?? '')),
    year: yearOf(recognised, options.fallbackYear ?? new Date().getFullYear()),
    period,
    date: recognised.date ?? '',
    ...(banner ? { banner } : {}),
    ...(colophon ? { colophon } : {}),
  };
  const fix = options.punctuation ? normalizePunctuation : (text: string) => text;

  const blocks: Block[] = [textBlock('title', fix(title))];
  if (recognised.addressee !== null) blocks.push(textBlock('addressee', fix(addresseeText(recognised.addressee))));
  const unused = new Set(template?.sections.map((s) => s.key));
  for (const block of recognised.blocks) {
    if (block.kind !== 'heading') {
      blocks.push(contentBlock(block, fix));
      continue;
    }
    if (block.level === 1) {
      const text = block.runIn ? block.text.replace(/[。．.]$/u, '') : block.text;
      const section = template?.sections.find((s) => unused.has(s.key) && matchesSection(s, text, meta));
      const h: HeadingBlock = heading(1, fix(text), section ? { section: section.key } : {});
      if (section) unused.delete(section.key);
      blocks.push(h);
      if (block.runIn && block.body) blocks.push(textBlock('paragraph', fix(block.body)));
      continue;
    }
    if (block.runIn && block.body) blocks.push(heading(block.level, fix(block.text + block.body), { runIn: true }));
    else blocks.push(heading(block.level, fix(block.text)));
  }
  attachmentsAtEnd(blocks);
  if (recognised.signature !== null) blocks.push(textBlock('signature', fix(recognised.signature)));
  if (recognised.date !== null) blocks.push(textBlock('date', recognised.date));
  for (const block of recognised.annexes ?? []) blocks.push(contentBlock(block, fix));
  return { meta, blocks: normalizeBlocks(blocks, { template, meta, sectionsAsWritten: options.sectionsAsWritten }) };
}
