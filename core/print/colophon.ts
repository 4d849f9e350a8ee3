import type { Colophon } from '../model.ts';
import { BANNER_LAYOUT as L } from './banner-layout.ts';
import { sizedCells, type MeasureText } from './char-width.ts';
import { CHARS_PER_LINE } from './page-geometry.ts';
import type { PrintedParagraph, PrintedRule } from './printed-paragraph.ts';

/**
 * The 版记 (GB/T 9704-2012 7.4) as printed paragraphs, after everything else: 抄送 over 印发机关和
 * 印发日期, in 4号, between a thick rule above the first and a thick rule under the last (the
 * 版心's bottom edge), a thin one between them. colophonStart tells the export and the preview
 * that it stands at the foot of the next even page (6.2 双面印刷 + 7.4.1 公文最后一面).
 */

const COPY_TO = '抄送：';
const PRINTED = '印发';

const black = (weightMm: number, edge: PrintedRule['edge']): PrintedRule => ({ edge, weightMm, color: '000000' });

/** 抄送：A，B。 (7.4.2): the names joined by ，, a 。 after the last; nothing added to one that has it. */
export function copyToLine(names: readonly string[]): string {
  const list = names.map((name) => name.trim().replace(/[，,。]+$/u, '')).filter(Boolean);
  return list.length ? `${COPY_TO}${list.join('，')}。` : '';
}

export function colophonParagraphs(colophon: Colophon, measure: MeasureText): PrintedParagraph[] {
  // 左右各空一字: a character of the 版记's own 4号, in 字 of the grid as the plan's indents are.
  const side = sizedCells(L.colophonSideIndent, L.colophonPt);
  const run = (text: string, tabBefore = false) => ({ text, font: 'body' as const, sizePt: L.colophonPt, ...(tabBefore ? { tabBefore } : {}) });
  const base = { block: -1, blankBefore: false, blankAfter: false, keepNext: true, measured: true };
  const out: PrintedParagraph[] = [];
  const copyTo = copyToLine(colophon.copyTo);
  if (copyTo) {
    // 回行时与冒号后的首字对齐: a hanging indent the width of 抄送： in 4号 characters, in 字 of the grid.
    const hanging = sizedCells(measure(COPY_TO, 'body'), L.colophonPt);
    out.push({ ...base, role: 'copy-to', runs: [run(copyTo)], align: 'left', indent: { left: side + hanging, firstLine: -hanging, right: side } });
  }
  const printer = colophon.printer.trim();
  const date = colophon.printDate.trim();
  if (printer || date) {
    out.push({
      ...base,
      role: 'printed-by',
      runs: [run(printer), run(date ? date + PRINTED : '', true)],
      align: 'left',
      indent: { left: side, firstLine: 0, right: side },
      tabs: [{ at: CHARS_PER_LINE - side, align: 'right' }],
    });
  }
  if (out.length === 0) return [];
  out[0]!.colophonStart = true;
  out[0]!.rules = [black(L.colophonThickMm, 'top')];
  const last = out[out.length - 1]!;
  last.keepNext = false;
  last.rules = [...(last.rules ?? []), ...(out.length > 1 ? [black(L.colophonThinMm, 'top')] : []), black(L.colophonThickMm, 'bottom')];
  return out;
}
