import type { DocumentMeta } from '../model.ts';
import { isAllowedWording, type RequiredSection } from '../template.ts';
import { BUILTIN_TEMPLATES } from '../templates.ts';

type WordingMeta = Pick<DocumentMeta, 'organ' | 'year' | 'period'>;

/**
 * Masked years (xxxx年, as in a reused template like seed 001) read as a year, so that
 * 「xxxx年工作打算」 is the wording 「{year}年工作打算」 a template allows.
 */
export function unmaskYears(text: string): string {
  return text.replace(/[xX×＊*]{4}(?=年)/gu, '0000');
}

const NO_META: WordingMeta = { organ: '', year: 0, period: '全年' };

/** The heading's wording without a closing 。 and masked years unmasked, as templates compare it. */
export function sectionWording(text: string): string {
  return unmaskYears(text.trim().replace(/[。；;：:]$/u, ''));
}

/** Whether a required section of the template allows this wording (year-agnostic; see unmaskYears). */
export function matchesSection(section: RequiredSection, text: string, meta: WordingMeta = NO_META): boolean {
  const wording = sectionWording(text);
  return isAllowedWording(section, wording, meta) || isAllowedWording(section, wording.replace(/^\d{4}年/u, ''), meta);
}

/** Whether a heading's wording is that of a required section of any built-in template. */
export function looksLikeRequiredSection(text: string): boolean {
  // Required sections are short standalone headings (工作完成情况, 2024年工作计划).
  if (text.length > 24) return false;
  return BUILTIN_TEMPLATES.some((template) => template.sections.some((section) => matchesSection(section, text)));
}
