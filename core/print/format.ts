import type { HeadingLevel } from '../model.ts';
import type { FontSet, TemplateFormat } from '../template.ts';
import { TABLE_LAYOUT, type FigureAlign } from './table-layout.ts';

/** The roles that carry a font of their own. */
export type FontRole =
  | 'title'
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'pageNumber'
  | 'secrecy'
  | 'signer'
  // 表题 and a table's header cells (黑体, practice) and the 附件 label (3号黑体, 7.3.7).
  | 'caption'
  | 'tableHeader'
  | 'annexLabel';

export type SignatureMode = 'no-seal' | 'seal';

/** A template's format with every value filled in. */
export interface ExportFormat {
  fonts: Record<FontRole, string>;
  /** The w:ascii font; undefined: each role's Chinese font (digits then match the hanzi). */
  latinFont: string | undefined;
  boldLevels: ReadonlySet<HeadingLevel>;
  signatureMode: SignatureMode;
  keepHeadingsWithNext: boolean;
  /** Cells holding a figure: centred or right-aligned (templates/table-layout.json by default). */
  figureAlign: FigureAlign;
}

/**
 * GB/T 9704-2012: 标题 2号小标宋 (7.3.1), 正文 3号仿宋 (5.2.2), 一级 黑体, 二级 楷体, 三、四级 仿宋
 * (7.3.3), 页码 4号宋体 (7.5), 密级 and 紧急程度 黑体 (7.2.2, 7.2.3), 签发人's names 楷体 (7.2.6). Which fonts carry those names is the font set's choice (FONT_SETS);
 * a template or the export may also name a font per role. Bold is not in the standard (off), and
 * without a seal 7.3.5.2 applies.
 *
 * Keep-with-next on standalone headings is off by default: 5.2.3's 每面排22行 is what reviewers
 * measure, and Word can only keep a heading with the next line by ending the page a line or two
 * early (seed 002 exported with it on: pages of 20 and 21 lines). A heading that lands on a page's
 * last line is flagged in the preview instead, where the clerk decides; a template that prefers
 * Word's keep-with-next sets keepHeadingsWithNext.
 */

/**
 * The font sets a template or the export chooses from:
 * - gb2312: the _GB2312 families and 方正小标宋简体 most Chinese offices install (the default). They
 *   hold GB2312's 6,763 hanzi only; runs.ts sets what they lack in the Windows font of the family.
 * - windows: the fonts Windows 10/11 install themselves (仿宋, 楷体, 黑体, 宋体; GBK coverage);
 *   Windows has no 小标宋, so the title is 宋体 (a file that must open the same on any PC).
 * - founder: the 方正…_GBK families some provinces standardise on.
 */
export const FONT_SETS: Readonly<Record<FontSet, Readonly<Record<FontRole, string>>>> = {
  gb2312: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    heading3: '仿宋_GB2312',
    heading4: '仿宋_GB2312',
    pageNumber: '宋体',
    secrecy: '黑体',
    signer: '楷体_GB2312',
    caption: '黑体',
    tableHeader: '黑体',
    annexLabel: '黑体',
  },
  windows: {
    title: '宋体',
    body: '仿宋',
    heading1: '黑体',
    heading2: '楷体',
    heading3: '仿宋',
    heading4: '仿宋',
    pageNumber: '宋体',
    secrecy: '黑体',
    signer: '楷体',
    caption: '黑体',
    tableHeader: '黑体',
    annexLabel: '黑体',
  },
  founder: {
    title: '方正小标宋_GBK',
    body: '方正仿宋_GBK',
    heading1: '方正黑体_GBK',
    heading2: '方正楷体_GBK',
    heading3: '方正仿宋_GBK',
    heading4: '方正仿宋_GBK',
    pageNumber: '宋体',
    secrecy: '方正黑体_GBK',
    signer: '方正楷体_GBK',
    caption: '方正黑体_GBK',
    tableHeader: '方正黑体_GBK',
    annexLabel: '方正黑体_GBK',
  },
};

export const GBT_FONTS: Readonly<Record<FontRole, string>> = FONT_SETS.gb2312;

export function resolveFormat(...layers: (TemplateFormat | undefined)[]): ExportFormat {
  const format: ExportFormat = { fonts: { ...GBT_FONTS }, latinFont: undefined, boldLevels: new Set(), signatureMode: 'no-seal', keepHeadingsWithNext: false, figureAlign: TABLE_LAYOUT.figureAlign };
  for (const layer of layers) {
    if (!layer) continue;
    // A layer's font set replaces every role's font; its own fonts then name single roles.
    if (layer.fontSet) format.fonts = { ...FONT_SETS[layer.fontSet] };
    const { latin, ...fonts } = layer.fonts ?? {};
    for (const [role, name] of Object.entries(fonts)) if (name) format.fonts[role as FontRole] = name;
    if (latin) format.latinFont = latin;
    if (layer.boldLevels) format.boldLevels = new Set(layer.boldLevels);
    if (layer.signatureMode) format.signatureMode = layer.signatureMode;
    if (layer.keepHeadingsWithNext !== undefined) format.keepHeadingsWithNext = layer.keepHeadingsWithNext;
    if (layer.figureAlign) format.figureAlign = layer.figureAlign;
  }
  return format;
}

export function headingRole(level: HeadingLevel): FontRole {
  return `heading${level}`;
}
