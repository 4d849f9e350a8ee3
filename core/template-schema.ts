import { z } from 'zod';
import { PERIODS } from './model.ts';
import { FONT_SET_IDS } from './template.ts';
import { matchTypedLabel } from './typed-label.ts';

/**
 * The schema of a template (templates/*.json), in a module of its own: what runs with a template
 * (template.ts) loads no schema library, and the command line loads it only to read a .gwdoc.
 */

/** A regular expression's source, checked to compile (with the u flag). */
export const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: '不是有效的正则表达式' },
);

export const requiredSectionSchema = z.strictObject({
  /** Stable key stored on the heading (`section`), e.g. "done". */
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /**
   * Default wording, with {year} {nextYear} {organ} {period} placeholders. No typed number (一、):
   * numbers are derived, and the normalizer would trim it off the heading it inserts, which then
   * no longer matches this wording.
   */
  title: z.string().min(1).max(60).refine((title) => !matchTypedLabel(title), { message: '章节名称不能带序号（序号由系统生成）' }),
  /**
   * Whether the section reports on the past (工作完成情况, 存在的问题) or plans the future (工作打算,
   * 重点任务). The check reads a year by it: 「2024年以来」 in a past section of a 2023 report is a
   * slip, in a plan it is a matter of course. A rule asks this, never the section's key.
   */
  tense: z.enum(['past', 'future']),
  /** Whole-title patterns of the wordings the template accepts, besides the default. */
  variants: z.array(regexSource).default([]),
  /** Shown in the editor when the section is still empty. */
  hint: z.string().max(200).optional(),
});

/** A font family name as Word stores it (仿宋_GB2312, 方正仿宋_GBK, …): no markup characters. */
const fontName = z.string().min(1).max(60).regex(/^[^<>&"]+$/u, { message: '字体名称含有无效字符' });

/**
 * How an exported .docx looks, where provinces and units differ from GB/T 9704-2012. Every field
 * is optional: core/print/format.ts fills in the standard's values, so a template that says
 * nothing exports by the standard.
 */
export const formatSchema = z.strictObject({
  /**
   * The fonts of every role at once (core/print/format.ts FONT_SETS): gb2312 (仿宋_GB2312 …,
   * the default), windows (仿宋, 楷体, 黑体, 宋体 as Windows 10/11 install them), founder (方正…_GBK).
   */
  fontSet: z.enum(FONT_SET_IDS).optional(),
  /** Font family per role; some provinces use 方正仿宋_GBK and the like. */
  fonts: z.strictObject({
    title: fontName,
    body: fontName,
    heading1: fontName,
    heading2: fontName,
    heading3: fontName,
    heading4: fontName,
    pageNumber: fontName,
    /** The w:ascii font (digits, Latin), e.g. Times New Roman; by default each role's Chinese font. */
    latin: fontName,
  }).partial().optional(),
  /** Heading levels set in bold (common practice for levels 2–3; the standard says nothing). */
  boldLevels: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])).max(4).optional(),
  /** 7.3.5.2 (no seal, the default) or 7.3.5.1 (a seal over signature and date). */
  signatureMode: z.enum(['no-seal', 'seal']).optional(),
  /**
   * Keep a standalone heading on the page of the line after it (default true), so no heading is
   * left alone at the foot of a page; such a page then ends a line or two early. Off: every page
   * full to 22 lines, headings possibly stranded.
   */
  keepHeadingsWithNext: z.boolean().optional(),
  /** Cells holding a figure in a table: centred (the default) or right-aligned. */
  figureAlign: z.enum(['center', 'right']).optional(),
});

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1).max(60),
  description: z.string().max(300).default(''),
  period: z.enum(PERIODS),
  titlePattern: z.string().min(1).max(120),
  addressee: z.string().max(120).optional(),
  opening: z.string().max(400).default(''),
  sections: z.array(requiredSectionSchema).min(1).max(20),
  numbering: z.strictObject({ continuousLevel3: z.boolean().default(false) }).default({ continuousLevel3: false }),
  signature: z.boolean().default(true),
  date: z.boolean().default(true),
  format: formatSchema.optional(),
  /**
   * The 版头 (GB/T 9704-2012 7.2): whether a new document has one, and whether the template's 公文
   * is a 上行文 (报送上级机关: 签发人 required, 发文字号 left and 签发人 right on one row, 7.2.5–7.2.6).
   */
  banner: z.strictObject({ default: z.boolean(), upward: z.boolean() }).default({ default: false, upward: false }),
  /** The 版记 (7.4): whether a new document has one. */
  colophon: z.strictObject({ default: z.boolean() }).default({ default: false }),
}).superRefine((template, ctx) => {
  const seen = new Set<string>();
  template.sections.forEach((section, i) => {
    if (seen.has(section.key)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'key'], message: `重复的章节键 ${section.key}` });
    seen.add(section.key);
  });
});

