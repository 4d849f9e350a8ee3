import { relationshipId } from './relationships-part.ts';
import { W, editElements, expectW, isElement, serializeElement, wAttr, wChild, type XmlElement } from './xml-tree.ts';

/** What the package's parts refer to, gathered while they are edited. */
export interface PackageReferences {
  /** Style ids named by w:pStyle and w:rStyle. */
  styles: Set<string>;
  /** The section's footers by w:type (default, even, first) → relationship id. */
  footers: Map<string, string>;
}

/** The w:sectPr a paragraph's properties end a section with (docx's paragraph between two sections). */
function sectionBreak(node: XmlElement): XmlElement | undefined {
  if (!isElement(node, W, 'p')) return undefined;
  const properties = wChild(node, 'pPr');
  return properties && wChild(properties, 'sectPr');
}

/**
 * document.xml with the paragraphs (`bodyXml`, paragraph-xml.ts) put at the start of its w:body.
 * docx is given a document without paragraphs, so its w:body holds the section's properties alone,
 * or, with a 版记, a paragraph ending the first section and the 版记's section properties: that
 * paragraph is dropped and its w:sectPr handed to `bodyXml`, to end a paragraph of the body. The
 * page-numbered section's footers are noted in `references`.
 */
export function withBody(documentXml: string, bodyXml: (sectPr: string | undefined) => string, references: PackageReferences): string {
  const part = 'document.xml';
  let body = false;
  const pick = (element: XmlElement, ancestors: readonly XmlElement[]) => {
    if (ancestors.length === 0) expectW(element, 'document', part);
    return ancestors.length === 1 && isElement(element, W, 'body');
  };
  const edited = editElements(documentXml, part, pick, (element) => {
    body = true;
    const elements = element.children.filter((child): child is XmlElement => child.kind === 'element');
    const first = elements[0] ? sectionBreak(elements[0]) : undefined;
    if (first) element.children = element.children.filter((child) => child !== elements[0]);
    const numbered = first ?? elements[0];
    for (const child of first ? elements.slice(1) : elements) expectW(child, 'sectPr', part);
    for (const footer of numbered?.children ?? []) {
      if (isElement(footer, W, 'footerReference')) references.footers.set(wAttr(footer, 'type') ?? 'default', relationshipId(footer));
    }
    element.children.unshift({ kind: 'markup', xml: bodyXml(first && serializeElement(first)) });
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
