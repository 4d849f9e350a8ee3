import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { ExportFormat } from '../print/format.ts';
import { runFonts } from './fonts.ts';
import { PAGE_NUMBER_AFTER, PAGE_NUMBER_BEFORE } from '../print/page-number.ts';
import { PAGE_NUMBER_INDENT, PAGE_NUMBER_SIZE } from './page.ts';

/**
 * 页码 (7.5, ../print/page-number.ts): typed dashes around a PAGE field, as Word's "- 1 -" number
 * format is a hyphen, not the 一字线. The line is exactly one 4号 character high so the footer
 * distance alone places it.
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
        children: [run([PAGE_NUMBER_BEFORE]), run([PageNumber.CURRENT]), run([PAGE_NUMBER_AFTER])],
      }),
    ],
  });
}

/** The section's footers: `default` is used on odd pages once w:evenAndOddHeaders is on. */
export function pageNumberFooters(format: ExportFormat): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(format, 'odd'), even: pageNumberFooter(format, 'even') };
}
