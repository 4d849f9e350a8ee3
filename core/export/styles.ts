import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { HEADING_LEVELS } from '../model.ts';
import { headingRole, type ExportFormat } from '../print/format.ts';
import { PARAGRAPH_INDENT } from '../print/indents.ts';
import { runFonts } from './fonts.ts';
import { BODY_SIZE, LINE_PITCH, TITLE_SIZE, chars } from './page.ts';

/** The title's paragraph style; paragraph-xml.ts takes its paragraphs off the grid. */
export const TITLE_STYLE = 'Title';

/** The styles the export defines for the document, kept in the package even where unused (package.ts). */
export const OWN_STYLES: readonly string[] = ['Normal', TITLE_STYLE, ...HEADING_LEVELS.map((level) => `Heading${level}`)];

/** Exact line spacing of one grid row, no space before or after: what keeps a page at 22 lines. */
export const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** A first-line indent of n 字: Word reads firstLineChars (hundredths), LibreOffice (and older readers) firstLine. */
export function firstLineIndent(n: number): { firstLineChars: number; firstLine: number } {
  return { firstLineChars: Math.round(n * 100), firstLine: chars(n) };
}

/** 每个自然段左空二字. */
export const FIRST_LINE_INDENT = firstLineIndent(PARAGRAPH_INDENT);
/** Written where a paragraph must not inherit the two-字 indent. */
export const NO_INDENT = { firstLineChars: 0, firstLine: 0 } as const;

/**
 * The styles. Normal is the body (仿宋 16 pt) itself: LibreOffice sizes the character grid from
 * Normal, not from docDefaults, and w:charSpace is relative to it. docx's built-in Title and
 * Heading1–6 (blue, Latin sizes) are replaced with black CJK ones; headings carry w:outlineLvl 0–3
 * for Word's navigation pane. keepNext is written off in the styles and set on standalone heading
 * paragraphs only: LibreOffice otherwise keeps every run-in paragraph with the next one.
 */
export function buildStyles(format: ExportFormat): IStylesOptions {
  const body = runFonts(format.fonts.body, format);
  const heading = (level: 1 | 2 | 3 | 4): IParagraphStyleOptions => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: runFonts(format.fonts[headingRole(level)], format), size: BODY_SIZE, bold: format.boldLevels.has(level), color: '000000' },
    paragraph: { outlineLevel: level - 1, keepNext: false, keepLines: false, indent: FIRST_LINE_INDENT, spacing: EXACT_LINE, alignment: AlignmentType.JUSTIFIED },
  });
  // Levels 5 and 6 are never used, but docx writes them blue; they are black 仿宋 like level 4.
  const unused = (level: 5 | 6): IParagraphStyleOptions => ({ ...heading(4), id: `Heading${level}`, name: `heading ${level}`, paragraph: { ...heading(4).paragraph, outlineLevel: level - 1 } });
  return {
    default: {
      document: {
        run: { font: body, size: BODY_SIZE, color: '000000', language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: { spacing: EXACT_LINE },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font: body, size: BODY_SIZE, color: '000000' },
        paragraph: { spacing: EXACT_LINE, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: TITLE_STYLE,
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: runFonts(format.fonts.title, format), size: TITLE_SIZE, bold: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: EXACT_LINE, keepNext: true },
      },
      ...HEADING_LEVELS.map(heading),
      unused(5),
      unused(6),
    ],
  };
}
