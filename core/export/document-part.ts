import { PARA_RPR, PPR, isOff, offProperty } from './ppr-order.ts';
import { relationshipId } from './relationships-part.ts';
import { TITLE_STYLE } from './styles.ts';
import { W, editElements, expectW, isElement, setWAttr, wAttr, wChild, type XmlElement } from './xml-tree.ts';

/** What the package's parts refer to, gathered while they are edited. */
export interface PackageReferences {
  /** Style ids named by w:pStyle and w:rStyle. */
  styles: Set<string>;
  /** The section's footers by w:type (default, even, first) → relationship id. */
  footers: Map<string, string>;
}

/**
 * Paragraph properties in document.xml:
 * - The title must not snap to the grid: a 22 pt line would take two grid rows, and the character
 *   grid would spread its 2号 characters over 16 pt cells. Every paragraph in the Title style gets
 *   w:snapToGrid="0"; a document without a title has none.
 * - docx writes w:autoSpaceDN (署名, 日期, 附件) after w:jc, out of CT_PPrBase order; w:autoSpaceDE
 *   (Latin letters) is turned off beside it, and every w:pPr is put in schema order.
 */
export function paragraphProperties(documentXml: string, references: PackageReferences): string {
  const part = 'document.xml';
  let body = false;
  const pick = (element: XmlElement, ancestors: readonly XmlElement[]) => {
    if (ancestors.length === 0) expectW(element, 'document', part);
    else if (ancestors.length === 1 && isElement(element, W, 'body')) body = true;
    if (!body || element.uri !== W) return false;
    if (element.local === 'rStyle') references.styles.add(wAttr(element, 'val') ?? '');
    else if (element.local === 'footerReference') references.footers.set(wAttr(element, 'type') ?? 'default', relationshipId(element));
    return element.local === 'pPr';
  };
  const edited = editElements(documentXml, part, pick, (pPr) => {
    const style = wChild(pPr, 'pStyle');
    if (style) references.styles.add(wAttr(style, 'val') ?? '');
    const autoSpaceDN = wChild(pPr, 'autoSpaceDN');
    if (autoSpaceDN && isOff(autoSpaceDN)) {
      setWAttr(autoSpaceDN, 'val', '0');
      offProperty(pPr, 'autoSpaceDE', part);
    }
    if (style && wAttr(style, 'val') === TITLE_STYLE) offProperty(pPr, 'snapToGrid', part);
    PPR.sort(pPr, part);
    const rPr = wChild(pPr, 'rPr');
    if (rPr) PARA_RPR.sort(rPr, part);
  });
  if (!body) throw new Error(`docx export: ${part} has no <w:body>; the docx library's output changed`);
  return edited;
}

/** The w:pStyle and w:rStyle ids a part names (footnotes, footers, numbering). */
export function collectStyleReferences(xml: string, part: string, into: Set<string>): void {
  editElements(
    xml,
    part,
    (element) => element.uri === W && (element.local === 'pStyle' || element.local === 'rStyle'),
    (element) => into.add(wAttr(element, 'val') ?? ''),
  );
}
