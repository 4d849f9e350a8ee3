import { Packer, type Document } from 'docx';

/** A package's parts by path, in docx's order: XML as text, anything else (fonts, media) as bytes. */
export type PackageParts = Map<string, string | Uint8Array>;

/** The one member of docx's Compiler the export uses. */
interface Compiler {
  compile(file: Document): Map<string, unknown>;
}

/**
 * The parts docx writes for `doc`, taken before it zips them. Packer.pack would zip them only for
 * package.ts to unzip, edit and zip them again, which was half of an export's time; its compiler
 * is the step before the zip. It is private to docx (pinned in package.json), so what comes back is
 * checked: a docx upgrade that changes it fails every export test rather than writing a bad file.
 */
export function docxParts(doc: Document): PackageParts {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error("docx export: docx's Packer has no compiler; the docx library changed");
  const compiled = compiler.compile(doc);
  if (!(compiled instanceof Map)) throw new Error("docx export: docx's compiler gave no parts; the docx library changed");
  const parts: PackageParts = new Map();
  for (const [path, data] of compiled) {
    if (typeof data === 'string') parts.set(path, data);
    else if (ArrayBuffer.isView(data)) parts.set(path, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    else throw new Error(`docx export: docx's compiler gave ${typeof data} for ${path}; the docx library changed`);
  }
  return parts;
}
