import type { ParagraphSpec } from './paragraph-xml.ts';

/**
 * A joint 发文机关标志 (GB/T 9704-2012 7.2.4 联合行文) as Word writes it: a borderless table centred
 * in the 版心, its left cell the organs' names, a paragraph each, spread (w:jc="distribute",
 * 分散对齐) over the longest name's width so that every line starts and ends alike; its right cell
 * 文件, right-aligned after the gap, centred on the names vertically (w:vAlign="center").
 */
export interface JointMarkSpec {
  names: ParagraphSpec[];
  /** The longest name's width, in twips. */
  namesWidth: number;
  /** 文件, when the mark has it. */
  beside?: ParagraphSpec;
  /** The gap and 文件's width, in twips. */
  besideWidth: number;
}

const NONE = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((edge) => `<w:${edge} w:val="nil"/>`).join('');
const ZERO_MARGINS = ['top', 'left', 'bottom', 'right'].map((edge) => `<w:${edge} w:w="0" w:type="dxa"/>`).join('');

/** The table; `before` twips of space above it go on an empty paragraph of that height. `paragraph` writes a w:p. */
export function jointMarkTable(mark: JointMarkSpec, before: number, paragraph: (p: ParagraphSpec) => string): string {
  const cells: [number, ParagraphSpec[]][] = [[mark.namesWidth, mark.names]];
  if (mark.beside) cells.push([mark.besideWidth, [mark.beside]]);
  const width = cells.reduce((sum, [w]) => sum + w, 0);
  let out = before > 0 ? paragraph({ indent: {}, exact: { line: before, before: 0, after: 0 }, runs: [] }) : '';
  out += `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${NONE}</w:tblBorders><w:tblLayout w:type="fixed"/>`;
  out += `<w:tblCellMar>${ZERO_MARGINS}</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>`;
  out += `<w:tblGrid>${cells.map(([w]) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid><w:tr>`;
  for (const [w, paragraphs] of cells) out += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${paragraphs.map(paragraph).join('')}</w:tc>`;
  return `${out}</w:tr></w:tbl>`;
}
