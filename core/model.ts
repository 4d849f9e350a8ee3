/**
 * The document model. Blocks are flat (no nesting of sections): the outline is implied by the
 * heading levels, and labels such as 一、 are derived from the sequence, never stored.
 *
 * The shape is deliberately Slate-compatible (`children: [{ text }]`), so the editor's value is
 * the document itself and no conversion runs on each keystroke.
 */

export type HeadingLevel = 1 | 2 | 3 | 4;
export const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

export interface TextRun {
  text: string;
}

interface BlockBase {
  children: TextRun[];
}

export interface TitleBlock extends BlockBase {
  type: 'title';
}
/** 主送机关, e.g. 市政府办公厅： */
export interface AddresseeBlock extends BlockBase {
  type: 'addressee';
}
/** 正文 */
export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
}
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: HeadingLevel;
  /** Heading sentence and body share one paragraph (levels 2–4 only). */
  runIn?: boolean;
  /** Key of the template's required section this heading stands for. */
  section?: string;
}
/**
 * 附件说明 (GB/T 9704 7.3.4): one block per attachment name. 附件： and the numbers 1. 2. are
 * derived like heading labels, never typed.
 */
export interface AttachmentBlock extends BlockBase {
  type: 'attachment';
}
/**
 * 参考: text carried from last period's report for the clerk to consult while writing this one
 * (roll forward). Shown in the editor, never exported or printed, free to delete.
 */
export interface NoteBlock extends BlockBase {
  type: 'note';
}
/** 发文机关署名 */
export interface SignatureBlock extends BlockBase {
  type: 'signature';
}
/** 成文日期 */
export interface DateBlock extends BlockBase {
  type: 'date';
}

/** 表题: a table's caption, the block right before its table; printed centred above it in 黑体. */
export interface CaptionBlock extends BlockBase {
  type: 'caption';
}
/**
 * 附件 (GB/T 9704-2012 §8) itself, as opposed to its line in the 附件说明: the block is the
 * attachment's title and starts it; the paragraphs, captions and tables after it, up to the next
 * 附件, are its content. Attachments stand after the 成文日期, in order; 附件 / 附件2 is derived.
 */
export interface AnnexBlock extends BlockBase {
  type: 'annex';
}

/** One paragraph of text inside a table cell. */
export interface CellParagraph {
  type: 'cell-paragraph';
  children: TextRun[];
}
/**
 * A cell as Word keeps it: `colSpan` columns wide (w:gridSpan), and for a cell merged down a
 * column (w:vMerge) the first is 'restart' and those it covers are 'continue' (their text empty).
 */
export interface TableCell {
  type: 'table-cell';
  colSpan?: number;
  vMerge?: 'restart' | 'continue';
  children: CellParagraph[];
}
export interface TableRow {
  type: 'table-row';
  /** A header row (w:tblHeader): repeated at the top of each page the table runs onto. Only leading rows. */
  header?: boolean;
  children: TableCell[];
}
/**
 * A table. It belongs to the section it stands in, like a paragraph: it moves, demotes and is
 * deleted with its heading, and is never a heading. Every row spans the same number of grid
 * columns (the sum of its cells' colSpan).
 */
export interface TableBlock {
  type: 'table';
  children: TableRow[];
}

/** Blocks whose children are text runs: everything but a table. */
export type TextBlock = TitleBlock | AddresseeBlock | ParagraphBlock | HeadingBlock | NoteBlock | AttachmentBlock | SignatureBlock | DateBlock | CaptionBlock | AnnexBlock;
export type Block = TextBlock | TableBlock;
export type BlockType = Block['type'];
export const BLOCK_TYPES: readonly BlockType[] = ['title', 'addressee', 'paragraph', 'heading', 'note', 'attachment', 'signature', 'date', 'caption', 'annex', 'table'];

export const PERIODS = ['上半年', '全年', '年度'] as const;
export type Period = (typeof PERIODS)[number];

/**
 * 版头 (GB/T 9704-2012 7.2), as the clerk fills it in; docs/gbt9704-banner.md has the clauses.
 * Only what is filled is printed (an empty 发文字号 prints no line).
 */
export interface Banner {
  /** 发文机关 in the 发文机关标志, 主办机关 first; several: a joint 发文 (7.2.4). */
  organs: string[];
  /** The mark is the names + 文件 (7.2.4), else the names alone. */
  withWenjian: boolean;
  /** 发文字号 as written: 机关代字〔年份〕序号号, e.g. 宣科〔2024〕12号 (7.2.5). */
  number: string;
  /** 签发人 (7.2.6), in the order of the organs. */
  signers: string[];
  /** 份号 (7.2.1), e.g. 000001. */
  copyNumber?: string;
  /** 密级和保密期限 (7.2.2), e.g. 秘密★1年. */
  secrecy?: string;
  /** 紧急程度 (7.2.3): 特急 or 加急. */
  urgency?: string;
}

/** 版记 (7.4): 抄送机关, 印发机关 and 印发日期. */
export interface Colophon {
  /** 抄送机关, one a name; printed 抄送：A，B。 (7.4.2). */
  copyTo: string[];
  /** 印发机关 (7.4.3), e.g. 宣城市科学技术局办公室. */
  printer: string;
  /** 印发日期 as written, e.g. 2024年1月8日 (7.4.3); 印发 is added when printed. */
  printDate: string;
}

export interface DocumentMeta {
  /** Template id, e.g. "half-year". */
  template: string;
  /** 发文机关 */
  organ: string;
  year: number;
  period: Period;
  /** 成文日期 as written, e.g. 2023年7月10日; empty until filled. */
  date: string;
  /** 版头; absent: the document is printed without one (a work summary, a draft). */
  banner?: Banner;
  /** 版记; absent: none. */
  colophon?: Colophon;
}

export interface GongwenDocument {
  meta: DocumentMeta;
  blocks: Block[];
}

/**
 * The text of a block; a table's is its cells' paragraphs, a cell's paragraphs joined by \n and
 * cells by \t, rows by \n (what a search or a count sees; never printed this way).
 */
export function blockText(block: Block): string {
  if (block.type === 'table') return tableText(block);
  const { children } = block;
  if (children.length === 1) return children[0]!.text;
  let text = '';
  for (const child of children) text += child.text;
  return text;
}

export function cellText(cell: TableCell): string {
  return cell.children.map((p) => p.children.map((run) => run.text).join('')).join('\n');
}

function tableText(table: TableBlock): string {
  return table.children.map((row) => row.children.map(cellText).join('\t')).join('\n');
}

export function isHeading(block: Block | undefined): block is HeadingBlock {
  return block !== undefined && block.type === 'heading';
}

export function textBlock<T extends Exclude<BlockType, 'heading' | 'table'>>(type: T, text = ''): Extract<Block, { type: T }> {
  return { type, children: [{ text }] } as Extract<Block, { type: T }>;
}

export function heading(level: HeadingLevel, text = '', extra: { runIn?: boolean; section?: string } = {}): HeadingBlock {
  const block: HeadingBlock = { type: 'heading', level, children: [{ text }] };
  if (extra.runIn) block.runIn = true;
  if (extra.section !== undefined) block.section = extra.section;
  return block;
}
