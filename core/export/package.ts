import { strToU8 } from 'fflate';
import type { PackageParts } from './docx-parts.ts';
import { collectStyleReferences, withBody, type PackageReferences } from './document-part.ts';
import { fontTable } from './font-table-part.ts';
import { pageNumberCache } from './footer-part.ts';
import type { ExportFormat } from '../print/format.ts';
import { isTable, paragraphsXml, type BodySpec } from './paragraph-xml.ts';
import { relationshipTargets } from './relationships-part.ts';
import { settings } from './settings-part.ts';
import { styles } from './styles-part.ts';
import { zipFiles, type ZipCodec } from './zip-writer.ts';

/**
 * What docx 9.15 cannot write, edited into the package's parsed XML (the *-part.ts modules):
 * elements are found by name and new ones go where the schema puts them, so the edits hold for
 * any document — one without a title, signature or date included. The export fails only where the
 * docx library's output no longer has what every package needs (a part, its root element), or has
 * an element the schema does not allow where one is edited.
 */

/** Parts whose w:pStyle and w:rStyle keep a style in styles.xml, besides document.xml. */
const STYLE_USERS = /^word\/(footnotes|endnotes|numbering|(header|footer)\d+)\.xml$/u;

/**
 * The package of docx's parts (docx-parts.ts) with the body's paragraphs (paragraph-xml.ts) put
 * in and the edits made, zipped once: [Content_Types].xml first (as Word writes it), then the rest
 * in docx's order, and no folder entries (a zip with folder entries has made Word hang on open).
 */
export function finishPackage(parts: PackageParts, body: { paragraphs: readonly BodySpec[]; colophon?: number | undefined }, format: ExportFormat, codec?: ZipCodec): Uint8Array {
  const { paragraphs, colophon } = body;
  const read = (name: string): string => {
    const data = parts.get(name);
    if (typeof data !== 'string') throw new Error(`docx export: the package has no ${name}; the docx library's output changed`);
    return data;
  };
  const edit = (name: string, change: (xml: string) => string) => void parts.set(name, change(read(name)));
  const references: PackageReferences = { styles: new Set(), footers: new Map() };
  for (const p of paragraphs) if (!isTable(p) && p.style !== undefined) references.styles.add(p.style);
  edit('word/document.xml', (xml) => withBody(xml, (sectPr) => paragraphsXml(withSectionBreak(paragraphs, colophon, sectPr), format), references));
  const targets = relationshipTargets(read('word/_rels/document.xml.rels'), 'document.xml.rels');
  for (const [type, id] of references.footers) {
    const target = targets.get(id);
    if (!target) throw new Error(`docx export: the footer ${id} has no relationship; the docx library's output changed`);
    edit(`word/${target}`, (xml) => pageNumberCache(xml, target, type === 'even' ? '2' : '1'));
  }
  for (const name of parts.keys()) if (STYLE_USERS.test(name)) collectStyleReferences(read(name), name, references.styles);
  edit('word/styles.xml', (xml) => styles(xml, references.styles));
  edit('word/settings.xml', settings);
  edit('word/fontTable.xml', (xml) => fontTable(xml, format));
  return zipPackage(parts, codec);
}

/**
 * The paragraphs with the first section's properties (docx wrote them on a paragraph of its own,
 * which would take a line) on the paragraph before the 版记: its mark ends the section.
 */
function withSectionBreak(paragraphs: readonly BodySpec[], colophon: number | undefined, sectPr: string | undefined): readonly BodySpec[] {
  if (colophon === undefined || sectPr === undefined) return paragraphs;
  const out = [...paragraphs];
  const before = out[colophon - 1];
  // A table cannot end a section: an empty paragraph after it does (as Word has one after every table).
  if (before === undefined || isTable(before)) out.splice(colophon, 0, { indent: {}, runs: [], sectPr });
  else out[colophon - 1] = { ...before, sectPr };
  return out;
}

function zipPackage(parts: PackageParts, codec?: ZipCodec): Uint8Array {
  const names = [...parts.keys()].filter((name) => !name.endsWith('/'));
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  return zipFiles(
    names.map((name) => {
      const data = parts.get(name)!;
      return [name, typeof data === 'string' ? strToU8(data) : data] as const;
    }),
    codec,
  );
}
