import { ChildOrder, setWAttr, type XmlElement } from './xml-tree.ts';

/** CT_PPr (ECMA-376 Part 1, 17.3.1.26): CT_PPrBase's sequence, then rPr, sectPr, pPrChange. Word refuses other orders. */
export const PPR = new ChildOrder(
  'w:pPr',
  'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange'.split(' '),
);

/** The on/off property w:`local` of a w:pPr turned off, added in schema order if it is not there. */
export function offProperty(pPr: XmlElement, local: string, part: string): void {
  setWAttr(PPR.child(pPr, local, part), 'val', '0');
}
