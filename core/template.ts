import type { z } from 'zod';
import type { DocumentMeta } from './model.ts';
import type { formatSchema, requiredSectionSchema, templateSchema } from './template-schema.ts';

/** The font sets a template or an export may name (core/print/format.ts FONT_SETS holds their fonts). */
export const FONT_SET_IDS = ['gb2312', 'windows', 'founder'] as const;
export type FontSet = (typeof FONT_SET_IDS)[number];

/** A template as its schema (template-schema.ts) gives it, defaults filled in. */
export type Template = z.infer<typeof templateSchema>;
export type RequiredSection = z.infer<typeof requiredSectionSchema>;
export type TemplateFormat = z.infer<typeof formatSchema>;

export interface FillValues {
  organ: string;
  year: number;
  period?: string;
}

/**
 * Replaces {organ} {year} {nextYear} {period} in a template string. One pass with a function
 * replacement: the values are inserted literally (an organ name with `$&` in it stays as typed)
 * and never scanned again for placeholders.
 */
export function fillPattern(pattern: string, values: FillValues): string {
  const filled: Record<string, string> = { organ: values.organ, year: String(values.year), nextYear: String(values.year + 1), period: values.period ?? '' };
  return pattern.replace(/\{(organ|year|nextYear|period)\}/gu, (_, name: string) => filled[name]!);
}

export function sectionTitle(section: RequiredSection, meta: Pick<DocumentMeta, 'organ' | 'year' | 'period'>): string {
  return fillPattern(section.title, meta);
}

const compiled = new WeakMap<RequiredSection, RegExp[]>();

/** Whether a heading's wording is one the template allows for this required section. */
export function isAllowedWording(section: RequiredSection, text: string, meta: Pick<DocumentMeta, 'organ' | 'year' | 'period'>): boolean {
  const wording = text.trim();
  if (wording === sectionTitle(section, meta)) return true;
  let patterns = compiled.get(section);
  if (!patterns) {
    patterns = section.variants.map((source) => new RegExp(`^(?:${source})$`, 'u'));
    compiled.set(section, patterns);
  }
  return patterns.some((re) => re.test(wording));
}
