import { Document, DocumentGridType, Footer, LineRuleType, Paragraph, SectionType, VerticalAlignSection } from 'docx';
import type { GongwenDocument } from '../model.ts';
import type { Template, TemplateFormat } from '../template.ts';
import { findTemplate } from '../templates.ts';
import type { MeasureText } from '../print/char-width.ts';
import { resolveFormat } from '../print/format.ts';
import { printPlan } from '../print/plan.ts';
import { docxParts } from './docx-parts.ts';
import { finishPackage } from './package.ts';
import { CHAR_SPACE, LINE_PITCH, MARGIN, PAGE_HEIGHT, PAGE_WIDTH } from './page.ts';
import { pageNumberFooters } from './page-number.ts';
import { paragraphSpecs } from './paragraphs.ts';
import { buildStyles } from './styles.ts';
import type { ZipCodec } from './zip-writer.ts';

export interface ExportOptions {
  /** The document's template (numbering and format); by default the built-in one its meta names. */
  template?: Template;
  /** Format settings over the template's, e.g. { signatureMode: 'seal' } from an export dialog. */
  format?: TemplateFormat;
  /** Widths of signature and date in 字; the app passes canvas measurements with the real fonts. */
  measure?: MeasureText;
  /** DEFLATE and CRC-32 for the package; the command line passes Node's zlib (zip-writer.ts). */
  zip?: ZipCodec;
}

/**
 * The document as a GB/T 9704-2012 .docx (docs/gbt9704.md): A4, 37/35/28/26 mm margins,
 * Word's 22 × 28 document grid, the standard's fonts per role, 署名/日期 by 7.3.5, 页码 — N —.
 * Pure: no file system, no DOM; the same bytes in Node and in the browser.
 */
export async function exportDocx(document: GongwenDocument, options: ExportOptions = {}): Promise<Uint8Array> {
  const template = options.template ?? findTemplate(document.meta.template);
  const format = resolveFormat(template?.format, options.format);
  const { paragraphs, colophon } = paragraphSpecs(printPlan(document, template, { format, ...(options.measure ? { measure: options.measure } : {}) }), format);
  const page = { size: { width: PAGE_WIDTH, height: PAGE_HEIGHT }, margin: { ...MARGIN, gutter: 0 } };
  const grid = { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE };
  // The 版记 (7.4) is a section of its own: it starts on the next even page (Word and LibreOffice
  // insert the blank page), stands at the page's foot (its last rule on the 版心's bottom edge), and
  // its page carries no number (7.5: 空白页和版记页均不编排页码).
  // Its footer is empty, one line exactly as high as the space between the footer's distance and the
  // 版心: LibreOffice ends the page's print area (where the 版记's table is anchored, colophon-table.ts)
  // at the footer's top, so the 版记's last rule lands on the 版心's bottom edge; Word anchors it to
  // the margin, the same line.
  const footerLine = { line: MARGIN.bottom - MARGIN.footer, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const blank = () => new Footer({ children: [new Paragraph({ spacing: footerLine })] });
  const colophonSection = { properties: { page, grid, type: SectionType.EVEN_PAGE, verticalAlign: VerticalAlignSection.BOTTOM }, footers: { default: blank(), even: blank() }, children: [] };
  const title = document.blocks.find((b) => b.type === 'title');
  const doc = new Document({
    creator: document.meta.organ || 'gongwen',
    title: title ? title.children.map((c) => c.text).join('').replace(/\s+/gu, ' ').trim() : '',
    evenAndOddHeaderAndFooters: true,
    styles: buildStyles(format),
    // The theme's fonts are never referenced, but a theme with an empty East Asian font is what
    // turned 仿宋 into 等线 in a Word-authored file: name the real fonts here as well.
    theme: { fonts: { headings: { latin: format.fonts.heading1, eastAsia: format.fonts.heading1 }, body: { latin: format.fonts.body, eastAsia: format.fonts.body } } },
    sections: [{ properties: { page, grid }, footers: pageNumberFooters(format), children: [] }, ...(colophon !== undefined ? [colophonSection] : [])],
  });
  return finishPackage(docxParts(doc), { paragraphs, colophon }, format, options.zip);
}
