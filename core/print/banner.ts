import type { Banner } from '../model.ts';
import { BANNER_LAYOUT as L } from './banner-layout.ts';
import { sizedCells, type MeasureText } from './char-width.ts';
import { CHARS_PER_LINE, FONT_PT, LINE_PITCH_PT, PT_PER_MM, TYPE_AREA_MM } from './page-geometry.ts';
import type { JointMark, PrintedParagraph, PrintedRun } from './printed-paragraph.ts';

/**
 * The 版头 (GB/T 9704-2012 7.2) as printed paragraphs, above the title; the numbers are
 * BANNER_LAYOUT's (templates/banner-layout.json, each with its clause). 份号, 密级 and 紧急程度 take
 * grid rows from the 版心's top; the 发文机关标志, the 发文字号 rows and the red rule are placed off
 * the grid by measure, each line exactly as high as its characters, so that their edges are where
 * the clauses put them whatever the renderer's leading.
 */

const WENJIAN = '文件';
const SIGNER_LABEL = '签发人：';
/** Between two 签发人 on a row (7.2.6 均匀编排): one 字. */
const NAME_GAP = '\u3000';
const FLUSH = { left: 0, firstLine: 0, right: 0 };

/**
 * A line of exactly fixed height has its baseline at 80% of it (LibreOffice's rule for fixed line
 * spacing, sw/source/core/text/itrform2.cxx), and a CJK font's em box stands 0.88 em above the
 * baseline (the OS/2 typographic ascender of the 方正/Noto CJK families). A line 1.1 × the size
 * high therefore begins at the top edge of its characters' em box: the edges the clauses measure.
 */
const EM_ASCENT = 0.88;
const FIXED_LINE_ASCENT = 0.8;
export const lineFor = (sizePt: number) => (sizePt * EM_ASCENT) / FIXED_LINE_ASCENT;

const rowParagraph = (role: PrintedParagraph['role'], runs: PrintedRun[], fields: Partial<PrintedParagraph> = {}): PrintedParagraph => ({
  role,
  block: -1,
  runs,
  align: 'left',
  indent: FLUSH,
  blankBefore: false,
  blankAfter: false,
  keepNext: true,
  ...fields,
});

/** 份号, 密级和保密期限, 紧急程度: flush left, one grid row each, in this order (7.2.1–7.2.3). */
function cornerRows(banner: Banner): PrintedParagraph[] {
  const rows: PrintedParagraph[] = [];
  if (banner.copyNumber?.trim()) rows.push(rowParagraph('copy-number', [{ text: banner.copyNumber.trim(), font: 'body' }]));
  if (banner.secrecy?.trim()) rows.push(rowParagraph('secrecy', [{ text: banner.secrecy.trim(), font: 'secrecy' }]));
  if (banner.urgency?.trim()) rows.push(rowParagraph('urgency', [{ text: banner.urgency.trim(), font: 'secrecy' }]));
  return rows;
}

/**
 * The mark's size: the layout's at most, smaller where the longest line (with 文件 beside a joint
 * mark's names) would be wider than the 版心 (7.2.4 醒目、美观、庄重; practice shrinks it to fit).
 */
export function organMarkPt(organs: readonly string[], withWenjian: boolean, measure: MeasureText): number {
  // 文件 follows the name of a single organ and stands beside a joint mark's names (after a gap):
  // either way the widest line is a name and 文件.
  const gap = organs.length > 1 && withWenjian ? L.jointWenjianGapEm : 0;
  const widest = Math.max(1, ...organs.map((organ) => measure(organ, 'title') + (withWenjian ? gap + measure(WENJIAN, 'title') : 0)));
  const fit = (TYPE_AREA_MM.width * PT_PER_MM) / widest;
  return Math.min(L.organMaxPt, Math.floor(fit * 2) / 2);
}

/**
 * A joint mark's shape (7.2.4 联合行文): the names one a line, each spread to the longest's width
 * (分散对齐, as the standard's sample pages set them), 文件 right of them; the export, 预览 and the
 * editor's 版头 all draw it from this.
 */
export function jointMarkShape(organs: readonly string[], withWenjian: boolean, sizePt: number, measure: MeasureText): JointMark {
  const namesWidthPt = Math.max(...organs.map((organ) => measure(organ, 'title'))) * sizePt;
  if (!withWenjian) return { namesWidthPt, gapPt: 0, besideWidthPt: 0 };
  return { namesWidthPt, gapPt: L.jointWenjianGapEm * sizePt, besideWidthPt: measure(WENJIAN, 'title') * sizePt };
}

