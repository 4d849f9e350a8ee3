import type { ExportFormat } from '../print/format.ts';
import { runFonts } from './fonts.ts';
import { EXACT_LINE, TITLE_STYLE } from './styles.ts';

/**
 * The body's w:p elements written as XML text, straight from what paragraphs.ts decides. The docx
 * library built an object per element, serialized the tree, and package.ts then parsed it again to
 * put each w:pPr in schema order and add what docx cannot write: three quarters of a command-line
 * export. Here every w:pPr is written in CT_PPr order (ECMA-376 Part 1, 17.3.1.26; PPR in
 * ppr-order.ts) and each run's w:rPr in CT_RPr order, as the package had them after its edits.
 */

export type Alignment = 'left' | 'right' | 'center' | 'both';

/** w:ind in twips (firstLineChars in hundredths of a character). */
export interface Indent {
  left?: number;
  right?: number;
  hanging?: number;
  firstLine?: number;
  firstLineChars?: number;
}

export interface RunSpec {
  text: string;
  /** The font of its characters (fonts.ts fontPieces); runFonts() writes the rest of w:rFonts. */
  font: string;
  /** Half-points. */
  size: number;
  /** Absent: the style's weight. */
  bold?: boolean;
  /** A w:br before the text: a line break typed into it, or the title's next line. */
  breakBefore?: boolean;
}

export interface ParagraphSpec {
  style?: string;
  /** Absent: the style's (w:keepNext written only where a paragraph says it). */
  keepNext?: boolean;
  indent: Indent;
  alignment?: Alignment;
  /**
   * No automatic space between hanzi and digits or Latin (w:autoSpaceDN and w:autoSpaceDE, both
   * off): Word and LibreOffice would add about ⅕ 字 at each such boundary.
   */
  noAutoSpace?: boolean;
  /** The paragraph mark hidden (w:vanish): a run-in heading's style separator. */
  hiddenMark?: boolean;
  runs: RunSpec[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text and attribute values as docx escaped them (its text is already XML-safe: fonts.ts xmlSafe). */
function escape(text: string): string {
  return text.replace(/[&"'<>]/gu, (c) => ESCAPES[c]!);
}

function attributes(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const name in values) if (values[name] !== undefined) out += ` w:${name}="${escape(String(values[name]))}"`;
  return out;
}

function onOff(local: string, on: boolean): string {
  return on ? `<w:${local}/>` : `<w:${local} w:val="false"/>`;
}

const SPACING = `<w:spacing${attributes({ after: EXACT_LINE.after, before: EXACT_LINE.before, line: EXACT_LINE.line, lineRule: EXACT_LINE.lineRule })}/>`;

function paragraphProperties(p: ParagraphSpec): string {
  let out = '<w:pPr>';
  if (p.style !== undefined) out += `<w:pStyle w:val="${escape(p.style)}"/>`;
  if (p.keepNext !== undefined) out += onOff('keepNext', p.keepNext);
  // No widow control on any paragraph: it would leave 21-line pages.
  out += '<w:widowControl w:val="false"/>';
  if (p.noAutoSpace) out += '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
  // The title must not snap to the grid: a 22 pt line would take two grid rows, and the character
  // grid would spread its 2号 characters over 16 pt cells.
  if (p.style === TITLE_STYLE) out += '<w:snapToGrid w:val="0"/>';
  out += SPACING;
  const { left, right, hanging, firstLine, firstLineChars } = p.indent;
  out += `<w:ind${attributes({ left, right, hanging, firstLine, firstLineChars })}/>`;
  if (p.alignment) out += `<w:jc w:val="${p.alignment}"/>`;
  if (p.hiddenMark) out += '<w:rPr><w:vanish/></w:rPr>';
  return out + '</w:pPr>';
}

function run(r: RunSpec, format: ExportFormat): string {
  const fonts = runFonts(r.font, format);
  let out = `<w:r><w:rPr><w:rFonts${attributes({ ascii: fonts.ascii, cs: fonts.cs, eastAsia: fonts.eastAsia, hAnsi: fonts.hAnsi, hint: fonts.hint })}/>`;
  if (r.bold !== undefined) out += onOff('b', r.bold) + onOff('bCs', r.bold);
  out += `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/></w:rPr>`;
  if (r.breakBefore) out += '<w:br/>';
  return `${out}<w:t xml:space="preserve">${escape(r.text)}</w:t></w:r>`;
}

/** The paragraphs as the body of document.xml writes them, one after another. */
export function paragraphsXml(paragraphs: readonly ParagraphSpec[], format: ExportFormat): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    out.push('<w:p>', paragraphProperties(p));
    for (const r of p.runs) out.push(run(r, format));
    out.push('</w:p>');
  }
  return out.join('');
}
