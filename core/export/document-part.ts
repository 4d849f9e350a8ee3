import { relationshipId } from './relationships-part.ts';
import { W, editElements, expectW, isElement, wAttr, type XmlElement } from './xml-tree.ts';

/** What the package's parts refer to, gathered while they are edited. */
export interface PackageReferences {
  /** Style ids named by w:pStyle and w:rStyle. */
  styles: Set<string>;
  /** The section's footers by w:type (default, even, first) → relationship id. */
  footers: Map<string, string>;
}

/**
 * document.xml with the paragraphs (`bodyXml`, paragraph-xml.ts) put at the start of its w:body.
 * docx is given a document without paragraphs, so its w:body holds the section's properties alone;
 * their footers are noted in `references`.
 */
export function withBody(documentXml: string, bodyXml: string, references: PackageReferences): string {
  const part = 'document.xml';
  let body = false;
  const pick = (element: XmlElement, ancestors: readonly XmlElement[]) => {
    if (ancestors.length === 0) expectW(element, 'document', part);
    return ancestors.length === 1 && isElement(element, W, 'body');
  };
  const edited = editElements(documentXml, part, pick, (element) => {
    body = true;
    for (const child of element.children) {
      if (child.kind !== 'element') continue;
      expectW(child, 'sectPr', part);
      for (const footer of child.children) {
        if (isElement(footer, W, 'footerReference')) references.footers.set(wAttr(footer, 'type') ?? 'default', relationshipId(footer));
      }
    }
    element.children.unshift({ kind: 'markup', xml: bodyXml });
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
