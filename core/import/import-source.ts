import { blockText, type GongwenDocument } from '../model.ts';
import { decodeTextWithEncoding, type TextEncodingName } from './decode-text.ts';
import { readDocx } from './docx-reader.ts';
import { importableKind } from './file-kind.ts';
import type { Recognised } from './recognised.ts';
import { recognise } from './recognise.ts';
import type { SourceParagraph } from './source.ts';
import { textWithTables } from './tab-table.ts';
import { normalizePunctuation } from './punctuation.ts';
import { toDocument, type ToDocumentOptions } from './to-document.ts';

export interface SourceRead {
  kind: 'docx' | 'text';
  /** The text encoding found, for .txt. */
  encoding?: TextEncodingName;
  paragraphs: SourceParagraph[];
}

/** A fault in the source's own numbering (a skipped （四）), placed at a block of the imported document. */
export interface NumberingProblem {
  block: number;
  message: string;
}

export interface Imported extends SourceRead {
  recognised: Recognised;
  document: GongwenDocument;
  /** The source's numbering faults at the blocks of `document` (derived numbering repaired them). */
  numberingProblems: NumberingProblem[];
}

/**
 * A file's bytes → its paragraphs. The kind is judged from the bytes, never from the name; what
 * cannot be imported (a .doc, a PDF, an encrypted or damaged .docx, binary data) throws an
 * ImportError with one Chinese sentence, before anything is built.
 */
export function readSource(bytes: Uint8Array): SourceRead {
  const kind = importableKind(bytes);
  if (kind === 'docx') return { kind, paragraphs: readDocx(bytes) };
  const { text, encoding } = decodeTextWithEncoding(bytes);
  return { kind, encoding, paragraphs: textWithTables(text) };
}

/** A .docx or .txt → the recognised outline and the structured document (normalized, valid). */
export function importSource(bytes: Uint8Array, options: ToDocumentOptions = {}): Imported {
  const source = readSource(bytes);
  const recognised = recognise(source.paragraphs);
  const document = toDocument(recognised, options);
  return { ...source, recognised, document, numberingProblems: placeProblems(recognised, document) };
}

/**
 * The document has its title, sections and closing added or reordered by the normalizer, so a
 * problem is placed by its heading's text: the first heading with that text not yet taken (the
 * first block when none matches).
 */
function placeProblems(recognised: Recognised, document: GongwenDocument): NumberingProblem[] {
  if (recognised.numberingProblems.length === 0) return [];
  // Compared with punctuation made full-width on both sides: the import may have done so. Each
  // text's headings are queued in document order, so the work stays linear in the document.
  const headings = new Map<string, number[]>();
  document.blocks.forEach((block, i) => {
    if (block.type !== 'heading') return;
    const key = normalizePunctuation(blockText(block));
    const queue = headings.get(key);
    if (queue) queue.push(i);
    else headings.set(key, [i]);
  });
  return recognised.numberingProblems.map((problem) => {
    const source = recognised.blocks[problem.block];
    const at = source?.kind === 'heading' ? headings.get(normalizePunctuation(joinRunIn(source.text, source.body)))?.shift() : undefined;
    return { block: at ?? 0, message: problem.message };
  });
}

function joinRunIn(heading: string, body: string): string {
  return body ? heading + body : heading;
}
