import { parseXml, wAttr } from './docx-xml.ts';
import type { ZipArchive } from './zip-read.ts';

/**
 * The package of a .docx (Open Packaging Conventions): which part is the main document, and
 * which parts hold its styles and numbering, found through the relationship parts (_rels/*.rels)
 * rather than by fixed names, with Word's usual names as the fallback.
 */
interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function readRelationships(zip: ZipArchive, part: string): Relationship[] {
  const slash = part.lastIndexOf('/');
  const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  if (!zip.has(relsPart)) return [];
  const relationships: Relationship[] = [];
  parseXml(zip.read(relsPart)!, relsPart, {
    open(el) {
      if (el.local !== 'Relationship') return;
      relationships.push({ type: wAttr(el, 'Type') ?? '', target: wAttr(el, 'Target') ?? '', external: wAttr(el, 'TargetMode') === 'External' });
    },
  });
  return relationships;
}

/** A relationship target resolved against the folder of its source part. */
function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

export function findMainPart(zip: ZipArchive): string | undefined {
  const office = readRelationships(zip, '').find((r) => !r.external && r.type.endsWith('/officeDocument'));
  const named = office && resolveTarget('', office.target);
  if (named && zip.has(named)) return named;
  return zip.has('word/document.xml') ? 'word/document.xml' : undefined;
}

export function relatedParts(zip: ZipArchive, mainPart: string): { styles?: string; numbering?: string } {
  const relationships = readRelationships(zip, mainPart).filter((r) => !r.external);
  const find = (kind: string, fallback: string) => {
    const r = relationships.find((r) => r.type.endsWith(`/${kind}`));
    return r ? resolveTarget(mainPart, r.target) : fallback;
  };
  return { styles: find('styles', 'word/styles.xml'), numbering: find('numbering', 'word/numbering.xml') };
}