/** 发文机关标志 (7.2.4): red, centred, its top edge organTopMm below the 版心's, after `above` grid rows. */
function organMark(banner: Banner, above: number, measure: MeasureText): PrintedParagraph | null {
  const organs = banner.organs.map((organ) => organ.trim()).filter(Boolean);
  if (organs.length === 0) return null;
  const size = organMarkPt(organs, banner.withWenjian, measure);
  const run = (text: string): PrintedRun => ({ text, font: 'title', sizePt: size, color: L.organColor });
  const joint = organs.length > 1;
  const offGrid = { lineHeightPt: lineFor(size), spaceBeforePt: L.organTopMm * PT_PER_MM - above * LINE_PITCH_PT, spaceAfterPt: 0 };
  if (!joint) return rowParagraph('organ-mark', [run(organs[0]! + (banner.withWenjian ? WENJIAN : ''))], { align: 'center', offGrid });
  const paragraph = rowParagraph('organ-mark', [run(organs.join('\n'))], { align: 'center', offGrid, jointMark: jointMarkShape(organs, banner.withWenjian, size, measure) });
  if (banner.withWenjian) paragraph.besideLines = run(WENJIAN);
  return paragraph;
}

/** The 签发人 names in rows of signersPerRow (7.2.6). */
function signerRows(signers: readonly string[]): string[] {
  const rows: string[] = [];
  for (let i = 0; i < signers.length; i += L.signersPerRow) rows.push(signers.slice(i, i + L.signersPerRow).join(NAME_GAP));
  return rows;
}

/**
 * 发文字号 and 签发人 (7.2.5, 7.2.6): 下空二行 below the mark. A 上行文's 发文字号 is 居左空一字 on the
 * row of the last 签发人; 签发人：and the names stand 居右空一字, later rows under the first name.
 * Otherwise the 发文字号 is centred alone. Each row is exactly one body character high.
 */
function numberRows(banner: Banner, upward: boolean, markPt: number, measure: MeasureText): PrintedParagraph[] {
  const number = banner.number.trim();
  const signers = upward ? banner.signers.map((s) => s.trim()).filter(Boolean) : [];
  if (!number && signers.length === 0) return [];
  // 下空二行: two empty rows and a row's leading between the mark's characters and the first
  // row's; a row's pitch from one row to the next. Spaces run from the line above's bottom, which
  // is its size × 0.1 below its characters (lineFor).
  const line = lineFor(FONT_PT.body);
  const first = (L.numberBlankRows + 1) * LINE_PITCH_PT - FONT_PT.body - (lineFor(markPt) - markPt);
  const offGrid = (isFirst: boolean) => ({ lineHeightPt: line, spaceBeforePt: isFirst ? first : LINE_PITCH_PT - line, spaceAfterPt: 0 });
  if (!upward) return [rowParagraph('doc-number', [{ text: number, font: 'body' }], { align: 'center', offGrid: offGrid(true) })];
  const rows = signerRows(signers);
  // Off the grid a character is its size wide, a little more than a 字 of the grid.
  const wide = (text: string, role: 'body' | 'signer') => sizedCells(measure(text, role), FONT_PT.body);
  const namesAt = CHARS_PER_LINE - L.signerRightIndent - wide(rows[0] ?? '', 'signer');
  // A little room before the names' stop: a label ending right on it would send the tab past it.
  const labelAt = namesAt - wide(SIGNER_LABEL, 'body') - 0.25;
  const tabs = [
    { at: labelAt, align: 'left' as const },
    { at: namesAt, align: 'left' as const },
  ];
  const indent = { left: L.numberUpwardIndent, firstLine: 0, right: 0 };
  if (rows.length === 0) return [rowParagraph('doc-number', [{ text: number, font: 'body' }], { indent, offGrid: offGrid(true) })];
  return rows.map((names, i) => {
    const last = i === rows.length - 1;
    const runs: PrintedRun[] = [
      { text: last ? number : '', font: 'body' },
      { text: i === 0 ? SIGNER_LABEL : '', font: 'body', tabBefore: true },
      { text: names, font: 'signer', tabBefore: true },
    ];
    return rowParagraph('doc-number', runs, { indent, tabs, offGrid: offGrid(i === 0) });
  });
}

/** 版头中的分隔线 (7.2.7): red, the 版心's width, ruleBelowNumberMm under the 发文字号; 下空二行 to the title (7.3.1). */
function rule(): PrintedParagraph {
  return rowParagraph('banner-rule', [], {
    offGrid: { lineHeightPt: 1, spaceBeforePt: L.ruleBelowNumberMm * PT_PER_MM - (lineFor(FONT_PT.body) - FONT_PT.body), spaceAfterPt: L.titleBlankRows * LINE_PITCH_PT },
    rules: [{ edge: 'top', weightMm: L.ruleWeightMm, color: L.ruleColor }],
  });
}

/** The 版头's printed paragraphs; none for a 版头 with no 发文机关标志. */
export function bannerParagraphs(banner: Banner, upward: boolean, measure: MeasureText): PrintedParagraph[] {
  const corner = cornerRows(banner);
  const mark = organMark(banner, corner.length, measure);
  if (!mark) return corner;
  return [...corner, mark, ...numberRows(banner, upward, mark.runs[0]!.sizePt!, measure), rule()];
}
