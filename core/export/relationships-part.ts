import { editElements, type XmlElement } from './xml-tree.ts';

/** Office's relationships namespace (r:id on a reference) and the package's (a .rels part). */
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The r:id of a reference (w:footerReference…), whatever prefix the writer bound to the namespace. */
export function relationshipId(element: XmlElement): string {
  for (const name in element.attributes) {
    const colon = name.indexOf(':');
    if (colon !== -1 && name.slice(colon + 1) === 'id' && element.scope.get(name.slice(0, colon)) === R) return element.attributes[name]!;
  }
  return '';
}

/** A relationships part's targets by id. */
export function relationshipTargets(xml: string, part: string): Map<string, string> {
  const targets = new Map<string, string>();
  editElements(
    xml,
    part,
    (element) => element.uri === RELATIONSHIPS && element.local === 'Relationship',
    (element) => void targets.set(element.attributes.Id ?? '', element.attributes.Target ?? ''),
  );
  return targets;
}
