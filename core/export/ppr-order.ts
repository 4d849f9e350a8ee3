import { ChildOrder, setWAttr, wAttr, type XmlElement } from './xml-tree.ts';

/** CT_PPr (ECMA-376 Part 1, 17.3.1.26): CT_PPrBase's sequence, then rPr, sectPr, pPrChange. Word refuses other orders. */
export const PPR = new ChildOrder(
  'w:pPr',
  'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange'.split(' '),
);

/** CT_ParaRPr (17.3.1.29): the paragraph mark's run properties (a style separator's w:vanish, w:specVanish). */
export const PARA_RPR = new ChildOrder(
  'w:rPr',
  'ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange'.split(' '),
);

/** An on/off property (ST_OnOff) that is off: w:val 0, false or off; present without w:val is on. */
export function isOff(element: XmlElement): boolean {
  return ['0', 'false', 'off'].includes(wAttr(element, 'val') ?? 'true');
}

/** The on/off property w:`local` of a w:pPr turned off, added in schema order if it is not there. */
export function offProperty(pPr: XmlElement, local: string, part: string): void {
  setWAttr(PPR.child(pPr, local, part), 'val', '0');
}
