import layout from '../../templates/banner-layout.json';

/**
 * The 版头 and 版记 in numbers (GB/T 9704-2012 7.2, 7.4), read from templates/banner-layout.json,
 * where each value stands with the clause it comes from; docs/gbt9704-banner.md quotes the
 * clauses and their sources. A number here is the only copy of it: the print plan places the
 * 版头 and 版记 with these, the export and the preview follow the plan.
 */
const value = <K extends Exclude<keyof typeof layout, 'description'>>(key: K): (typeof layout)[K]['value'] => layout[key].value;

export const BANNER_LAYOUT = {
  /** The 发文机关标志's top edge below the 版心's top edge (7.2.4). */
  organTopMm: value('organTopMm'),
  /** The mark's size at most (practice: 初号); smaller where a name would overflow the 版心. */
  organMaxPt: value('organMaxPt'),
  organColor: value('organColor'),
  /** A joint mark's 文件 this many of the mark's characters right of the names (7.2.4). */
  jointWenjianGapEm: value('jointWenjianGapEm'),
  /** Empty rows between the mark and the 发文字号 (7.2.5). */
  numberBlankRows: value('numberBlankRows'),
  /** 上行文: the 发文字号 this many 字 in from the left (7.2.5). */
  numberUpwardIndent: value('numberUpwardIndent'),
  /** 签发人 this many 字 in from the right (7.2.6). */
  signerRightIndent: value('signerRightIndent'),
  signersPerRow: value('signersPerRow'),
  /** The red rule below the 发文字号's characters (7.2.7). */
  ruleBelowNumberMm: value('ruleBelowNumberMm'),
  ruleColor: value('ruleColor'),
  ruleWeightMm: value('ruleWeightMm'),
  /** Empty rows between the red rule and the title (7.3.1). */
  titleBlankRows: value('titleBlankRows'),
  /** 4号 for 抄送 and 印发 (7.4.2, 7.4.3). */
  colophonPt: value('colophonPt'),
  colophonSideIndent: value('colophonSideIndent'),
  colophonThickMm: value('colophonThickMm'),
  colophonThinMm: value('colophonThinMm'),
} as const;

/** Every entry of the data file with its clause, for the test that holds each value to one. */
export const BANNER_LAYOUT_SOURCES: readonly { key: string; value: number | string; clause: string }[] = Object.entries(layout as Record<string, unknown>).flatMap(([key, entry]) =>
  typeof entry === 'object' && entry !== null && 'clause' in entry ? [{ key, ...(entry as { value: number | string; clause: string }) }] : [],
);
