import { readBody } from './docx-body.ts';
import { emptyNumbering, readNumbering } from './docx-numbering.ts';
import { findMainPart, relatedParts } from './docx-package.ts';
import { Styles, readStyles } from './docx-styles.ts';
import { refusal } from './file-kind.ts';
import { ImportError } from './import-error.ts';
import type { SourceParagraph } from './source.ts';
import { openZip, type ZipArchive } from './zip-read.ts';

/**
 * Reads the body of a .docx into source paragraphs, in document order, as Word shows them with
 * all tracked changes accepted. The reader decides no structure; it passes on what the document
 * states:
 *
 * - text of runs: w:t; w:tab and w:ptab → '\t'; w:br and w:cr (line, page or column breaks) →
 *   '\n'. A paragraph with manual line breaks (Shift+Enter) stays ONE paragraph whose text holds
 *   '\n' between its lines (a title broken over two lines is one title, and the hints belong
 *   to the whole paragraph).
 * - white space, as the text reader does it: each line is trimmed of half-width, full-width
 *   (U+3000), no-break and zero-width spaces at its ends (the full-width indent clerks type),
 *   empty lines are dropped, and so are paragraphs left empty — unless Word numbers them (a
 *   bare 三、 is kept, with its label and empty text). Inside a line nothing is touched.
 * - revisions: deleted text (w:del, w:moveFrom) is skipped, inserted text (w:ins, w:moveTo)
 *   kept; a deleted paragraph mark joins the paragraph to the next one; a deleted table row is
 *   dropped. Hidden text (w:vanish on the run) is skipped. A hidden paragraph mark (w:vanish in
 *   the mark's w:rPr, with or without w:specVanish: Word's style separator) joins the paragraph
 *   to the next one, as Word draws them, with the first one's style and hints (a run-in heading
 *   written as a heading paragraph and a body paragraph reads back as one paragraph).
 * - fields: instruction text is skipped, the field result kept (also across paragraphs, as a
 *   TOC field spans them).
 * - hint.listLabel: the label Word's list numbering shows (numbering.xml, see docx-numbering),
 *   from the paragraph's w:numPr or its style chain's.
 * - hint.outlineLevel: w:outlineLvl of the paragraph, else of its style chain (w:basedOn), else
 *   the level of a built-in heading style (heading 1–9, 标题 1–9) in that chain; 9 ("body
 *   text") gives none.
 * - hint.alignment: w:jc of the paragraph, else of its style chain.
 * - tables: one source paragraph per table, holding the table block (docx-table.ts: rows,
 *   cells with their paragraphs as written — edges, empty paragraphs and tabs kept, list labels
 *   in front —, w:gridSpan, w:vMerge, leading w:tblHeader rows) and its cells' text; deleted rows
 *   are dropped. A table nested in a cell becomes paragraphs of that cell, one a row, its cells
 *   joined by tabs.
 * - text boxes: their paragraphs are read as paragraphs of their own, placed before the
 *   paragraph that anchors them (the drawing's fallback copy is skipped).
 * - headers, footers, footnotes, comments: not read (they live in other parts).
 *
 * Throws ImportError (Chinese message) for anything that is not a readable Word document.
 */
export function readDocx(bytes: Uint8Array): SourceParagraph[] {
  const zip = openZip(bytes);
  const mainPart = findMainPart(zip);
  if (!mainPart) throw notWordDocument(zip);
  const document = zip.read(mainPart)!;
  const related = relatedParts(zip, mainPart);
  const styles = related.styles && zip.has(related.styles) ? readStyles(zip.read(related.styles)!) : new Styles(new Map());
  const numbering = related.numbering && zip.has(related.numbering) ? readNumbering(zip.read(related.numbering)!) : emptyNumbering();
  return readBody(document, mainPart, styles, numbering);
}

export const NOT_WORD = '文件中没有 Word 正文（word/document.xml），不是 Word 文档（.docx），无法导入';
export const ODT = '这是 OpenDocument 文档（.odt），请在 WPS 或 Word 中另存为 .docx 后再导入';

function notWordDocument(zip: ZipArchive): ImportError {
  const detail = `no main document part among ${zip.names.length} entries`;
  if (zip.has('xl/workbook.xml')) return new ImportError(refusal('excel')!, detail);
  if (zip.has('ppt/presentation.xml')) return new ImportError(refusal('powerpoint')!, detail);
  if (zip.has('content.xml') && zip.has('mimetype')) return new ImportError(ODT, detail);
  return new ImportError(NOT_WORD, detail);
}
