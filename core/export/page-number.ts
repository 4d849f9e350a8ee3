import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { ExportFormat } from './format.ts';
import { runFonts } from './fonts.ts';
import { PAGE_NUMBER_INDENT, PAGE_NUMBER_SIZE } from './page.ts';

/**
 * 页码 (7.5): 4号半角宋体 digits with an 一字线 (U+2014) on each side, “— 5 —”; odd pages 居右空一字,
 * even pages 居左空一字. Typed dashes around a PAGE field: Word's "- 1 -" number format is a
 * hyphen, not the 一字线. The line is exactly one 4号 character high so the footer distance alone
 * places it.
 */
function pageNumberFooter(format: ExportFormat, side: 'odd' | 'even'): Footer {
  const font = runFonts(format.fonts.pageNumber, format);
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) => new TextRun({ children, font, size: PAGE_NUMBER_SIZE, color: '000000' });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER_INDENT, firstLine: 0, firstLineChars: 0 } : { left: PAGE_NUMBER_INDENT, firstLine: 0, firstLineChars: 0 },
        spacing: { line: PAGE_NUMBER_SIZE * 10, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        widowControl: false,
        children: [run(['\u2014 ']), run([PageNumber.CURRENT]), run([' \u2014'])],
      }),
    ],
  });
}

/** The section's footers: `default` is used on odd pages once w:evenAndOddHeaders is on. */
export function pageNumberFooters(format: ExportFormat): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(format, 'odd'), even: pageNumberFooter(format, 'even') };
}
