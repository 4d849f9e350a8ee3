import type { ExportFormat } from '../print/format.ts';
import { colophonTable } from './colophon-table.ts';
import { jointMarkTable, type JointMarkSpec } from './mark-table.ts';
import { runFonts } from './fonts.ts';
import { EXACT_LINE, TITLE_STYLE } from './styles.ts';
import type { TableSpec } from './table-spec.ts';
import { tableXml } from './table-xml.ts';

/**
 * The body's w:p elements written as XML text, straight from what paragraphs.ts decides. The docx
 * library built an object per element, serialized the tree, and package.ts then parsed it again to
 * put each w:pPr in schema order and add what docx cannot write: three quarters of a command-line
 * export. Here every w:pPr is written in CT_PPr order (ECMA-376 Part 1, 17.3.1.26; PPR in
 * ppr-order.ts) and each run's w:rPr in CT_RPr order, as the package had them after its edits.
 */

export type Alignment = 'left' | 'right' | 'center' | 'both' | 'distribute';

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
  /** RGB hex (w:color): the red of the 版头. */
  color?: string;
  /** A w:tab before the text: to the paragraph's next tab stop. */
  tabBefore?: boolean;
}

/** A paragraph border line (w:pBdr): `size` in eighths of a point. */
export interface BorderSpec {
  edge: 'top' | 'bottom';
  size: number;
  color: string;
}

export interface ParagraphSpec {
  style?: string;
  /** Absent: the style's (w:keepNext written only where a paragraph says it). */
  keepNext?: boolean;
  /** Starts a new page (w:pageBreakBefore): an attachment's first paragraph. */
  pageBreakBefore?: boolean;
  /** Off the grid's characters and rows (w:snapToGrid 0) at the grid's line height: an attachment's 2号 title. */
  noSnap?: boolean;
  indent: Indent;
  alignment?: Alignment;
  /**
   * No automatic space between hanzi and digits or Latin (w:autoSpaceDN and w:autoSpaceDE, both
   * off): Word and LibreOffice would add about ⅕ 字 at each such boundary.
   */
  noAutoSpace?: boolean;
  /** The paragraph mark hidden (w:vanish): a run-in heading's style separator. */
  hiddenMark?: boolean;
  /** Off the grid: exactly `line` twips high, `before` and `after` twips of space (the 版头). */
  exact?: { line: number; before: number; after: number };
  /** Tab stops in twips from the left margin. */
  tabs?: { pos: number; val: 'left' | 'right' }[];
  borders?: BorderSpec[];
  /** In the table at the foot of the 版心 (the 版记, colophon-table.ts): consecutive such paragraphs share it. */
  atFoot?: boolean;
  /** The section properties this paragraph's mark ends (w:sectPr as XML): the section before the 版记. */
  sectPr?: string;
  /** A joint 发文机关标志 (7.2.4): written as a table (mark-table.ts) instead of this paragraph's runs. */
  jointMark?: JointMarkSpec;
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
  if (p.pageBreakBefore) out += '<w:pageBreakBefore/>';
  // No widow control on any paragraph: it would leave 21-line pages.
  out += '<w:widowControl w:val="false"/>';
  if (p.borders?.length) {
    out += '<w:pBdr>';
    for (const edge of ['top', 'bottom'] as const) {
      const border = p.borders.find((b) => b.edge === edge);
      if (border) out += `<w:${edge}${attributes({ val: 'single', sz: border.size, space: 0, color: border.color })}/>`;
    }
    out += '</w:pBdr>';
  }
  if (p.tabs?.length) out += `<w:tabs>${p.tabs.map((tab) => `<w:tab${attributes({ val: tab.val, pos: tab.pos })}/>`).join('')}</w:tabs>`;
  if (p.noAutoSpace) out += '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
  // The title must not snap to the grid: a 22 pt line would take two grid rows, and the character
  // grid would spread its 2号 characters over 16 pt cells.
  if (p.style === TITLE_STYLE || p.exact || p.noSnap) out += '<w:snapToGrid w:val="0"/>';
  out += p.exact ? `<w:spacing${attributes({ after: p.exact.after, before: p.exact.before, line: p.exact.line, lineRule: 'exact' })}/>` : SPACING;
  const { left, right, hanging, firstLine, firstLineChars } = p.indent;
  out += `<w:ind${attributes({ left, right, hanging, firstLine, firstLineChars })}/>`;
  if (p.alignment) out += `<w:jc w:val="${p.alignment}"/>`;
  if (p.hiddenMark) out += '<w:rPr><w:vanish/></w:rPr>';
  if (p.sectPr) out += p.sectPr;
  return out + '</w:pPr>';
}

function run(r: RunSpec, format: ExportFormat): string {
  const fonts = runFonts(r.font, format);
  let out = `<w:r><w:rPr><w:rFonts${attributes({ ascii: fonts.ascii, cs: fonts.cs, eastAsia: fonts.eastAsia, hAnsi: fonts.hAnsi, hint: fonts.hint })}/>`;
  if (r.bold !== undefined) out += onOff('b', r.bold) + onOff('bCs', r.bold);
  if (r.color) out += `<w:color w:val="${escape(r.color)}"/>`;
  out += `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/></w:rPr>`;
  if (r.breakBefore) out += '<w:br/>';
  if (r.tabBefore) out += '<w:tab/>';
  return `${out}<w:t xml:space="preserve">${escape(r.text)}</w:t></w:r>`;
}

function paragraph(p: ParagraphSpec, format: ExportFormat, out: string[]): void {
  out.push('<w:p>', paragraphProperties(p));
  for (const r of p.runs) out.push(run(r, format));
  out.push('</w:p>');
}

function paragraphXml(p: ParagraphSpec, format: ExportFormat): string {
  const out: string[] = [];
  paragraph(p, format, out);
  return out.join('');
}

/** What the body holds: paragraphs, and tables (table-spec.ts). */
export type BodySpec = ParagraphSpec | TableSpec;

export function isTable(spec: BodySpec): spec is TableSpec {
  return 'kind' in spec;
}

/** The paragraphs and tables as the body of document.xml writes them, one after another. */
export function paragraphsXml(paragraphs: readonly BodySpec[], format: ExportFormat): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (isTable(p)) {
      tableXml(p, (cell, into) => paragraph(cell, format, into), out);
      continue;
    }
    if (p.atFoot) {
      const rows = [p];
      for (let next = paragraphs[i + 1]; next && !isTable(next) && next.atFoot; next = paragraphs[i + 1]) rows.push(paragraphs[++i] as ParagraphSpec);
      out.push(colophonTable(rows, (q) => paragraphXml(q, format)));
      continue;
    }
    if (p.jointMark) out.push(jointMarkTable(p.jointMark, p.exact?.before ?? 0, (q) => paragraphXml(q, format)));
    else paragraph(p, format, out);
  }
  return out.join('');
}
